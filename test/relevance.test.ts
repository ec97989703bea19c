import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createIndex, defaultAnalyzer, InvalidOptionError, normalizeWord, segmentInterview } from '../src/index.js'

/** An index of one-sentence documents with ids 1, 2, …, and a search that lists the ids of its hits. */
function numbered(...texts: string[]) {
  const index = createIndex()
  index.addAll(texts.map((text, i) => ({ id: i + 1, text })))
  return { index, found: (query: string, options = {}) => index.search(query, options).map((hit) => hit.documentId) }
}

/** Expects each query to find exactly the documents listed (ids in rank order). */
function expectFinds(found: (query: string) => unknown[], expected: Readonly<Record<string, readonly number[]>>): void {
  for (const [query, ids] of Object.entries(expected)) expect(found(query), query).toEqual(ids)
}

// The classes of matching and ranking errors that the relevance evaluation found, each on a
// small text written for the test (not on the evaluation sets).
const index = createIndex()
const texts = [
  'Het stadhuis.',
  'Ze wonen samen in een heel deftig huis aan de rand van de oude stad.',
  'Stuur ons een e-mail.',
  'Uw email is ontvangen.',
  'Er staat een e in elk woord.',
  'De grote stad groeit.',
  'Deze stad is groter dan die.',
  'Kies de grootte van de letters.',
  'De wijziging is doorgevoerd.',
  'Het bestand is gewijzigd.',
  'Hij gaf het boek terug.',
  'Kies een gegevensbron.',
  'De kwetsbaarheid van de stad.',
  'Wij gaan naar de woning.',
  'Zij woonde daar lang.',
  'De Mechelaars zijn trots.',
  'Mechelen ligt tussen Antwerpen en Brussel.',
  'Een wandelaar zag het.',
  'Wij gaan wandelen.',
  'Is de huur betaalbaar?',
  'Wie gaat dat betalen?',
  'De veiligheid van de stad.',
  'Is het hier veilig?',
]
texts.forEach((text, id) => {
  index.add({ id, text })
})
const found = (query: string, options = {}) => index.search(query, { limit: 20, ...options }).map((hit) => hit.text)

