import { describe, expect, it } from 'vitest'
import { readCompoundFixture, scoreCompoundSplits, showSplit as split } from '../bench/compound-fixture.js'
import { createAnalyzer, createIndex, IndexFormatError, loadIndex, splitCompound } from '../src/index.js'
import { loadIndex as loadQueryOnly } from '../src/entries/query.js'
import { checksumOf } from '../src/search/format/common.js'
import { decodeParts, encodeParts, scanParts } from '../src/analysis/compound-table.js'
import { splitWord } from '../src/analysis/compounds.js'

describe('splitCompound', () => {
  it('splits the hand-checked fixture with precision and recall of at least 0.88', () => {
    const rows = readCompoundFixture()
    expect(rows.length).toBeGreaterThanOrEqual(300)
    const { compounds, precision, recall } = scoreCompoundSplits(rows)
    console.log(`[compounds] ${rows.length} words, ${compounds} compounds: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`)
    expect(precision).toBeGreaterThanOrEqual(0.88)
    expect(recall).toBeGreaterThanOrEqual(0.88)
  })

  it('splits words drawn by occurrence from running text with precision and recall of at least 0.88', () => {
    const rows = readCompoundFixture('by-occurrence.tsv')
    expect(rows.reduce((sum, row) => sum + row.weight, 0)).toBe(300)
    const { precision, recall } = scoreCompoundSplits(rows)
    console.log(`[compounds] by occurrence: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`)
    expect(precision).toBeGreaterThanOrEqual(0.88)
    expect(recall).toBeGreaterThanOrEqual(0.88)
  })

  it('splits the compounds of issue 3 into their parts, linking morphemes left out', () => {
    expect(split('kinderarmoede')).toBe('kind+armoede')
    expect(split('veiligheidsbeleid')).toBe('veiligheid+beleid')
    expect(split('gemeenteraadsverkiezingen')).toBe('gemeente+raad+verkiezingen')
    expect(split('samenlevingsproblemen')).toBe('samenleving+problemen')
    expect(split('verslavingsproblematiek')).toBe('verslaving+problematiek')
    expect(split('stadhuis')).toBe('stad+huis')
    expect(split('bedrijfsleven')).toBe('bedrijf+leven')
    expect(split('moslimpopulisten')).toBe('moslim+populisten')
  })

  it('splits a part again, but not a listed word that begins with a particle', () => {
    expect(split('kinderopvangtoeslag')).toBe('kind+opvang+toeslag')
    expect(split('werkgelegenheidsbeleid')).toBe('werk+gelegenheid+beleid')
    // Inside a compound, voorraad, achterstand, overdracht and voorbeeld are words of their own.
    expect(split('voedselvoorraad')).toBe('voedsel+voorraad')
    expect(split('taalachterstand')).toBe('taal+achterstand')
    expect(split('gegevensoverdracht')).toBe('gegeven+overdracht')
    expect(split('voorbeeldtabel')).toBe('voorbeeld+tabel')
  })

  it('gives the s after -ing and -heid to the modifier where the lexicon has that form', () => {
    expect(split('opsommingsteken')).toBe('opsomming+teken')
    expect(split('onderstrepingstekens')).toBe('onderstreping+tekens')
    expect(split('veiligheidsstrategie')).toBe('veiligheid+strategie')
    // An -ing word that takes no s keeps a head that begins with s.
    expect(split('woningstichting')).toBe('woning+stichting')
  })

  it('keeps non-compounds whole: lexicalised words, adjectives, derivations', () => {
    for (const word of ['burgemeester', 'maatschappelijk', 'nieuwkomers', 'belangrijk', 'huisvesting', 'voorlichting', 'gastvrijheid', 'bijsturen']) {
      expect(split(word), word).toBe('-')
    }
  })

  it('keeps lexicalised compounds whole, with their forms, and one part inside a longer compound', () => {
    // The examples: stikstof is not stik + stof, leeftijd not leef + tijd.
    for (const word of ['stikstof', 'leeftijd', 'leeftijden', 'kantoren', 'boterhammetjes', 'voorbeelden', 'zeehonden']) expect(split(word), word).toBe('-')
    expect(split('schoolleeftijd')).toBe('school+leeftijd')
    expect(split('stikstofverbindingen')).toBe('stikstof+verbindingen')
    // Compounds of the same make that mean a kind of their head still split.
    expect(split('brandstof')).toBe('brand+stof')
    expect(split('speeltijd')).toBe('speel+tijd')
  })

  it('splits a listed word after a plain noun only before a head flagged to end compounds', () => {
    // ven·ster, rap·port, nor·maal, par·allel: short nouns before a form Hunspell never lets end a compound.
    for (const word of ['venster', 'vensters', 'rapport', 'normaal', 'parallel', 'voorstel']) {
      expect(split(word), word).toBe('-')
    }
    expect(split('tabblad')).toBe('tab+blad')
    expect(split('koptekst')).toBe('kop+tekst')
    // A linking s still shows a compound before any head.
    expect(split('raadslid')).toBe('raad+lid')
  })

  it('keeps a listed word whole after an unflagged Greek or Latin form (dia, para, kilo, hypo)', () => {
    for (const word of ['diagram', 'dialoog', 'parameter', 'kilometer', 'hypothese', 'paragraaf']) {
      expect(split(word), word).toBe('-')
    }
    expect(split('parameterlijst')).toBe('parameter+lijst')
    // Forms the lexicon flags as compound beginnings still begin compounds.
    expect(split('paginanummer')).toBe('pagina+nummer')
    expect(split('fotoboek')).toBe('foto+boek')
  })

  it('splits the -en plural of a compound as its singular when the lexicon lists neither', () => {
    expect(split('kleurverlopen')).toBe('kleur+verlopen')
    expect(split('celbereiken')).toBe('cel+bereiken')
    for (const word of ['grotendeels', 'weggenomen', 'centralen']) expect(split(word), word).toBe('-')
  })

  it('splits a -heid noun after a linking s, but keeps the -heid noun of an adjective whole', () => {
    expect(split('verkeersveiligheid')).toBe('verkeer+veiligheid')
    expect(split('rechtszekerheid')).toBe('recht+zekerheid')
    for (const word of ['gastvrijheid', 'werkloosheid']) expect(split(word), word).toBe('-')
  })

  it('keeps adverbs and opper- words whole', () => {
    for (const word of ['bijvoorbeeld', 'tegelijkertijd', 'oppervlakte', 'oppervlak', 'opperbevelhebber']) expect(split(word), word).toBe('-')
    expect(split('werkoppervlak')).toBe('werk+oppervlak')
  })

  it('lets zelf begin a compound with a noun head, not an adjective', () => {
    expect(split('zelfvertrouwen')).toBe('zelf+vertrouwen')
    expect(split('zelfbeeld')).toBe('zelf+beeld')
    for (const word of ['zelfde', 'zelfstandig', 'zelfredzaamheid']) expect(split(word), word).toBe('-')
  })

  it('keeps borrowed -atie and -ator nouns of -eren verbs whole, also inside a compound', () => {
    for (const word of ['combinatie', 'combinaties', 'operator', 'operatoren']) expect(split(word), word).toBe('-')
    expect(split('toetscombinatie')).toBe('toets+combinatie')
    expect(split('vergelijkingsoperatoren')).toBe('vergelijking+operatoren')
  })

  it('keeps the words the module documents as whole whole: names, adverbs, participles, derivations', () => {
    // Proper names and their plurals, short flagless entries, pronominal adverbs, participles of
    // particle verbs, -ist/-aard/-isme nouns, borrowed suffixes and numerals as heads.
    for (const word of [
      'Eindhoven',
      'Groenendaal',
      'Belgen',
      'wellicht',
      'overdag',
      'waarbij',
      'weergegeven',
      'aquarellisten',
      'toerisme',
      'klimaat',
      'veertien',
    ]) {
      expect(split(word), word).toBe('-')
    }
  })

  it('keeps a listed word of a free-base prefix whole unless its base ends compounds, and -ster agents of a verb or noun', () => {
    // mini is flagged as a modifier, but minister is no kind of ster; superster stays whole the same way.
    for (const word of ['minister', 'ministers', 'superster']) expect(split(word), word).toBe('-')
    expect(split('defensieminister')).toBe('defensie+minister')
    // -ster after a verb with a long vowel (spreken, deelnemen) or a noun (tegenstander).
    for (const word of ['spreekster', 'deelneemster', 'tegenstandster', 'werkster']) expect(split(word), word).toBe('-')
    // A compound whose head is such a word still splits.
    expect(split('fractieleidster')).toBe('fractie+leidster')
  })

  it('keeps the noun of a separable verb whole, and an -el noun of an -elen verb', () => {
    // toegang is toegaan's noun, not a gang: the head is made from a verb (gaan, slaan, geven,
    // staan, spreken) and the first part with that verb is a verb of the lexicon.
    for (const word of ['toegang', 'overgangen', 'uitslagen', 'weergave', 'weerstand', 'uitspraak', 'toekomst', 'druppel', 'stempels']) {
      expect(split(word), word).toBe('-')
    }
    // No achterkanten, voornamen, hartslaan or binnensteden verb: these stay compounds.
    expect(split('achterkant')).toBe('achter+kant')
    expect(split('voornaam')).toBe('voor+naam')
    expect(split('hartslag')).toBe('hart+slag')
    expect(split('binnenstad')).toBe('binnen+stad')
    // Inside a compound such a noun is one part.
    expect(split('weergavevenster')).toBe('weergave+venster')
  })

  it('lets the stem of a separable verb begin a compound with a noun head, not its own -ing noun', () => {
    // The dictionary flags aankruis, omreken and uitklap as no modifier, only as verb forms.
    expect(split('aankruisvakje')).toBe('aankruis+vakje')
    expect(split('omrekenfactoren')).toBe('omreken+factoren')
    expect(split('uitklapmenu')).toBe('uitklap+menu')
    // doorzakkings is the modifier form of doorzakking, not doorzak + kings.
    for (const word of ['doorzakkings', 'uitdrukkings']) expect(split(word), word).toBe('-')
  })

  it('splits a short flagless entry only when it is two nouns, the second one that ends compounds', () => {
    // OpenTaal lists these compound nouns without flags, like the adverbs beside them.
    expect(split('slagschip')).toBe('slag+schip')
    expect(split('zeilschip')).toBe('zeil+schip')
    expect(split('pleegkind')).toBe('pleeg+kind')
    // Flagless adverbs: a particle first (voor·baat, door·snee), or a head of three letters (mees·tal).
    for (const word of ['meestal', 'voorbaat', 'doorsnee']) expect(split(word), word).toBe('-')
  })

  it('gives offsets into the word, in order, and never splits words with other characters', () => {
    expect(splitCompound('veiligheidsbeleid')).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 17 },
    ])
    expect(splitCompound('kinder-armoede')).toBeUndefined()
    expect(splitCompound('kinderarmoede2')).toBeUndefined()
    expect(splitCompound('')).toBeUndefined()
  })
})

