import { describe, expect, it } from 'vitest'
import { analyze, createAnalyzer, defaultAnalyzer, dutchStemOverrides, foldDiacritics, InvalidOptionError, normalizeApostrophes, stem } from '../src/index.js'
import { singularOfCompoundPlural } from '../src/analysis/rules/overrides.js'
import { isNumber, scanTokens } from '../src/analysis/tokenize.js'
import { assertAnalyzesTo } from './helpers.js'

/** Kraaij-Pohlmann without the word-form rules, and a word's term with the default analyzer. */
const plain = createAnalyzer({ overrides: false })
const term = (word: string) => defaultAnalyzer.term(word)
/** Every group of forms gets one term with the default analyzer. */
function expectOneTerm(groups: readonly (readonly string[])[]): void {
  for (const forms of groups) expect(new Set(forms.map(term)).size, forms.join()).toBe(1)
}
/** The two words of every pair get two terms with the default analyzer. */
function expectApart(pairs: readonly (readonly [string, string])[]): void {
  for (const [a, b] of pairs) expect(term(a), `${a} / ${b}`).not.toBe(term(b))
}

describe('analyzer', () => {
  it('drops the plural/possessive ’s of camera’s and keeps zo’n and ’s as words', () => {
    assertAnalyzesTo(defaultAnalyzer, 'zo’n camera’s, ’s avonds', [
      ['zo’n', "zo'n", 0],
      ['camera’s', 'camera', 1],
      ['’s', "'s", 2],
      ['avonds', 'avond', 3],
    ])
  })

  it('treats ’ ‘ ´ ` like an ASCII apostrophe', () => {
    const terms = ["camera's", 'camera’s', 'camera‘s', 'camera´s', 'camera`s'].map((w) => defaultAnalyzer.term(w))
    expect(new Set(terms)).toEqual(new Set(['camera']))
    expect(normalizeApostrophes('‘a’´`')).toBe("'a'''")
  })

  it('keeps N-VA and out-of-the-box whole (their term without hyphens) and adds their parts at the same position', () => {
    assertAnalyzesTo(defaultAnalyzer, 'de N-VA en out-of-the-box', [
      ['de', 'de', 0],
      ['N-VA', 'nva', 1],
      ['N', 'n', 1, 'part'],
      ['VA', 'va', 1, 'part'],
      ['en', 'en', 2],
      ['out-of-the-box', 'outofthebox', 3],
      ['out', 'out', 3, 'part'],
      ['of', 'of', 3, 'part'],
      ['the', 'the', 3, 'part'],
      ['box', 'box', 3, 'part'],
    ])
  })

  it('keeps numbers such as 2001, 12,5 and 1.000 whole and unstemmed', () => {
    assertAnalyzesTo(defaultAnalyzer, 'In 2001 was het 12,5 of 1.000.', [
      ['In', 'in', 0],
      ['2001', '2001', 1, 'number'],
      ['was', 'zijn', 2], // a form of zijn (stem overrides)
      ['het', 'het', 3],
      ['12,5', '12,5', 4, 'number'],
      ['of', 'of', 5],
      ['1.000', '1.000', 6, 'number'],
    ])
  })

  it('scans a text while another scan is under way, and tells numbers from words', () => {
    // The scanner keeps its place itself: a sink that scans another text does not disturb it.
    const outer: string[] = []
    scanTokens('De N-VA won in 1994.', (surface) => {
      outer.push(surface)
      scanTokens('twee woorden', () => {})
    })
    expect(outer).toEqual(['De', 'N-VA', 'N', 'VA', 'won', 'in', '1994'])
    expect(['2001', '12,5', '1.000', '٣', 'a1', 'x2001', 'Éen'].map(isNumber)).toEqual([true, true, true, true, false, false, false])
  })

  it('folds diacritics in text and queries alike: één, geïnvesteerd, België', () => {
    expect(foldDiacritics('één geïnvesteerd België')).toBe('een geinvesteerd Belgie')
    expect(analyze('één België').map((t) => t.term)).toEqual(['een', 'belgie'])
    expect(defaultAnalyzer.term('geïnvesteerd')).toBe(defaultAnalyzer.term('geinvesteerd'))
    expect(defaultAnalyzer.term('ideeën')).toBe(defaultAnalyzer.term('ideeen'))
  })

  it('lowercases and normalises to NFC, with offsets into the original text', () => {
    const text = 'CAFE\u0301 Ĳsselmeer' // decomposed é, and the ĳ ligature
    const tokens = analyze(text)
    expect(tokens.map((t) => t.term)).toEqual([defaultAnalyzer.term('café'), defaultAnalyzer.term('IJsselmeer')])
    expect(createAnalyzer({ overrides: false }).term('CAFE\u0301')).toBe('cafe')
    expect(tokens[0].surface).toBe('CAFE\u0301')
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface)
  })

  it('marks stop words without removing them', () => {
    const tokens = analyze('De burgemeester is er niet')
    expect(tokens.map((t) => [t.surface, t.stop])).toEqual([
      ['De', true],
      ['burgemeester', false],
      ['is', true],
      ['er', true],
      ['niet', true],
    ])
  })

  it('compares a list of stop words of the caller as words are normalised', () => {
    const custom = createAnalyzer({ stopWords: ['De', 'Één'] })
    expect(custom.analyze('de één De EEN twee').map((t) => [t.term, t.stop])).toEqual([
      ['de', true],
      ['een', true],
      ['de', true],
      ['een', true],
      ['twee', false],
    ])
    // The same list in another case is the same analyzer.
    expect(custom.fingerprint).toBe(createAnalyzer({ stopWords: ['de', 'een'] }).fingerprint)
  })

  it('stems with Kraaij-Pohlmann by default, with Porter or not at all on request', () => {
    expect(analyze('maan').map((t) => t.term)).toEqual(['maan'])
    expect(
      createAnalyzer({ stemmer: 'porter' })
        .analyze('maan')
        .map((t) => t.term),
    ).toEqual(['man'])
    expect(
      createAnalyzer({ stemmer: 'none' })
        .analyze('Lopen')
        .map((t) => t.term),
    ).toEqual(['lopen'])
  })

  it('never gives a content word the term of a stop word it is no form of', () => {
    // Kraaij-Pohlmann alone stems these as the stop words over, een, niet, voor and der.
    const pairs = [
      ['overheid', 'over'],
      ['eenheid', 'een'],
      ['enige', 'een'],
      ['genieten', 'niet'],
      ['vorige', 'voor'],
      ['derde', 'der'],
      ['gezonder', 'zonder'],
    ] as const
    for (const [word, stop] of pairs) expect(plain.term(word), word).toBe(plain.term(stop))
    expectApart(pairs)
    expectOneTerm([
      ['overheid', 'overheden'],
      ['genieten', 'geniet'],
    ])
    // Forms of a stop word keep its term: those the overrides list, and those one ending away.
    expectOneTerm([
      ['kunt', 'kunnen'],
      ['werden', 'worden'],
      ['ander', 'andere', 'anderen'],
      ['alle', 'alles'],
    ])
    // Without stop words nothing collides.
    expect(createAnalyzer({ stopWords: [] }).term('derde')).toBe(plain.term('der'))
  })

  it('tells the terms of stop words and their forms, which the list may lack, from those of content words', () => {
    const analyzer = createAnalyzer()
    // Snowball's list has doen, moet and kunnen, not doet, gedaan, moeten or kunt.
    for (const word of ['doen', 'doet', 'gedaan', 'deed', 'moeten', 'kunt', 'werden', 'anderen'])
      expect(analyzer.isStopTerm(analyzer.term(word)), word).toBe(true)
    for (const word of ['overheid', 'eenheid', 'genieten', 'armoede', 'gaan']) expect(analyzer.isStopTerm(analyzer.term(word)), word).toBe(false)
    // Without the stop terms stage a term tells nothing: overheid would have over's.
    expect(createAnalyzer({ overrides: false }).isStopTerm('doen')).toBe(false)
    expect(createAnalyzer({ stopWords: ['doen'] }).isStopTerm(analyzer.term('gedaan'))).toBe(true)
    expect(createAnalyzer({ stopWords: [] }).isStopTerm('doen')).toBe(false)
  })

  it('joins irregular forms and keeps ge- words apart from unrelated words with the stem overrides', () => {
    // Without overrides Kraaij-Pohlmann splits these paradigms and conflates these words.
    expect([plain.term('kwam'), plain.term('komen'), plain.term('scholen'), plain.term('school'), plain.term('dagen'), plain.term('dag')]).toEqual([
      'kwam',
      'koom',
      'school',
      'school',
      'daag',
      'dag',
    ])
    expect([plain.term('gemeente'), plain.term('menen'), plain.term('gezin'), plain.term('zin')]).toEqual(['meen', 'meen', 'zin', 'zin'])
    // With them, every listed form of a paradigm has one term, and the ge- words keep their own.
    for (const [lemma, forms] of [
      ['komen', ['kwam', 'kwamen', 'gekomen', 'komt']],
      ['stad', ['steden']],
      ['dag', ['dagen']],
      ['zitten', ['zat', 'zaten', 'gezeten']],
      ['kind', ['kinderen']],
    ] as const) {
      for (const form of forms) expect(term(form), form).toBe(term(lemma))
    }
    expect(term('gemeente')).not.toBe(term('menen'))
    expect(term('gemeenten')).toBe(term('gemeente'))
    expect(term('gezin')).not.toBe(term('zin'))
    expect(term('gebied')).not.toBe(term('bieden'))
    // More ge- nouns that Kraaij-Pohlmann takes for participles: geest → `es`, geweer → `weer`, gebed → `bed`.
    expect([plain.term('geest'), plain.term('geweer'), plain.term('gebed')]).toEqual(['es', 'weer', 'bed'])
    expectApart([
      ['geest', 'es'],
      ['geweer', 'weer'],
      ['gebed', 'bed'],
      ['gemak', 'mak'],
      ['gelegenheid', 'legen'],
      ['gegevens', 'geven'],
    ])
    expect(term('gemeenschappen')).toBe(term('gemeenschap'))
    // More plurals with a lengthened vowel or another ending, and reden (reason), which
    // Kraaij-Pohlmann stems as reed (rode): each pair apart without the overrides.
    const plurals = [
      ['bedrag', 'bedragen'],
      ['verdrag', 'verdragen'],
      ['hertog', 'hertogen'],
      ['individu', 'individuen'],
      ['reden', 'redenen'],
    ] as const
    for (const [singular, plural] of plurals) expect(plain.term(plural), plural).not.toBe(plain.term(singular))
    expectOneTerm(plurals)
    expect(term('reden')).not.toBe(term('reed'))
    // Weak verbs whose stem ends in -en: Kraaij-Pohlmann gave teken `teek`, tekenen `teken`,
    // tekent `tekent`; erkend `erk`, geopend `geop`; bekend `beek` (with beek, the stream) and
    // gelijk `lijk` (with lijken).
    expect(new Set(['teken', 'tekenen', 'tekent'].map((word) => plain.term(word))).size).toBe(3)
    expectOneTerm([
      ['teken', 'tekent', 'tekende', 'getekend', 'tekenen', 'tekens'],
      ['erkennen', 'erken', 'erkent', 'erkende', 'erkend'],
      ['kennen', 'ken', 'kent', 'kende', 'gekend'],
      ['toekennen', 'toekent', 'toegekend'],
      ['openen', 'open', 'opent', 'opende', 'geopend'],
      ['berekenen', 'bereken', 'berekent', 'berekend'],
    ])
    expectApart([
      ['bekend', 'beek'],
      ['gelijk', 'lijken'],
    ])
    // Words Kraaij-Pohlmann stems as another common word: waarde as waar, sommige and soms as som.
    expect([plain.term('waarde'), plain.term('sommige'), plain.term('soms')]).toEqual([plain.term('waar'), plain.term('som'), plain.term('som')])
    expectApart([
      ['waarde', 'waar'],
      ['sommige', 'som'],
      ['soms', 'som'],
      ['sommige', 'soms'],
    ])
    expectOneTerm([
      ['waarde', 'waarden', 'waardes'],
      ['Engels', 'Engelse', 'Engelsen'],
    ])
    expectApart([
      ['aangezien', 'aanzien'],
      ['gedurende', 'duur'],
      ['zelfs', 'zelf'],
      ['ouderen', 'ouders'],
    ])
    expectOneTerm([
      ['oudere', 'ouderen'],
      ['markt', 'markten'],
      ['veiling', 'veilingen'],
      ['wijzigen', 'wijzigt', 'gewijzigd'],
    ])
    expectApart([
      ['wijzigen', 'wijze'],
      ['wijziging', 'wijzigen'],
      ['wijziging', 'wijzen'],
      ['zeven', 'zeef'],
      ['verkeerd', 'verkeer'],
      ['paars', 'paar'],
    ])
    expectOneTerm([
      ['zeven', 'zevende'],
      ['verkeerd', 'verkeerde'],
      ['paars', 'paarse'],
    ])
    expectApart([
      ['markt', 'mark'],
      ['racisme', 'race'],
      ['veiling', 'veilig'],
      ['orde', 'or'],
      ['raadsel', 'raad'],
      ['Spanje', 'spanning'],
    ])
    // Nouns in -d whose plural Kraaij-Pohlmann cuts at -den: paarden → `paar`, helden → `hel`.
    expect([plain.term('paarden'), plain.term('helden')]).toEqual([plain.term('paar'), plain.term('hel')])
    expectOneTerm([
      ['paard', 'paarden'],
      ['held', 'helden'],
      ['veld', 'velden'],
    ])
    expectApart([
      ['paard', 'paar'],
      ['held', 'helling'],
      ['veld', 'vel'],
      ['zwaard', 'zwaar'],
      ['oord', 'oor'],
      ['boord', 'geboren'],
    ])
    expect(term('Engels')).not.toBe(term('engel'))
    // spelen is the plural of spel and the verb to play: all its forms meet.
    expectOneTerm([['spel', 'spelen', 'speelt', 'gespeeld']])
    // Strong verbs with a prefix or a separable first part: each paradigm one term.
    expectOneTerm([
      ['aankomen', 'aankomt', 'aankwam', 'aangekomen'],
      ['verkopen', 'verkoopt', 'verkocht', 'verkoop'],
      ['opslaan', 'opslaat', 'opgeslagen'],
      ['onderzoeken', 'onderzoekt', 'onderzocht', 'onderzoek'],
      ['besluiten', 'besluit', 'besloot', 'besloten'],
      ['plaatsvinden', 'plaatsvindt', 'plaatsvond', 'plaatsgevonden'],
      ['ontvangen', 'ontvangt', 'ontving'],
      ['blijken', 'blijkt', 'bleek', 'gebleken'],
      ['waarnemen', 'waargenomen'],
      ['voldoen', 'voldoet'],
    ])
    expect(plain.term('aankwam')).not.toBe(plain.term('aankomen'))
    // Nouns that look like a first part and a verb form, and forms more often another word.
    expectApart([
      ['aandacht', 'aandenken'],
      ['afspraken', 'afspreken'],
      ['geleden', 'lijden'],
      ['meteen', 'meten'],
      ['gezond', 'zon'],
    ])
    expectOneTerm([['afspraak', 'afspraken']])
    // A strong verb's term is its infinitive's stem; the nouns in -ing made from it are words
    // of their own (the -ing rule), each with its plural.
    expectOneTerm([
      ['verbinden', 'verbindt', 'verbonden'],
      ['liggen', 'lag'],
      ['beschrijven', 'beschreef'],
      ['verbinding', 'verbindingen'],
      ['beschrijving', 'beschrijvingen'],
      ['woning', 'woningen'],
    ])
    expectApart([
      ['verbinden', 'verbinding'],
      ['liggen', 'ligging'],
      ['wonen', 'woning'],
      ['regeren', 'regering'],
    ])
    // A word whose stem keeps -ing is no noun in -ing: ding and dingen, zingen and zing.
    expectOneTerm([
      ['ding', 'dingen'],
      ['zingen', 'zing'],
    ])
    // … except where that stem is a common word of its own: geld (money), laatste (last).
    expectApart([
      ['gelden', 'geld'],
      ['laten', 'laatste'],
    ])
    // ge- verbs that are no participles: genereren (was `nerer`), genieten (was `niet`).
    expectOneTerm([
      ['genereren', 'genereert', 'gegenereerd'],
      ['genieten', 'geniet', 'genoten'],
    ])
  })

  it('takes the ge infix out of participles of separable verbs only', () => {
    // Kraaij-Pohlmann alone takes out the first ge of any word: begeleiding becomes beleid, negeert neer.
    expect(plain.term('begeleiding')).toBe(plain.term('beleid'))
    expect(plain.term('negeert')).toBe(plain.term('neer'))
    expectApart([
      ['begeleiding', 'beleid'],
      ['negeert', 'neer'],
      ['regeringsleider', 'reringsleider'],
      ['vergelijking', 'verlijking'],
    ])
    // Participles with their verb (the infix after op, vast, terug, samen, overeen, plaats, deel) …
    expectOneTerm([
      ['opgeruimd', 'opruimen'],
      ['vastgesteld', 'vaststellen', 'vastgestelde'],
      ['teruggekeerd', 'terugkeren'],
      ['samengevat', 'samenvatten'],
      ['overeengekomen', 'overeenkomen'],
      ['aangekondigd', 'aankondigen'],
    ])
    // … and verbs in -geren, whose ge is no infix, with all their forms (regeert was `reert`).
    expectOneTerm([
      ['regeert', 'regeren', 'geregeerd'],
      ['reageert', 'reageren', 'gereageerd'],
      ['negeert', 'negeren', 'genegeerd'],
    ])
    // The present of geven after a first part has the verb's ge, not an infix (aangeeft was `aanef`).
    expect(plain.term('aangeeft')).not.toBe(plain.term('aangeven'))
    expectOneTerm([
      ['aangeeft', 'aangeven', 'aangegeven'],
      ['weergeeft', 'weergeven', 'weergegeven'],
    ])
    // stem() itself stays Snowball's algorithm.
    expect(stem('begeleiding')).toBe('beleid')
  })

  it('stems a plural in -s of a noun in -en as its singular, with the word-form rules on', () => {
    // Kraaij-Pohlmann alone takes -en off the singular but only -s off the plural.
    expect(plain.term('wagens')).not.toBe(plain.term('wagen'))
    expectOneTerm([
      ['wagen', 'wagens'],
      ['teken', 'tekens'],
      ['examen', 'examens'],
      ['jongen', 'jongens'],
      ['leesteken', 'leestekens'],
    ])
    // Adverbs and prepositions in -ens are left to the stemmer; words whose singular ends in
    // -ens are no plurals of a noun in -en (s-endings.ts gives them the term of their plural).
    for (const word of ['tijdens', 'volgens', 'overigens', 'minstens']) expect(term(word), word).toBe(plain.term(word))
    expectOneTerm([
      ['medemens', 'medemensen'],
      ['kinderwens', 'kinderwensen'],
      ['landsgrens', 'landsgrenzen'],
      ['immens', 'immense'],
      ['cotangens', 'cotangensen'],
    ])
    expect(term('tijdens')).not.toBe(term('tijden'))
    // Plurals in -ën of nouns in -ie and -ee, which the analyzer sees without the diaeresis.
    for (const [singular, plural] of [
      ['categorie', 'categorieën'],
      ['industrie', 'industrieën'],
      ['idee', 'ideeën'],
      ['zee', 'zeeën'],
    ]) {
      expect(term(plural), plural).toBe(term(singular))
      expect(plain.term(plural), plural).not.toBe(plain.term(singular))
    }
  })

  it('gives every form of an -eer or -er verb one stem, with Kraaij-Pohlmann and the word-form rules', () => {
    // Snowball's Kraaij-Pohlmann vocabulary: adviseren adviser, adviseert adviseert, geadviseerd adviseer.
    expect(new Set(['adviseren', 'adviseert', 'geadviseerd'].map((w) => plain.term(w))).size).toBe(3)
    expectOneTerm([
      ['adviseren', 'adviseert', 'geadviseerd', 'adviseer', 'adviseerde'],
      ['accepteren', 'accepteert', 'geaccepteerd'],
      ['organiseren', 'organiseert', 'georganiseerd'],
      ['veranderen', 'verandert', 'veranderde'],
      ['leveren', 'levert'],
      ['keren', 'keert'],
      ['sfeer', 'sferen'],
    ])
    // Short stems keep -eer and -ert, nouns in other -rt keep their -t, and Porter is left as it is.
    expect(term('heer')).toBe(term('heren'))
    expect(term('hert')).toBe('hert')
    expect(term('sport')).not.toBe(term('sporen'))
    // The infinitive of an -igeer verb, which Kraaij-Pohlmann takes for a comparative (corrigeren → `cor`).
    expect(plain.term('corrigeren')).toBe('cor')
    expectOneTerm([
      ['corrigeren', 'corrigeert', 'gecorrigeerd'],
      ['navigeren', 'navigeert'],
      ['redigeren', 'geredigeerd'],
    ])
    // -rt behind a long vowel after an unstressed prefix and one syllable: a verb's present.
    expectOneTerm([
      ['bewaren', 'bewaart', 'bewaard'],
      ['verklaren', 'verklaart'],
      ['besturen', 'bestuurt'],
      ['behoren', 'behoort'],
    ])
    // and -st behind a long vowel but oe and oo, after be-, ver-, ont-, her-.
    expectOneTerm([
      ['bewijzen', 'bewijst', 'bewijs'],
      ['verwijzen', 'verwijst'],
      ['vereisen', 'vereist'],
    ])
    for (const word of ['verwoest', 'ernaast', 'lijst']) expect(term(word), word).toBe(plain.term(word))
    for (const word of ['kaart', 'soort', 'verkeerskaart']) expect(term(word), word).toBe(plain.term(word))
    expect(createAnalyzer({ stemmer: 'porter' }).term('adviseert')).toBe(createAnalyzer({ stemmer: 'porter', overrides: false }).term('adviseert'))
  })

  it('joins the forms that Kraaij-Pohlmann leaves a final -t or -d on, and keeps nouns in -nt, -st and -nd apart', () => {
    // Kraaij-Pohlmann alone: woont and wonen, woord and woorden stem apart.
    expect(plain.term('woont')).not.toBe(plain.term('wonen'))
    expect(plain.term('woord')).not.toBe(plain.term('woorden'))
    const paradigms = [
      ['wonen', 'woont', 'woon', 'gewoond'],
      ['betalen', 'betaalt', 'betaald', 'betaal'],
      ['noemen', 'noemt', 'genoemd'],
      ['verdienen', 'verdient'],
      ['verdwijnen', 'verdwijnt'],
      ['leggen', 'legt', 'gelegd'],
      ['zorgen', 'zorgt', 'gezorgd'],
      ['bouwen', 'bouwt', 'gebouwd'],
      ['vinden', 'vindt'],
      ['houden', 'houdt'],
      ['melden', 'meldt', 'gemeld'],
      ['antwoord', 'antwoorden', 'antwoordt', 'geantwoord'],
      ['woord', 'woorden'],
      ['veld', 'velden'],
      ['beeld', 'beelden'],
      ['wereld', 'werelden'],
      ['veranderd', 'veranderen', 'verandert'],
      ['stellen', 'stelt', 'stelde', 'gesteld'],
      ['stemmen', 'stemt', 'stemde'],
      ['regelt', 'regelde', 'geregeld'],
      ['wonen', 'woonde', 'woonden'],
      ['dienen', 'dient', 'diende'],
    ]
    expectOneTerm(paradigms)
    // Nouns whose -t or -d is no ending: after a short vowel, after s, and after n.
    expectApart([
      ['kant', 'kan'],
      ['tent', 'ten'],
      ['punt', 'pun'],
      ['feest', 'fees'],
      ['kust', 'kus'],
      ['maand', 'maan'],
      ['eend', 'een'],
      ['hond', 'hon'],
    ])
    // Abbreviations without a vowel keep their letters; Porter is left as it is.
    expect(term('cd')).toBe('cd')
    expect(createAnalyzer({ stemmer: 'porter' }).term('woont')).toBe(createAnalyzer({ stemmer: 'porter', overrides: false }).term('woont'))
  })

  it('joins inflected adjectives and the long vowels Kraaij-Pohlmann doubles in some forms only, and leaves the ie of profiel', () => {
    expect(plain.term('sociaal')).not.toBe(plain.term('sociale'))
    expect(plain.term('probleem')).not.toBe(plain.term('problemen'))
    const paradigms = [
      ['sociaal', 'sociale'],
      ['financieel', 'financiële'],
      ['individueel', 'individuele'],
      ['ideaal', 'idealen'],
      ['materiaal', 'materialen'],
      ['idioom', 'idiomen'],
      ['probleem', 'problemen'],
      ['systeem', 'systemen'],
      ['toenemen', 'toeneemt'],
      ['cultureel', 'culturele'],
      ['kwartaal', 'kwartalen'],
      // Adjectives with their inflected -e, and nouns whose plural in -en Kraaij-Pohlmann stems without it.
      ['groot', 'grote'],
      ['oud', 'oude'],
      ['klein', 'kleine'],
      ['belangrijk', 'belangrijke'],
      ['politiek', 'politieke'],
      ['dik', 'dikke'],
      ['lief', 'lieve'],
      ['vrij', 'vrije'],
      ['methode', 'methoden', 'methodes'],
      ['periode', 'perioden'],
      ['vergelijkbaar', 'vergelijkbare'],
      ['traditioneel', 'traditionele'],
      // Unstressed -el and -en after a syllable with e, whose e Kraaij-Pohlmann doubles all the same.
      ['engel', 'engelen'],
      ['regel', 'regelen', 'regelt'],
      ['maatregel', 'maatregelen'],
      // -de, -te and -ge after a long vowel, which Kraaij-Pohlmann takes off without lengthening it.
      ['bijdrage', 'bijdragen', 'bijdrages'],
      ['bijlage', 'bijlagen'],
      ['absoluut', 'absolute'],
      ['compleet', 'complete'],
      ['kandidaat', 'kandidate'],
      ['mooi', 'mooie'],
      ['aangekondigd', 'aangekondigde'],
      ['bevestigen', 'bevestigd', 'bevestigde', 'bevestigt'],
      ['vestigen', 'gevestigd', 'vestigt'],
      // -t after ts and after aai, ooi, oei, -d after aai, ooi, oei, -t after rm: verb forms only.
      ['plaatsen', 'plaatst', 'plaatste', 'geplaatst'],
      ['toetsen', 'toetst'],
      ['draaien', 'draait', 'draaide', 'gedraaid'],
      ['groeien', 'groeit', 'groeide', 'gegroeid'],
      ['voltooien', 'voltooid'],
      ['vormen', 'vormt', 'gevormd'],
      // -zig and -vig: the z or v the stem is left with is written s or f, as Kraaij-Pohlmann writes it.
      ['wijzigen', 'gewijzigd', 'gewijzigde', 'wijzigt'],
      ['ongewijzigd', 'ongewijzigde'],
      // -dig: the -d left after -ig goes as it goes from the infinitive's stem.
      ['vertegenwoordigen', 'vertegenwoordigt', 'vertegenwoordigd'],
      ['vermenigvuldigen', 'vermenigvuldigt', 'vermenigvuldigd'],
    ]
    expectOneTerm(paradigms)
    // Kraaij-Pohlmann alone keeps the -e of grote.
    expect(plain.term('grote')).not.toBe(plain.term('groot'))
    // The ie of profiel is one vowel; leem keeps its double vowel, which Kraaij-Pohlmann restores.
    expect(term('profiel')).toBe(term('profielen'))
    expect(term('profiel')).toBe('profiel')
    expect(term('leem')).toBe(plain.term('leem'))
    // A long final -eel stays long: aandeel and aandelen keep one term, apart from a word in -del.
    expect(term('aandelen')).toBe(term('aandeel'))
    // Nouns whose -e stays, and words whose -e follows a vowel.
    expectApart([
      ['zone', 'zoon'],
      ['rede', 'reed'],
      ['lade', 'laad'],
    ])
    for (const word of ['politie', 'familie', 'idee']) expect(term(word), word).toBe(plain.term(word))
    // ziekte (illness) is a noun in -te of its own, not a form of ziek.
    expect(term('ziekte')).not.toBe(term('ziek'))
  })

  it('stems Latin singulars as their plurals, but keeps datum apart from data', () => {
    expect(plain.term('politicus')).not.toBe(plain.term('politici'))
    expectOneTerm([
      ['museum', 'musea', 'museums'],
      ['centrum', 'centra'],
      ['criterium', 'criteria'],
      ['politicus', 'politici'],
      ['criticus', 'critici'],
      ['operator', 'operatoren'],
      ['factor', 'factoren'],
      ['motor', 'motoren'],
      ['kantoor', 'kantoren'],
    ])
    expect(term('datum')).not.toBe(term('data'))
    expect(term('door')).toBe(plain.term('door'))
    expect(term('rum')).toBe(plain.term('rum'))
  })

  it('reads a final s as Dutch has it: adjectives in -s with their -se form, singulars in -ns with their plural', () => {
    // Kraaij-Pohlmann alone: Vlaams and Vlaamse apart, mens with the pronoun men and apart from mensen.
    expect(plain.term('vlaams')).not.toBe(plain.term('vlaamse'))
    expect(plain.term('mens')).toBe(plain.term('men'))
    const paradigms = [
      ['Vlaams', 'Vlaamse'],
      ['Nederlands', 'Nederlandse'],
      ['Marokkaans', 'Marokkaanse'],
      ['jaarlijks', 'jaarlijkse'],
      ['mens', 'mensen', 'Mens'],
      ['kans', 'kansen'],
      ['grens', 'grenzen'],
      ['prins', 'prinsen'],
      ['gans', 'ganzen'],
      ['pers', 'persen'],
      ['medemens', 'medemensen'],
      ['slaagkans', 'slaagkansen'],
      ['plaats', 'plaatsen'],
      ['woonplaats', 'woonplaatsen'],
      ['adres', 'adressen'],
      ['proces', 'processen'],
      ['succes', 'successen'],
      ['advies', 'adviezen'],
      ['Chinees', 'Chinese'],
      ['Europees', 'Europese'],
      ['hypothese', 'hypothesen'],
      ['alternatief', 'alternatieven', 'alternatieve'],
      ['initiatief', 'initiatieven'],
      ['toets', 'toetsen'],
      ['reeks', 'reeksen'],
      ['koers', 'koersen'],
      ['slotkoers', 'slotkoersen'],
      ['beurs', 'beurzen'],
      ['studiebeurs', 'studiebeurzen'],
      // Plurals in -s after t, k or p, which Kraaij-Pohlmann keeps in longer words.
      ['document', 'documents'],
      ['test', 'tests'],
      ['script', 'scripts'],
    ]
    expectOneTerm(paradigms)
    expect(term('mens')).not.toBe(term('men'))
    expect(term('dans')).not.toBe(term('dan'))
    expect(term('plaats')).not.toBe(term('plaat'))
    expect(term('pers')).not.toBe(term('per'))
    expect(term('wetenschappers')).toBe(term('wetenschapper'))
    expect(term('rechts')).not.toBe(term('recht'))
    expect(term('wapens')).toBe(term('wapen')) // a plural in -pens, not a compound of pens
    // A plural in -mens of a noun in -men stays a plural.
    expect(term('examens')).toBe(term('examen'))
    // Plurals in -ers of nouns in -er are no singulars in -rs.
    expectOneTerm([
      ['bakker', 'bakkers'],
      ['speler', 'spelers'],
      ['debiteur', 'debiteurs'],
    ])
  })

  it('takes a compound whose head is an irregular plural back to its singular, but not a verb or participle', () => {
    expect(plain.term('werkdagen')).not.toBe(plain.term('werkdag'))
    expectOneTerm([
      ['werkdag', 'werkdagen'],
      ['hoofdstad', 'hoofdsteden'],
      ['raadslid', 'raadsleden'],
      ['tabblad', 'tabbladen'],
      ['kleinkind', 'kleinkinderen'],
      ['zondag', 'zondagen'],
      ['snelweg', 'snelwegen'],
      ['uitslag', 'uitslagen'],
      ['aanslag', 'aanslagen'],
      ['toeslag', 'toeslagen'],
    ])
    // Prefixes, particles and participles before the plural: these are no compounds of it.
    for (const word of [
      'besteden',
      'geleden',
      'bewegen',
      'uitdagen',
      'aanbevelen',
      'aangesloten',
      'toegeslagen',
      'uitgeslagen',
      'heroverwegen',
      'geschoven',
      'verleden',
    ]) {
      expect(singularOfCompoundPlural(word), word).toBeUndefined()
    }
    expect(term('geleden')).toBe(plain.term('geleden'))
  })

  it('lists no form in two override groups', () => {
    const forms = [...dutchStemOverrides.keys()]
    expect(new Set(forms).size).toBe(forms.length)
    expect(forms.every((form) => form === defaultAnalyzer.normalize(form))).toBe(true)
  })

  it('has a name, a version and a fingerprint that follows its configuration', () => {
    const a = createAnalyzer()
    expect(a.name).toBe('zoek-dutch')
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(createAnalyzer().fingerprint).toBe(a.fingerprint)
    expect(createAnalyzer({ stemmer: 'porter' }).fingerprint).not.toBe(a.fingerprint)
    expect(createAnalyzer({ stopWords: ['de'] }).fingerprint).not.toBe(a.fingerprint)
    expect(a.version).toBe('15')
    expect(createAnalyzer({ compounds: false }).version).toBe('15')
    expect(createAnalyzer({ compounds: false, overrides: false }).version).toBe('1')
    const fingerprints = [a, createAnalyzer({ compounds: false }), createAnalyzer({ compounds: false, overrides: false })].map((x) => x.fingerprint)
    expect(new Set(fingerprints).size).toBe(3)
  })

  it('runs the stages its configuration turns on, in chain order', () => {
    expect(createAnalyzer().stages).toEqual([
      'tokenize',
      'normalize',
      'stop words',
      'compounds',
      'hyphens',
      'overrides',
      'word forms',
      'stem',
      'stem repairs',
      'derivations',
      'stop terms',
    ])
    // The stem repairs are for Kraaij-Pohlmann's stems only.
    expect(createAnalyzer({ stemmer: 'porter', compounds: false }).stages).toEqual([
      'tokenize',
      'normalize',
      'stop words',
      'hyphens',
      'overrides',
      'word forms',
      'stem',
      'derivations',
      'stop terms',
    ])
    expect(createAnalyzer({ overrides: false, compounds: false }).stages).toEqual(['tokenize', 'normalize', 'stop words', 'stem'])
  })

  it('keeps the fingerprint of analyzer version 1, whose indexes still load', () => {
    // Recorded before the chain became a list of stages; the format-1 fixture holds it.
    expect(createAnalyzer({ overrides: false, compounds: false }).fingerprint).toBe('1b37cd2003310cb6')
  })

  it('rejects unknown options and stemmers with InvalidOptionError', () => {
    expect(() => createAnalyzer({ stemer: 'porter' } as never)).toThrow(InvalidOptionError)
    expect(() => createAnalyzer({ stemmer: 'snowball' as never })).toThrow(InvalidOptionError)
    expect(() => createAnalyzer({ stopWords: 'de' as never })).toThrow(InvalidOptionError)
    expect(() => createAnalyzer({ compounds: 'yes' as never })).toThrow(InvalidOptionError)
  })

  it('analyses another spelling of a word it has met as a fresh analyzer does, compound parts and offsets included', () => {
    // Each spelling's normalised form is met first, then the spelling (and the other way round):
    // NFD Café has one letter more than its normalised form, so its parts cannot be the word's.
    const spellings = ['schoolleeftijd', 'Schoolleeftijd', 'SCHOOLLEEFTIJD', 'Cafe\u0301tafels', 'Cafétafels', 'cafetafels']
    for (const order of [spellings, [...spellings].reverse()]) {
      const warm = createAnalyzer()
      for (const word of order) expect(warm.analyze(word), word).toEqual(createAnalyzer().analyze(word))
    }
    expect(
      createAnalyzer()
        .analyze('SCHOOLLEEFTIJD')
        .map((t) => t.surface),
    ).toEqual(['SCHOOLLEEFTIJD', 'SCHOOL', 'LEEFTIJD'])
  })

  it('gives no tokens for text without words', () => {
    expect(analyze('')).toEqual([])
    expect(analyze(' … — !? ')).toEqual([])
  })
})