describe('matching and ranking classes', () => {
  it('ranks a word of its own above the same word as a compound part', () => {
    // The compound's sentence is the shorter one, which BM25 alone would put first.
    expect(found('huis')).toEqual(['Ze wonen samen in een heel deftig huis aan de rand van de oude stad.', 'Het stadhuis.'])
  })

  it('lets a hyphenated word meet its spelling without hyphens, and not every letter it holds', () => {
    expect(found('e-mail').sort()).toEqual(['Stuur ons een e-mail.', 'Uw email is ontvangen.'])
    expect(found('email').sort()).toEqual(['Stuur ons een e-mail.', 'Uw email is ontvangen.'])
  })

  it('finds a hyphenated word inside a compound that begins with it', () => {
    const small = createIndex()
    small.add({ id: 1, text: 'Uw e-mailadres is onjuist.' })
    small.add({ id: 2, text: 'Stuur een e-mail naar de afdeling die het formulier uitdeelde.' })
    small.add({ id: 3, text: 'De mail kwam niet aan.' })
    const [hit, second, ...rest] = small.search('e-mail')
    expect([hit.text, second.text, rest.length]).toEqual(['Stuur een e-mail naar de afdeling die het formulier uitdeelde.', 'Uw e-mailadres is onjuist.', 0])
    expect(second.text.slice(second.highlights[0].start, second.highlights[0].end)).toBe('e-mail')
  })

  it('finds a compound word inside a longer compound that the split cuts further', () => {
    const small = createIndex()
    small.add({ id: 1, text: 'De gemeenteraadsverkiezingen zijn in mei.' })
    small.add({ id: 2, text: 'De gemeenteraad vergadert.' })
    small.add({ id: 3, text: 'De gemeente en de raad.' })
    expect(
      small
        .search('gemeenteraad')
        .map((hit) => hit.text)
        .sort(),
    ).toEqual(['De gemeenteraad vergadert.', 'De gemeenteraadsverkiezingen zijn in mei.'])
  })

  it('finds a lexicalised compound as a word and as a part, never through the words it seems made of', () => {
    const { found: ids } = numbered(
      'De schoolleeftijd ligt hoger.',
      'Hij sprak met leeftijdsgenoten over stikstof.',
      'Tijd om te leven, stof om te lezen: een beeld, een ham, een oor en een kant.',
      'Een voorbeeld, en twee boterhammetjes op kantoor.',
    )
    expect(ids('leeftijd').sort()).toEqual([1, 2])
    for (const query of ['tijd', 'leven', 'stof', 'beeld', 'ham', 'oor', 'kant']) expect(ids(query), query).toEqual([3])
    expect(ids('stik')).toEqual([])
  })

  it('finds a word inside a compound the dictionary lists without flags', () => {
    const { found: ids } = numbered('Het slagschip lag in de haven.', 'Het schip voer uit.', 'Meestal is het stil.')
    expect(ids('schip')).toEqual([2, 1])
    expect(ids('tal')).toEqual([])
  })

  it('finds an adjective with its comparative, and not the noun in -te made from it', () => {
    expect(found('grote').sort()).toEqual(['De grote stad groeit.', 'Deze stad is groter dan die.'])
    expect(found('grootte')).toEqual(['Kies de grootte van de letters.'])
  })

  it('keeps a noun in -ing apart from its verb', () => {
    expect(found('wijziging')).toEqual(['De wijziging is doorgevoerd.'])
    expect(found('wijzigen')).toEqual(['Het bestand is gewijzigd.'])
    expect(found('woonde').sort()).toEqual(['Ze wonen samen in een heel deftig huis aan de rand van de oude stad.', 'Zij woonde daar lang.'])
    expect(found('woning')).toEqual(['Wij gaan naar de woning.'])
  })

  it('keeps a noun in -aar, an adjective in -baar and a noun in -heid apart from the word they are made from', () => {
    expect(found('Mechelaar')).toEqual(['De Mechelaars zijn trots.'])
    expect(found('Mechelen')).toEqual(['Mechelen ligt tussen Antwerpen en Brussel.'])
    expect(found('wandelaars')).toEqual(['Een wandelaar zag het.'])
    expect(found('wandelde')).toEqual(['Wij gaan wandelen.'])
    expect(found('betaalbare')).toEqual(['Is de huur betaalbaar?'])
    expect(found('betaalt')).toEqual(['Wie gaat dat betalen?'])
    expect(found('veiligheden')).toEqual(['De veiligheid van de stad.'])
    expect(found('veilige')).toEqual(['Is het hier veilig?'])
  })

  it('keeps an adjective in -ig or -achtig apart from its noun, and the forms of a verb in -igen together', () => {
    const small = numbered(
      'De huidige versie is nieuw.',
      'Hij heeft een zachte huid.',
      'Het is nodig om te wachten.',
      'In geval van nood belt u ons.',
      'Het was een lastige vraag, en de volgende was nog lastiger.',
      'Hij draagt een zware last.',
      'De datum wordt bevestigd.',
      'Wij bevestigen de afspraak.',
      'U krijgt een bevestiging per mail.',
      'Het terrein is bergachtig.',
      'De berg is hoog.',
      'Ik weiger dat.',
    )
    // Kraaij-Pohlmann takes -ig off: huidige was huid, nodig nood, lastig last, bevestigen bevest.
    expectFinds(small.found, {
      huid: [2],
      huidig: [1],
      nood: [4],
      nodig: [3],
      last: [6],
      lastig: [5],
      bevestiging: [9],
      berg: [11],
      bergachtige: [10],
      // The i of a diphthong begins no -ig: weiger is a form of weigeren.
      weigeren: [12],
    })
    expect(small.found('bevestigt').sort()).toEqual([7, 8])
  })

  it('keeps a noun in -atie and an adjective in -atief apart from the verb in -eren', () => {
    const small = numbered('Lees de informatie.', 'Wij informeren u.', 'Het getal is negatief.', 'Die fout wordt genegeerd.', 'Er zijn alternatieven.')
    // Kraaij-Pohlmann stems informatie as informeren and negatief as negeren.
    expectFinds(small.found, {
      informeert: [2],
      informaties: [1],
      negeren: [4],
      negatieve: [3],
      alternatief: [5],
    })
  })

  it('keeps adjectives in -ioneel and -lijk and nouns in -isme, -iteit and -sel apart from the words they are made from', () => {
    const small = numbered(
      'Kies een optie.',
      'Dit veld is optioneel.',
      'Dat gaat met gemak.',
      'Het is een gemakkelijke vraag.',
      'Een liberale partij.',
      'Het liberalisme bloeit.',
      'De kwaliteit is goed.',
      'Hij heeft een kwaal.',
      'Geef de kinderen voedsel.',
      'Moeders voeden hun kinderen.',
      'Wis het bestand.',
      'Wissel de kaarten.',
    )
    // Kraaij-Pohlmann stems each second word as the first: optioneel as optie, kwaliteit as kwaal, wissel as wis.
    expectFinds(small.found, {
      opties: [1],
      optionele: [2],
      gemak: [3],
      gemakkelijker: [4],
      liberaal: [5],
      liberalisme: [6],
      kwaliteiten: [7],
      kwaal: [8],
      voedsels: [9],
      voedt: [10],
      wissen: [11],
      wisselde: [12],
    })
  })

  it('keeps the derived words of the stem overrides apart too', () => {
    const small = numbered(
      'De gemeenschap groeit.',
      'Een gemeenschappelijke taal.',
      'Hij is bekend.',
      'Zijn bekendheid groeit.',
      'Een geest in de fles.',
      'De geestelijke leider.',
    )
    // The override table wrote each pair as one word; the derivation rules keep such pairs apart.
    expectFinds(small.found, { gemeenschappen: [1], gemeenschappelijk: [2], bekende: [3], bekendheden: [4], geesten: [5], geestelijken: [6] })
  })

  it('keeps a noun in -ster apart from the word before it, and minister whole', () => {
    const small = numbered(
      'De minister sprak.',
      'Een heldere ster aan de hemel.',
      'Open het venster.',
      'Het ven ligt stil.',
      'De werkster poetst.',
      'Ik werk hard.',
    )
    // Kraaij-Pohlmann stems venster as ven, werkster as werk and minister as mini; the splitter cut mini·ster.
    expectFinds(small.found, {
      ster: [2],
      ven: [4],
      vensters: [3],
      werk: [6],
      ministers: [1],
    })
  })

  it('keeps data (gegevens) in a compound apart from forms of geven', () => {
    expect(found('gaf')).toEqual(['Hij gaf het boek terug.'])
    expect(found('gegevens')).toEqual(['Kies een gegevensbron.'])
  })

  it('finds a form of a word the index lacks as the head of compounds it did not split, before looking for a typo', () => {
    const { index, found } = numbered('De politie heeft hem moeten doodschieten.', 'De kinderen gaan naar school.')
    // schoot is a form of schieten; school is one edit away from it.
    expect(found('schoot')).toEqual([1])
    expect(found('schoot', { typoFallback: false })).toEqual([])
    expect(index.search('schoot')[0].highlights.map(({ start, end }) => 'De politie heeft hem moeten doodschieten.'.slice(start, end))).toEqual([
      'doodschieten',
    ])
    // Not a word that holds the letters without ending in a form of the word.
    index.add({ id: 3, text: 'De beschietingen duurden uren.' })
    expect(found('schoot')).toEqual([1])
  })

  it('counts two swapped letters as one edit', () => {
    expect(found('kwetsbaarhied')).toEqual(['De kwetsbaarheid van de stad.'])
    expect(found('wonign~1')).toEqual(['Wij gaan naar de woning.'])
  })
})