describe('compound parts in the analyzer', () => {
  it('adds each part as a compound-part token at the word position, with its own offsets', () => {
    const tokens = createAnalyzer().analyze('De Kinderarmoede daalt.')
    expect(tokens.map((t) => [t.surface, t.term, t.start, t.end, t.position, t.kind])).toEqual([
      ['De', 'de', 0, 2, 0, 'word'],
      ['Kinderarmoede', 'kinderarmoed', 3, 16, 1, 'word'],
      ['Kind', 'kind', 3, 7, 1, 'compound-part'],
      ['armoede', 'armoed', 9, 16, 1, 'compound-part'],
      ['daalt', 'daal', 17, 22, 2, 'word'],
    ])
  })

  it('does not split with compounds: false (another fingerprint)', () => {
    const analyzer = createAnalyzer({ compounds: false })
    expect(analyzer.fingerprint).not.toBe(createAnalyzer().fingerprint)
    expect(analyzer.analyze('Kinderarmoede').map((t) => t.kind)).toEqual(['word'])
  })

  it('splits the parts of a hyphenated word too', () => {
    const tokens = createAnalyzer().analyze('anti-armoedebeleid')
    expect(tokens.filter((t) => t.kind === 'compound-part').map((t) => t.surface)).toEqual(['armoede', 'beleid'])
  })
})

describe('searching compounds', () => {
  const text = 'De kinderarmoede in Mechelen daalt. Armoede is hardnekkig. Het veiligheidsbeleid van de stad werkt.'
  const build = (compounds = true) => {
    const index = createIndex({ analyzer: { compounds } })
    index.add({ id: 'stad', text })
    return index
  }
  const marked = (index: ReturnType<typeof createIndex>, query: string) =>
    index.search(query).map((hit) => hit.highlights.map(({ start, end }) => hit.text.slice(start, end)).join('|') + ' @ ' + hit.text)

  it('finds the base of a prefixed word, which is no compound, also after a load', () => {
    expect(splitCompound('multiprobleem')).toBeUndefined()
    const index = createIndex()
    index.add({ id: 'x', text: 'Het gezin heeft een multiprobleem. Een probleem is er altijd.' })
    const found = (from: typeof index) => from.search('probleem').map((hit) => hit.highlights.map(({ start, end }) => hit.text.slice(start, end)).join('|'))
    expect(found(index).sort()).toEqual(['probleem', 'probleem'])
    expect(found(loadIndex(JSON.stringify(index))).sort()).toEqual(['probleem', 'probleem'])
    expect(found(loadQueryOnly(JSON.stringify(index))).sort()).toEqual(['probleem', 'probleem'])
  })

  it('finds the base of a prefixed word the dictionary lists when the base is a noun that ends compounds', () => {
    const index = createIndex()
    index.addAll([
      { id: 1, text: 'Open het submenu Opmaak.' },
      { id: 2, text: 'Het menu is leeg.' },
      { id: 3, text: 'Zij is een superster.' },
      { id: 4, text: 'Een ster aan de hemel.' },
    ])
    expect(index.search('menu').map((hit) => hit.documentId)).toEqual([2, 1])
    // ster is not flagged to end compounds: superster stays whole.
    expect(index.search('ster').map((hit) => hit.documentId)).toEqual([4])
  })

  it('does not find the noun of a separable verb through its head', () => {
    const index = createIndex()
    index.addAll([
      { id: 1, text: 'De toegang tot het bestand is geweigerd.' },
      { id: 2, text: 'Loop de gang door tot de middengang.' },
      { id: 3, text: 'De uitslagen van de verkiezingen.' },
      { id: 4, text: 'Een zware slag voor het kabinet, zei de zeeslag-historicus over de hartslag.' },
    ])
    expect(index.search('gang').map((hit) => hit.documentId)).toEqual([2])
    expect(index.search('slag').map((hit) => hit.documentId)).toEqual([4])
    expect(index.search('toegang').map((hit) => hit.documentId)).toEqual([1])
  })

  it('splits an unlisted word of a free-base prefix and a compound into the prefix and the parts', () => {
    const parts = (word: string) => (splitWord(word) ?? []).map(({ start, end }) => word.slice(start, end)).join('+')
    expect(parts('supermarktkringen')).toBe('super+markt+kringen')
    expect(parts('antitorpedonetten')).toBe('anti+torpedo+netten')
  })

  it("splits a compound with an apostrophe s as the word before it, the 's with its last part", () => {
    const tokens = createAnalyzer().analyze("De contextmenu's en verkenningsfoto's.")
    expect(tokens.filter((t) => t.kind === 'compound-part').map((t) => [t.surface, t.term])).toEqual([
      ['context', 'context'],
      ["menu's", 'menu'],
      ['verkenning', 'verkening'],
      ["foto's", 'foto'],
    ])
    const index = createIndex()
    index.add({ id: 1, text: "Open een van de contextmenu's." })
    expect(marked(index, 'menu')).toEqual(["menu's @ Open een van de contextmenu's."])
  })

  it('finds a part inside a compound and highlights only the part', () => {
    expect(marked(build(), 'armoede')).toEqual(['Armoede @ Armoede is hardnekkig.', 'armoede @ De kinderarmoede in Mechelen daalt.'])
    expect(marked(build(), 'beleid')).toEqual(['beleid @ Het veiligheidsbeleid van de stad werkt.'])
    expect(marked(build(), 'kinderarmoede')).toEqual(['kinderarmoede @ De kinderarmoede in Mechelen daalt.'])
  })

  it('matches a phrase that starts at a compound part', () => {
    expect(marked(build(), '"armoede in Mechelen"')).toEqual(['armoede in Mechelen @ De kinderarmoede in Mechelen daalt.'])
  })

  it('does not find parts with compounds: false', () => {
    expect(marked(build(false), 'armoede')).toEqual(['Armoede @ Armoede is hardnekkig.'])
  })

  it('queries a loaded index, query-only and without the lexicon, with the same hits and highlights', () => {
    const json = JSON.stringify(build())
    expect(JSON.parse(json).vocabulary.compounds).toBeDefined()
    for (const loaded of [loadIndex(json), loadQueryOnly(json)]) {
      for (const query of ['armoede', 'beleid', '"armoede in Mechelen"', 'kind', 'veilig*']) {
        expect(marked(loaded as ReturnType<typeof createIndex>, query), query).toEqual(marked(build(), query))
      }
    }
  })

  it('keeps a query-only index consistent when it removes and adds documents', () => {
    const original = build()
    original.add({ id: 'extra', text: 'Kinderarmoede blijft een zorg.' })
    const queryOnly = loadQueryOnly(JSON.stringify(original))
    queryOnly.remove('extra')
    // Removing re-analyses the sentences with the index's own splits, so the result equals a fresh build.
    expect(JSON.stringify(queryOnly)).toBe(JSON.stringify(build()))
  })

  it('keeps the decisions of a query-only index when the full entry later loads it', () => {
    const queryOnly = loadQueryOnly(JSON.stringify(build()))
    // Without the lexicon, a new word is not split; the saved index records that decision.
    queryOnly.addSegmented({ id: 'nieuw', text: 'Jeugdwerkloosheid stijgt.' }, [{ start: 0, end: 25, paragraph: 0 }])
    expect(queryOnly.search('werkloosheid', { typoFallback: false }).length).toBe(0)
    const full = loadIndex(JSON.stringify(queryOnly))
    expect(full.search('werkloosheid', { typoFallback: false }).length).toBe(0)
    full.remove('nieuw')
    expect(JSON.stringify(full)).toBe(JSON.stringify(build()))
    // A word the index never had goes to the lexicon; one it had keeps its decision for good.
    full.add({ id: 'later', text: 'De kinderopvang groeit, de jeugdwerkloosheid daalt.' })
    expect(full.search('opvang').map((hit) => hit.text)).toEqual(['De kinderopvang groeit, de jeugdwerkloosheid daalt.'])
    expect(full.search('werkloosheid', { typoFallback: false }).length).toBe(0)
  })

  it('reads back the parts it writes, and nothing malformed', () => {
    const parts = [
      { start: 0, end: 10 },
      { start: 11, end: 17 },
    ]
    expect(encodeParts(parts)).toBe('0-10,11-17')
    expect(decodeParts('0-10,11-17', 17)).toEqual(parts)
    expect(scanParts('0-10,11-17', 17)).toBe(true)
    // A run of parts that is a word of its own comes before the parts it spans, by start.
    expect(decodeParts('0-10,0-4,4-10,11-17', 17)).toEqual([
      { start: 0, end: 10 },
      { start: 0, end: 4 },
      { start: 4, end: 10 },
      { start: 11, end: 17 },
    ])
    // Out of the word, out of order, a single part, and text that is not pairs of numbers.
    for (const text of [
      '0-10,11-18',
      '4-10,0-4',
      '0-17',
      '',
      '0-10,',
      ',0-10,11-17',
      '0-10,11-17x',
      '0-10;11-17',
      '-1-10,11-17',
      '0-1e1,11-17',
      '0-10,,11-17',
    ]) {
      expect(decodeParts(text, 17), text).toBeUndefined()
      expect(scanParts(text, 17), text).toBe(false)
    }
  })

  it('rejects a corrupt compound table with IndexFormatError', () => {
    const envelope = JSON.parse(JSON.stringify(build()))
    envelope.vocabulary.compounds.parts[0] = '0-99,2-3'
    const { checksum: _, ...rest } = envelope
    expect(() => loadIndex({ ...rest, checksum: checksumOf(rest) })).toThrow(IndexFormatError)
  })
})