/** Two questions of Anna de Vries and Karim Bouzid's answers, one paragraph a line. */
const TALK = [
  'Hoe helpt u de gezinnen?',
  '‘We gaan elke dag langs. Soms zit er een multiprobleem achter de deur.’',
  'Wat doet de stad aan racisme?',
  '‘Wij spreken racisten aan. Niemand mag worden uitgesloten.’',
]

/** An interview of the given lines, and a search that lists its hits' texts (up to `limit`). */
function talkOf(lines: readonly string[], limit: number) {
  const index = createIndex()
  const text = lines.join('\n')
  index.addSegmented({ id: 'i', text }, segmentInterview(text, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid' }))
  return { index, texts: (query: string, options = {}) => index.search(query, { limit, ...options }).map((hit) => hit.text) }
}

describe('expand, the search-box preset', () => {
  const { index: interview, texts } = talkOf(TALK, 10)

  it('has the questions and answers of the text', () => {
    expect(interview.sentences().map((s) => s.role)).toEqual(['question', 'answer', 'answer', 'question', 'answer', 'answer'])
    expect(interview.sentences().map((s) => s.text)).toEqual([
      'Hoe helpt u de gezinnen?',
      '‘We gaan elke dag langs.',
      'Soms zit er een multiprobleem achter de deur.’',
      'Wat doet de stad aan racisme?',
      '‘Wij spreken racisten aan.',
      'Niemand mag worden uitgesloten.’',
    ])
  })

  it('finds the parts of a query compound the index does not have: with expand, or as a fallback when no word is near it', () => {
    expect(texts('multiprobleemgezinnen', { typoFallback: false })).toEqual([])
    expect(texts('multiprobleemgezinnen')).toEqual(['Soms zit er een multiprobleem achter de deur.’', 'Hoe helpt u de gezinnen?'])
    expect(texts('multiprobleemgezinnen', { expand: true })).toContain('Soms zit er een multiprobleem achter de deur.’')
    // A word the index has is not split by default: gezinnen is no part of multiprobleem.
    expect(texts('multiprobleem')).toEqual(['Soms zit er een multiprobleem achter de deur.’'])
  })

  it('looks the parts of a query compound up as words of their own only, not inside other compounds', () => {
    const { index, found } = numbered('De wereld is groot.', 'De familie Voskamp woont hier.')
    expect(index.analyzer.analyze('Voskamp').map((t) => t.surface)).toContain('kamp')
    expect(found('wereldkamp')).toEqual([1])
    expect(index.search('wereldkamp')[0].highlights.map(({ start, end }) => 'De wereld is groot.'.slice(start, end))).toEqual(['wereld'])
  })

  it('finds the compounds that join two query words next to each other, in their order: with expand, or when the index lacks one of them', () => {
    const { index, found } = numbered('Mechelen was destijds de rodelantaarndrager van Vlaanderen.', 'Hij reed in een rode auto.')
    expect(found('rode lantaarn', { typoFallback: false })).toEqual([2])
    expect(found('rode lantaarn')).toEqual([1, 2])
    expect(found('rode lantaarn', { expand: true })).toEqual([1, 2])
    expect(found('lantaarn rode', { expand: true })).toEqual([2])
    expect(found('lantaarn rode')).toEqual([2])
    // When the index has both words, only expand joins them.
    index.add({ id: 3, text: 'Aan de gevel hing een lantaarn.' })
    expect(found('rode lantaarn').sort()).toEqual([2, 3])
    expect(found('rode lantaarn', { expand: true }).sort()).toEqual([1, 2, 3])
    expect(
      index
        .search('rode lantaarn', { expand: true })[0]
        .highlights.map(({ start, end }) => 'Mechelen was destijds de rodelantaarndrager van Vlaanderen.'.slice(start, end)),
    ).toEqual(['rodelantaarndrager'])
  })

  it("finds a word's family, only with expand", () => {
    expect(texts('racisme')).toEqual(['Wat doet de stad aan racisme?'])
    expect(texts('racisme', { expand: true })).toContain('‘Wij spreken racisten aan.')
    // A word that begins as the family does but is a form of another word brings none of that word's forms.
    const { found } = numbered('Vroeger was hier een markt.', 'De vroegere burgemeester kwam.', 'Zij vroeg het aan mij.', 'Die vraag is gesteld.')
    expect(defaultAnalyzer.term('vroeg')).toBe(defaultAnalyzer.term('vraag'))
    expect(found('vroeger', { expand: true }).sort()).toEqual([1, 2])
  })

  it("finds the words of a query word's base before a derivational ending, only with expand", () => {
    const { found } = numbered(
      'Een islamitische school opent in september.',
      'De islam kent vele stromingen.',
      'Hij vloog naar Islamabad.',
      'De kwetsbaarheid van de stad is groot.',
      'Een stad is kwetsbaar.',
      'De democraten winnen.',
      'Het is een democratisch besluit.',
      'De democratie werkt.',
    )
    expect(found('islamitisch')).toEqual([1])
    // Not Islamabad: it begins with the base, but islam and abad make no derivational ending.
    expect(found('islamitisch', { expand: true })).toEqual([1, 2])
    expect(found('kwetsbaarheid')).toEqual([4])
    expect(found('kwetsbaarheid', { expand: true })).toEqual([4, 5])
    // A family weighs less than the word typed.
    expect(found('democratie', { expand: true })).toEqual([8, 6, 7])
    // Also for a word the index lacks, beside the words the typo fallback finds for it.
    const typo = numbered('Dit toont de kwetsbarheid van de stad.', 'Een stad is kwetsbaar.')
    expect(typo.found('kwetsbaarheid')).toEqual([1])
    expect(typo.found('kwetsbaarheid', { expand: true })).toEqual([1, 2])
    // A noun in -atie or -ing and its verb: polarisatie, polariseerde; verandering, veranderen.
    const verbs = numbered('De politiek polariseerde.', 'Wij veranderen niets.', 'Elke verandering is moeilijk.')
    expect(verbs.found('polarisatie')).toEqual([])
    expect(verbs.found('polarisatie', { expand: true })).toEqual([1])
    expect(verbs.found('verandering')).toEqual([3])
    expect(verbs.found('verandering', { expand: true })).toEqual([3, 2])
    expect(found('democratisch', { expand: true })).toEqual([7, 6, 8])
  })

  it('finds an answer through the question it answers and a sentence through its paragraph, only with expand', () => {
    expect(texts('gezinnen')).toEqual(['Hoe helpt u de gezinnen?'])
    const expanded = texts('gezinnen', { expand: true })
    expect(expanded[0]).toBe('Hoe helpt u de gezinnen?')
    expect(expanded).toContain('‘We gaan elke dag langs.')
    // Not the answer to another question.
    expect(expanded).not.toContain('Niemand mag worden uitgesloten.’')
    expect(texts('multiprobleem', { expand: true })).toEqual(['Soms zit er een multiprobleem achter de deur.’', '‘We gaan elke dag langs.'])
  })

  it('ranks with context by default, without finding a sentence through it', () => {
    const story = createIndex()
    story.add({ id: 'a', text: 'De haven groeit. Er komen elk jaar meer en grotere schepen aan.' })
    story.add({ id: 'b', text: 'Oude schepen liggen stil.' })
    // BM25 alone ranks b first: its sentence is the shorter. a's other sentence holds haven too.
    expect(story.search('schepen haven', { explain: true }).map((hit) => [hit.text, hit.explain?.contextScore !== undefined])).toEqual([
      ['De haven groeit.', true],
      ['Er komen elk jaar meer en grotere schepen aan.', true],
      ['Oude schepen liggen stil.', false],
    ])
    const plain = createIndex()
    plain.add({ id: 'a1', text: 'Er komen elk jaar meer en grotere schepen aan.' })
    plain.add({ id: 'b', text: 'Oude schepen liggen stil.' })
    expect(plain.search('schepen haven').map((hit) => hit.documentId)).toEqual(['b', 'a1'])
    // No sentence without a query word is found by default.
    expect(story.search('stil').map((hit) => hit.text)).toEqual(['Oude schepen liggen stil.'])
  })

  it('gives a sentence less of its paragraph the further it is from the sentence that matched', () => {
    const long = createIndex()
    long.add({ id: 'p', text: 'De haven groeit snel. Dat zien we elke dag. Het is druk. Er is veel werk.' })
    const scores = long.search('haven', { expand: true }).map((hit) => hit.score)
    expect(scores).toHaveLength(4)
    expect(scores[1] / scores[2]).toBeCloseTo(2, 6)
    expect(scores[1] / scores[3]).toBeCloseTo(3, 6)
  })

  it('finds what a speaker the query names says, only with expand', () => {
    expect(texts('Bouzid')).toEqual([])
    // No sentence holds the name, so nothing matches to give the speaker's sentences a score.
    expect(texts('Bouzid', { expand: true })).toEqual([])
    const answers = interview.sentences().filter((s) => s.speaker === 'Karim Bouzid')
    expect(answers).toHaveLength(4)
    // His surname with a word of the text: the answer with the word first, then his other sentences.
    const found = texts('Bouzid racisten', { expand: true })
    expect(found[0]).toBe('‘Wij spreken racisten aan.')
    expect(found).toEqual(expect.arrayContaining(answers.map((s) => s.text)))
    expect(texts('Bouzid racisten')).toEqual(['‘Wij spreken racisten aan.'])
  })

  it('ranks what a speaker the query names says above a sentence that names him, without expand too', () => {
    const lines = ['Karim Bouzid is sinds vorig jaar wethouder in een grote stad.', 'Wat doet de stad aan armoede?', '‘Wij bestrijden armoede met de buurt.’']
    const { texts: talk } = talkOf(lines, 10)
    const answer = '‘Wij bestrijden armoede met de buurt.’'
    const intro = 'Karim Bouzid is sinds vorig jaar wethouder in een grote stad.'
    // The rarer name and the sentence that holds it come first by their own score.
    expect(talk('Bouzid over armoede', { weights: { speaker: 0 } }).slice(0, 2)).toEqual([intro, answer])
    expect(talk('Bouzid over armoede').slice(0, 2)).toEqual([answer, intro])
    // Ranked, not found: the defaults add none of his sentences that hold no query word.
    expect(talk('Bouzid over wethouder')).toEqual([intro])
  })

  it('lets question words weigh little', () => {
    const small = createIndex()
    small.add({ id: 1, text: 'Waarom gebeurt dit nu weer, vraagt iedereen zich af?' })
    small.add({ id: 2, text: 'De stad bestrijdt racisme met een plan dat iedereen kent en steunt.' })
    // The question word is the rarer and its sentence the shorter: BM25 alone puts it first.
    expect(small.search('waarom racisme').map((hit) => hit.documentId)).toEqual([2, 1])
  })

  it("ranks an interviewer's short question below an answer that holds the word as often, unless the caller weighs the roles", () => {
    const text = ['Wat doen de wijkagenten?', '‘Ze lopen elke dag hun ronde.’', 'En de scholen?', '‘Daar komen de wijkagenten ook langs.’'].join('\n')
    const talk = createIndex()
    talk.addSegmented({ id: 't', text }, segmentInterview(text, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid' }))
    const roles = (options = {}) => talk.search('wijkagenten', options).map((hit) => hit.role)
    // BM25 alone puts the shorter question first: roleBoost {} weighs no role.
    expect(roles({ roleBoost: {} })).toEqual(['question', 'answer'])
    expect(roles()).toEqual(['answer', 'question'])
    expect(talk.search('wijkagenten', { explain: true })[1].explain?.roleBoost).toBe(0.7)
    // The default is that roleBoost, scores and all; a question weighed higher comes first again.
    expect(talk.search('wijkagenten')).toEqual(talk.search('wijkagenten', { roleBoost: { question: 0.7 } }))
    expect(roles({ roleBoost: { question: 0.7, answer: 0.5 } })).toEqual(['question', 'answer'])
    // A roleBoost object the caller changes between searches counts as it is at each search.
    const changing = { answer: 0.5 }
    expect(roles({ roleBoost: changing })).toEqual(['question', 'answer'])
    changing.answer = 10
    expect(roles({ roleBoost: changing })).toEqual(['answer', 'question'])
    // Text without questions is ranked as before.
    const plain = createIndex()
    plain.add({ id: 'p', text: 'Wat doen de wijkagenten?\n\nZe lopen elke dag hun ronde.\n\nEn de scholen?\n\nDaar komen de wijkagenten ook langs.' })
    expect(plain.search('wijkagenten').map((hit) => hit.text)).toEqual(['Wat doen de wijkagenten?', 'Daar komen de wijkagenten ook langs.'])
  })
})

describe('numerals, Unicode forms and typos', () => {
  const small = createIndex()
  for (const [id, text] of ['Hij werd vijftig jaar.', 'Ze hadden vijf kinderen.', 'Een deftig huis.', 'Met de ﬁets naar school.', 'Ｆｕｌｌ width.'].entries())
    small.add({ id, text })
  const found = (query: string) => small.search(query).map((hit) => hit.text)

  it('keeps the tens apart from the units', () => {
    expect(found('vijftig')).toEqual(['Hij werd vijftig jaar.'])
    expect(found('vijf')).toEqual(['Ze hadden vijf kinderen.'])
  })

  it('folds ligatures and full-width letters (NFKC) and keeps the original offsets', () => {
    const [hit] = small.search('fiets')
    expect(hit.text).toBe('Met de ﬁets naar school.')
    expect(hit.text.slice(hit.highlights[0].start, hit.highlights[0].end)).toBe('ﬁets')
    expect(found('full')).toEqual(['Ｆｕｌｌ width.'])
  })

  it('normalises apostrophes that NFKC makes or unmakes, so that normalising twice changes nothing', () => {
    // NFKC makes two primes of a double prime, and a space and a combining mark of an acute accent.
    for (const [surface, normalised] of [
      ['″', "''"],
      ['foto´s', "foto's"],
    ]) {
      expect(normalizeWord(surface)).toBe(normalised)
      expect(normalizeWord(normalised)).toBe(normalised)
    }
  })

  it('takes no word two edits away for a typo of fewer than eight letters', () => {
    expect(found('zestig')).toEqual([])
    expect(found('deftiq')).toEqual(['Een deftig huis.'])
  })
})

describe('ranking weights', () => {
  const { index: talk, texts } = talkOf(
    [...TALK, 'Het stadhuis staat aan de markt, naast een deftig huis.', 'Een wandelaar zag de rodelantaarndrager van de regering.', 'Wij gaan wandelen.'],
    20,
  )

  it('are the documented defaults when none or some are given', () => {
    // As the README lists them: "any of `stopWord` 0.1, `expansion` 0.6, …".
    const listed = /any of (`\w+` [\d.]+(?:,\s+`\w+` [\d.]+)*)/.exec(readFileSync(new URL('../README.md', import.meta.url), 'utf8'))?.[1] ?? ''
    const defaults = Object.fromEntries([...listed.matchAll(/`(\w+)` ([\d.]+)/g)].map(([, name, value]) => [name, Number(value)]))
    expect(Object.keys(defaults).length).toBe(12)
    for (const query of ['huis', 'wandel*', 'regerng', 'racisme gezinnen', 'Bouzid racisten', 'multiprobleemgezinnen', 'rode lantaarn', 'waarom racisme'])
      for (const expand of [false, true]) {
        const expected = talk.search(query, { expand, explain: true })
        expect(talk.search(query, { expand, explain: true, weights: defaults }), query).toEqual(expected)
        expect(talk.search(query, { expand, explain: true, weights: { part: 0.25 } }), query).toEqual(expected)
      }
  })

  it('weigh a compound part against the word: part 0 finds no compound, part 1 ranks it as the word', () => {
    const plain = numbered('Het stadhuis.', 'Ze wonen in een deftig huis aan de rand van de oude stad.')
    expect(plain.found('huis')).toEqual([2, 1])
    expect(plain.found('huis', { weights: { part: 0 } })).toEqual([2])
    // As much as the word, the shorter sentence wins, unless the word as typed counts more (exact).
    expect(plain.found('huis', { weights: { part: 1, exact: 0 } })).toEqual([1, 2])
    expect(plain.found('huis', { weights: { part: 1 } })).toEqual([2, 1])
    // A phrase inside a compound needs the part too.
    expect(plain.found('"het stadhuis"', { weights: { part: 0 } })).toEqual([1])
  })

  it('weigh the words a prefix, a fuzzy word or the typo fallback reached: expansion 0 keeps only the word typed', () => {
    expect(texts('wandel*')).toEqual(['Wij gaan wandelen.', 'Een wandelaar zag de rodelantaarndrager van de regering.'])
    expect(texts('wandel*', { weights: { expansion: 0 } })).toEqual(['Wij gaan wandelen.'])
    expect(texts('regerng')).toEqual(['Een wandelaar zag de rodelantaarndrager van de regering.'])
    expect(texts('regerng', { weights: { expansion: 0 } })).toEqual([])
    expect(texts('regering~1', { weights: { expansion: 0 } })).toEqual(['Een wandelaar zag de rodelantaarndrager van de regering.'])
  })

  it('turn off the family, the split of a compound and the joined words', () => {
    const plain = numbered('De stad bestrijdt racisme.', 'Wij spreken racisten aan.')
    expect(plain.found('racisme', { expand: true })).toEqual([1, 2])
    expect(plain.found('racisme', { expand: true, weights: { family: 0 } })).toEqual([1])
    expect(texts('multiprobleemgezinnen')).toContain('Soms zit er een multiprobleem achter de deur.’')
    expect(texts('multiprobleemgezinnen', { weights: { split: 0 } })).toEqual([])
    expect(texts('rode lantaarn')).toEqual(['Een wandelaar zag de rodelantaarndrager van de regering.'])
    expect(texts('rode lantaarn', { weights: { joined: 0 } })).toEqual([])
  })

  it('weigh context: paragraph and question 0 find nothing through it, and rank by the sentence alone', () => {
    const found = texts('gezinnen', { expand: true })
    expect(found).toEqual(['Hoe helpt u de gezinnen?', '‘We gaan elke dag langs.', 'Soms zit er een multiprobleem achter de deur.’'])
    expect(texts('gezinnen', { expand: true, weights: { question: 0 } })).toEqual(['Hoe helpt u de gezinnen?'])
    expect(texts('multiprobleem', { expand: true, weights: { paragraph: 0 } })).toEqual(['Soms zit er een multiprobleem achter de deur.’'])
    const scored = talk.search('multiprobleem gezinnen', { weights: { paragraph: 0, question: 0 }, explain: true })
    expect(scored.map((hit) => hit.explain?.contextScore)).toEqual([undefined, undefined])
    expect(talk.search('multiprobleem gezinnen', { explain: true }).some((hit) => hit.explain?.contextScore !== undefined)).toBe(true)
  })

  it('weigh a speaker the query names: speaker 0 adds none of his sentences', () => {
    // His answer to another question is found only as his.
    expect(texts('Bouzid racisten', { expand: true })).toContain('‘We gaan elke dag langs.')
    expect(texts('Bouzid racisten', { expand: true, weights: { speaker: 0 } })).not.toContain('‘We gaan elke dag langs.')
    expect(texts('Bouzid racisten', { expand: true, weights: { speaker: 0 } })).toContain('‘Wij spreken racisten aan.')
    // Without context, his sentences are still found.
    expect(texts('Bouzid racisten', { expand: true, weights: { paragraph: 0, question: 0 } })).toContain('‘We gaan elke dag langs.')
  })

  // Each: a sentence full of the light word, one with the query's content word, the query.
  // Snowball's list has doen and moet, not doet or moeten; ik, hij, ze and u, not we or wij;
  // zijn, hebben and worden, not gaan or komen.
  it.each([
    [
      'question words',
      'Waarom gebeurt dit nu weer, vraagt iedereen zich af?',
      'De stad bestrijdt racisme met een plan dat iedereen kent en steunt.',
      'waarom racisme',
    ],
    [
      'forms of stop words',
      'Wat hij doet, doet hij goed, en hij doet het graag.',
      'Men bestrijdt hier armoede met een plan dat iedereen kent.',
      'wat doet men tegen armoede',
    ],
    ['auxiliaries in all their forms', 'Ze gaan, ze gingen en ze gaan weer.', 'Het populisme groeit in de stad.', 'hoe gaat men om met populisme'],
    ['personal pronouns', 'We gaan, we komen, we blijven en we doen het.', 'Nieuwkomers leren hier de taal van de stad.', 'hoe helpen we nieuwkomers'],
  ])('weigh %s as stop words: as much as other words, the sentence full of them comes first', (_kind, light, content, query) => {
    const small = numbered(light, content)
    expect(small.found(query)).toEqual([2, 1])
    // The content word as typed (exact) would still count above them.
    expect(small.found(query, { weights: { stopWord: 1, exact: 0 } })).toEqual([1, 2])
  })

  it('rank a sentence that holds two query words side by side above one that holds them apart', () => {
    // The longer sentence has the words side by side; BM25 alone puts the shorter one first.
    const small = numbered('De politie reed met een witte bus door de stad.', 'Ze spraken lang over de witte politie en over de stad en de buurt.')
    expect(small.found('witte politie', { weights: { adjacent: 0 } })).toEqual([1, 2])
    expect(small.found('witte politie')).toEqual([2, 1])
    const [hit] = small.index.search('witte politie', { explain: true })
    expect(hit.explain?.adjacentScore).toBeGreaterThan(0)
    // A stop word beside a word counts (de stad, in both); two stop words side by side say nothing (over de).
    expect(small.index.search('de stad', { explain: true }).map((h) => h.explain?.adjacentScore !== undefined)).toEqual([true, true])
    expect(small.index.search('over de', { explain: true }).map((h) => h.explain?.adjacentScore)).toEqual([undefined, undefined])
    // Words in another order are not side by side as the query has them; required words are words too.
    expect(small.found('politie witte')).toEqual([1, 2])
    expect(small.found('+witte +politie')).toEqual([2, 1])
  })

  it('rank a sentence with a query word as typed above one with another form of it, and the words a fallback found in its place likewise', () => {
    // The shorter sentence has another form of the word (huis for huizen); BM25 alone puts it first.
    const small = numbered('Het oude huis staat leeg.', 'In deze straat staan de huizen van de arbeiders van de fabriek.')
    expect(small.found('huizen', { weights: { exact: 0 } })).toEqual([1, 2])
    expect(small.found('huizen')).toEqual([2, 1])
    expect(small.found('Huizen')).toEqual([2, 1])
    expect(small.found('+huizen')).toEqual([2, 1])
    expect(small.found('huis')).toEqual([1, 2])
    // The typo fallback finds huizen in place of huizenn: that form is the one meant.
    expect(small.found('huizenn', { weights: { exact: 0 } })).toEqual([1, 2])
    expect(small.found('huizenn')).toEqual([2, 1])
    const [hit, other] = small.index.search('huizen', { explain: true })
    expect(hit.explain?.exactScore).toBeGreaterThan(0)
    expect(other.explain?.exactScore).toBeUndefined()
    // The parts found in place of a compound the index lacks count as typed: gezinnen, not gezin.
    const parts = numbered(
      'Het gezin woont hier.',
      'De gezinnen in deze buurt krijgen elke week hulp van de stad.',
      'Dat is een groot probleem voor de buurt en de stad.',
    )
    for (const expand of [false, true]) {
      expect(parts.found('probleemgezinnen', { expand, weights: { exact: 0 } })).toEqual([3, 1, 2])
      expect(parts.found('probleemgezinnen', { expand })).toEqual([3, 2, 1])
    }
    // A stop word's form says nothing: was is not counted above is (were it, the second would come first).
    const verbs = numbered('Het huis is oud.', 'Het huis was oud en leeg.')
    expect(verbs.found('was huis')).toEqual([1, 2])
  })

  it('look up no typo, part or related word for a question word the index lacks', () => {
    // Welke is one letter from elke; it is a question word, not a misspelling.
    const small = numbered('Elke stad, elke wijk en elke straat telt mee.', 'De prijs ging naar de stad.')
    expect(small.found('welke prijs')).toEqual([2])
    expect(small.found('welke prijs', { expand: true })).toEqual([2])
    // A content word the index lacks still gets its typo fallback.
    expect(small.found('welke prjis')).toEqual([2])
  })

  it('weigh no content word as a stop word because its stem is one', () => {
    // Kraaij-Pohlmann stems overheid to over.
    const government = numbered('De overheid, de overheid en nog eens de overheid.', 'Men bestrijdt hier armoede met een plan dat iedereen kent.')
    expect(government.found('wat doet de overheid tegen armoede')).toEqual([1, 2])
  })

  it('keep plans of other weights apart, and count as they are at each search', () => {
    const plain = numbered('Het stadhuis.', 'Ze wonen in een deftig huis aan de rand van de oude stad.')
    const weights = { part: 0, exact: 0 }
    expect(plain.found('huis', { weights })).toEqual([2])
    weights.part = 1
    expect(plain.found('huis', { weights })).toEqual([1, 2])
    expect(plain.found('huis')).toEqual([2, 1])
  })

  it('reject an unknown name or a weight that is no number ≥ 0, and lose nothing', () => {
    for (const weights of [
      { parts: 1 },
      { part: -1 },
      { part: Number.NaN },
      { part: Number.POSITIVE_INFINITY },
      { part: '1' },
      { part: null },
      3,
      null,
      ['part'],
    ]) {
      let error: unknown
      try {
        talk.search('huis', { weights: weights as never })
      } catch (caught) {
        error = caught
      }
      expect(error, JSON.stringify(weights)).toBeInstanceOf(InvalidOptionError)
      expect((error as InvalidOptionError).option).toBe('weights')
    }
    expect(texts('huis')).toEqual(['Het stadhuis staat aan de markt, naast een deftig huis.'])
  })
})
