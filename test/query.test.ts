import { describe, expect, it } from 'vitest'
import {
  createIndex,
  defaultAnalyzer,
  highlight,
  InvalidOptionError,
  parseQuery,
  QuerySyntaxError,
  segment,
  segmentInterview,
  type Explanation,
  type SearchHit,
  type SearchResults,
} from '../src/index.js'
import { readFixture } from './helpers.js'
import { loadInterview } from '../src/entries/interview.js'

const marked = (hits: readonly SearchHit[]) => hits.map((hit) => highlight(hit, { before: '[', after: ']', escapeHtml: false }))

// Real newspaper sentences (UD Dutch sample); the expectations below were checked by reading them.
const news = createIndex()
news.add({ id: 'nieuws', text: readFixture('ud-dutch/nieuws.txt') })
const search = (query: string, limit = 50): SearchResults => news.search(query, { limit })
const all = (query: string) => marked(search(query))

describe('parseQuery', () => {
  it('parses each row of the syntax table into typed nodes with offsets', () => {
    expect(parseQuery('armoede kinderen').children).toEqual([
      { type: 'term', text: 'armoede', start: 0, end: 7 },
      { type: 'term', text: 'kinderen', start: 8, end: 16 },
    ])
    expect(parseQuery('"rule of law"').children).toEqual([{ type: 'phrase', text: 'rule of law', slop: 0, start: 0, end: 13 }])
    expect(parseQuery('"zieke kind"~2').children).toEqual([{ type: 'phrase', text: 'zieke kind', slop: 2, start: 0, end: 14 }])
    expect(parseQuery('kinder*').children).toEqual([{ type: 'prefix', text: 'kinder', start: 0, end: 7 }])
    expect(parseQuery('burgemeestr~ burgemeestr~2').children).toEqual([
      { type: 'fuzzy', text: 'burgemeestr', distance: 'auto', start: 0, end: 12 },
      { type: 'fuzzy', text: 'burgemeestr', distance: 2, start: 13, end: 26 },
    ])
    expect(parseQuery('+armoede -stad -"zieke kind"').children.map((n) => [n.type, n.type === 'required' || n.type === 'not' ? n.child.type : ''])).toEqual([
      ['required', 'term'],
      ['not', 'term'],
      ['not', 'phrase'],
    ])
    expect(parseQuery('school OR scholen').children).toMatchObject([{ type: 'or', children: [{ text: 'school' }, { text: 'scholen' }] }])
    expect(parseQuery('(school OR scholen) +kinderen', { defaultOperator: 'and' })).toMatchObject({
      type: 'and',
      children: [
        { type: 'or', children: [{ text: 'school' }, { text: 'scholen' }] },
        { type: 'term', text: 'kinderen' },
      ],
    })
    // A filter is required unless it is part of an OR chain.
    const required = (child: object, start: number, end: number) => ({ type: 'required', child, start, end })
    expect(parseQuery('role:answer speaker:"Bart Somers" document:42').children).toEqual([
      required({ type: 'field', field: 'role', value: 'answer', start: 0, end: 11 }, 0, 11),
      required({ type: 'field', field: 'speaker', value: 'Bart Somers', start: 12, end: 33 }, 12, 33),
      required({ type: 'field', field: 'document', value: '42', start: 34, end: 45 }, 34, 45),
    ])
    expect(parseQuery('role:answer OR role:question').children).toMatchObject([
      {
        type: 'or',
        children: [
          { type: 'field', value: 'answer' },
          { type: 'field', value: 'question' },
        ],
      },
    ])
    expect(parseQuery('kinder\\* \\-stad \\"zo').children).toEqual([
      { type: 'term', text: 'kinder*', start: 0, end: 8 },
      { type: 'term', text: '-stad', start: 9, end: 15 },
      { type: 'term', text: '"zo', start: 16, end: 20 },
    ])
  })

  it('keeps a hyphen inside a word and only reads + and - at the start of a clause', () => {
    expect(parseQuery('N-VA out-of-the-box a+b').children.map((n) => n.type === 'term' && n.text)).toEqual(['N-VA', 'out-of-the-box', 'a+b'])
  })
})

describe('search with the query language on real sentences', () => {
  it('plain words: inflected forms match, and by default more words rank higher', () => {
    // 7 sentences have kinderen and 7 others kind: the override joins the irregular plural.
    // One more has kind only inside the compound kindzorg ("ouder- en kindzorg").
    expect(search('kinderen').total).toBe(15)
    expect(all('kinderen')).toContain('Vooral voor de zorgverleners uit de ouder- en [kind]zorg zal dit een duidelijke verandering zijn.')
    const hits = all('preventieve kinderen')
    expect(hits[0]).toMatch(/\[preventieve\].*\[kinderen\]/)
  })

  it('phrases: only consecutive words in order', () => {
    expect(all('"preventieve zorg"')).toEqual([
      'De [preventieve zorg] voor kinderen van 0 tot 4 jaar wordt momenteel uitgevoerd vanuit ongeveer 1450 consultatiebureaus door 62 thuiszorgorganisaties.',
      'De [preventieve zorg] voor kinderen en jeugdigen van 4 tot 19 jaar is in handen van 44 (inter)gemeentelijke gezondheidsdiensten (GGD-en).',
    ])
    expect(search('"zorg preventieve"').total).toBe(0)
  })

  it('phrases with slop: "de eerste"~1 also finds "de … eerste" with one word between', () => {
    expect(search('"tweevoudige race"').total).toBe(0)
    expect(all('"eerste race"~0')).toEqual(['In lichte omstandigheden won de tweevoudige wereldkampioene de [eerste race].'])
    expect(search('"wereldkampioene race"~1').total).toBe(0)
    expect(all('"wereldkampioene eerste race"~1')).toEqual(['In lichte omstandigheden won de tweevoudige [wereldkampioene] de [eerste] [race].'])
  })

  it('prefix: continues to words whose stem differs from the prefix', () => {
    expect(all('wereldkampioen*')).toEqual([
      'In lichte omstandigheden won de tweevoudige [wereldkampioene] de eerste race.',
      'De drievoudig olympisch kampioene hield de Amerikaanse Holden, [wereldkampioene] tijdrijden, achter zich.',
    ])
    expect(all('gezondheidsz*')[0]).toContain('[gezondheidszorg]')
  })

  it('prefix: every prefix of 3 or more letters finds the word, also where the stem is shorter', () => {
    const index = createIndex()
    index.addAll([
      { id: 1, text: 'De vergunning is verleend.' },
      { id: 2, text: 'Mogelijkheden genoeg in de gemeenteraad.' },
    ])
    for (const word of ['vergunning', 'verleend', 'mogelijkheden', 'gemeenteraad']) {
      for (let length = 3; length <= word.length; length++) {
        const prefix = word.slice(0, length)
        expect(
          index.search(`${prefix}*`).map((h) => h.text.toLowerCase()),
          prefix,
        ).toContainEqual(expect.stringContaining(word))
      }
    }
  })

  it('as you type: the last word matches as a word or a prefix, so results never vanish mid-word', () => {
    expect(search('ziekenhuizen').total).toBe(1)
    expect(news.search('ziekenhuizen', { asYouType: true }).total).toBe(1) // the whole word still stems
    expect(search('wereldkamp').total).toBe(0)
    expect(news.search('wereldkamp', { asYouType: true }).total).toBe(2)
    expect(news.search('wereldkamp ', { asYouType: true }).total).toBe(0) // a space ends the word
    expect(parseQuery('role:answer veilig', { asYouType: true }).children.at(-1)).toMatchObject({
      type: 'or',
      children: [{ type: 'term' }, { type: 'prefix' }],
    })
    expect(parseQuery('veilig role:answer', { asYouType: true }).children.at(-1)).toMatchObject({ type: 'required', child: { type: 'field', value: 'answer' } })
    expect(parseQuery('"zieke kind', { asYouType: true }).children.at(-1)).toMatchObject({ type: 'phrase' })
  })

  it('as you type: every prefix of 40 words finds exactly the sentences whose words it begins or stems like', () => {
    // For each prefix the sentences that should match are worked out from the text: those with a
    // word (or compound part) whose term is the prefix's own or that of a word the prefix begins.
    // Nothing else may be among the hits (no near words of a typo), and when ten or fewer
    // sentences match, all of them are. Words of eight letters or more, in text order.
    const text = readFixture('ud-dutch/nieuws.txt')
    const sentences = segment(text).map((s) => ({ text: s.text, terms: new Set(defaultAnalyzer.analyze(s.text).map((t) => t.term)) }))
    const tokens = defaultAnalyzer.analyze(text)
    const vocabulary = [...new Set(tokens.map((t) => defaultAnalyzer.normalize(t.surface)))]
    const words = [
      ...new Set(
        tokens.filter((t) => t.kind === 'word' && t.surface.length >= 8 && /^\p{L}+$/u.test(t.surface)).map((t) => defaultAnalyzer.normalize(t.surface)),
      ),
    ].slice(0, 40)
    expect(words).toHaveLength(40)
    for (const word of words) {
      for (let length = 3; length <= word.length; length++) {
        const prefix = word.slice(0, length)
        const terms = new Set([defaultAnalyzer.term(prefix), ...vocabulary.filter((w) => w.startsWith(prefix)).map((w) => defaultAnalyzer.term(w))])
        const matching = sentences.filter((s) => [...s.terms].some((term) => terms.has(term))).map((s) => s.text)
        const hits = news.search(prefix, { asYouType: true, limit: 10 }).map((hit) => hit.text)
        expect(hits.length, prefix).toBeGreaterThan(0)
        expect(
          hits.filter((hit) => !matching.includes(hit)),
          prefix,
        ).toEqual([])
        if (matching.length <= 10) expect(hits.length, prefix).toBe(matching.length)
      }
    }
    // The cases that showed it: near words of a word still being typed (vlam for vilam, Trimble for wimble).
    expect(news.search('vilam', { asYouType: true }).map((hit) => hit.text)).toEqual([expect.stringContaining('Vilamoura')])
    expect(news.search('wimble', { asYouType: true }).every((hit) => hit.text.includes('Wimbledon'))).toBe(true)
    // A typo that nothing continues is still looked up fuzzily (one edit at seven letters).
    expect(news.search('regerng', { asYouType: true }).total).toBe(news.search('regerng~1').total)
  })

  it('fuzzy: a typo within the automatic or given distance', () => {
    // Three sentences have regering, three more the compounds regering·s·leider(s) and regering·s·fractie.
    expect(all('regerng~').filter((hit) => hit.includes('[regering]'))).toHaveLength(6)
    expect(all('regerng~')[0]).toContain('[regering]') // one edit ranks above two (regen)
    expect(all('regerng~')).toContain('De [regen] kwam te laat voor hem, na vijftien ronden pas.')
    // Expansion goes through stems, so regering also reaches regeringen (stem regeer).
    expect(all('regerng~1').every((hit) => /\[regering(en)?\]/.test(hit))).toBe(true)
    expect(search('regerng~0').total).toBe(0)
  })

  it('typo fallback: a word of five letters or more that matches nothing is looked up fuzzily', () => {
    // regerng is in no sentence, so it is read as regerng~1: one edit up to seven letters (regerng~
    // allows two, and finds regen too), two from eight.
    expect(news.search('regerng', { limit: 50 }).map((h) => h.id)).toEqual(news.search('regerng~1', { limit: 50 }).map((h) => h.id))
    expect(news.search('regerng~', { limit: 50 }).length).toBeGreaterThan(news.search('regerng', { limit: 50 }).length)
    expect(news.search('kinderarmoed', { limit: 50 }).total).toBe(news.search('kinderarmoed~2', { limit: 50 }).total)
    expect(news.search('regerng', { typoFallback: false }).total).toBe(0)
    // A word the index has is not expanded; a short word or an excluded one never is.
    expect(
      news
        .search('regen')
        .map((h) => h.text)
        .every((text) => /\bregen/i.test(text)),
    ).toBe(true)
    expect(news.search('regn').total).toBe(0)
    expect(news.search('kinderen -regerng').total).toBe(news.search('kinderen').total)
    expect(() => news.search('regerng', { typoFallback: 'yes' as never })).toThrow(InvalidOptionError)
  })

  it('+ requires and - excludes a word or a phrase', () => {
    const required = search('+kinderen zorg')
    expect(required.total).toBe(15)
    // kind(eren) as a word, or as the part of a compound (kindzorg)
    expect(required.every((hit) => /\bkind(eren|zorg)?\b/i.test(hit.text))).toBe(true)
    expect(marked(required)[0]).toMatch(/\[zorg\]/)
    expect(search('kinderen -zorg').every((hit) => !/\bzorg\b/.test(hit.text))).toBe(true)
    expect(search('kinderen -"preventieve zorg"').total).toBe(13)
    expect(search('-kinderen').total).toBe(0)
  })

  it('OR and grouping combine alternatives', () => {
    expect(search('Feyenoord OR Ajax').map((h) => h.text)).toEqual(['Met Shinji Ono lijkt Feyenoord een goede slag te hebben geslagen.'])
    expect(search('(Feyenoord OR Ono) slag', 5)[0].text).toBe('Met Shinji Ono lijkt Feyenoord een goede slag te hebben geslagen.')
    expect(news.search('preventieve zorg', { defaultOperator: 'and' }).total).toBe(2)
    expect(news.search('preventieve (zorg OR jeugdigen) kinderen', { defaultOperator: 'and' }).total).toBe(2)
  })

  it('document: filters by document id', () => {
    const two = createIndex()
    two.addAll([
      { id: 'a', text: 'De stad groeit.' },
      { id: 7, text: 'De stad krimpt.' },
    ])
    expect(two.search('stad document:7').map((h) => h.text)).toEqual(['De stad krimpt.'])
    expect(two.search('document:a').map((h) => h.text)).toEqual(['De stad groeit.'])
    expect(two.search('stad -document:a').map((h) => h.documentId)).toEqual([7])
  })

  it('escapes: a backslash makes * ~ - " plain characters', () => {
    expect(search('wereldkampi*').total).toBe(2)
    // The words wereldkampi and regerng~, which no sentence has (without the typo fallback,
    // which would look them up fuzzily).
    expect(news.search('wereldkampi\\*', { typoFallback: false }).total).toBe(0)
    expect(news.search('regerng\\~', { typoFallback: false }).total).toBe(0)
    expect(search('\\-kinderen').total).toBe(15) // a word, not an exclusion
  })
})

describe('field filters on an interview', () => {
  const text = readFixture('interview/synthetic-interview.txt')
  const index = createIndex({ paragraphs: 'line' })
  index.addSegmented({ id: 'interview', text }, segmentInterview(text, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid' }))

  it('role: and speaker: keep sentences of that role or speaker, with words or alone', () => {
    expect(index.search('role:question', { limit: 20 }).map((h) => h.text)).toEqual([
      'Hoe zag de wijk eruit toen u begon?',
      'Wat deed u eerst?',
      'Was dat niet te weinig?',
      'En nu?',
    ])
    expect(index.search('buurt role:answer').map((h) => h.role)).toEqual(['answer'])
    expect(index.search('buurt speaker:"karim bouzid"').map((h) => h.speaker)).toEqual(['Karim Bouzid'])
    expect(
      index
        .search('buurt -role:answer', { duplicates: 'keep' })
        .map((h) => h.role)
        .sort(),
    ).toEqual(['intro', 'pullquote'])
    expect(index.search('speaker:nobody').total).toBe(0)
  })
})

describe('slop semantics (Elasticsearch: total moves, a swap costs 2)', () => {
  const index = createIndex()
  index.addAll([
    { id: 'exact', text: 'het zieke kind slaapt' },
    { id: 'gap1', text: 'het zieke kleine kind slaapt' },
    { id: 'gap2', text: 'het zieke en kleine kind slaapt' },
    { id: 'swap', text: 'het kind is zieke' },
    { id: 'swapped', text: 'het kind zieke slaapt' },
  ])
  const ids = (query: string) =>
    index
      .search(query)
      .map((h) => h.documentId)
      .sort()

  it('matches by the number of moves allowed', () => {
    expect(ids('"zieke kind"')).toEqual(['exact'])
    expect(ids('"zieke kind"~1')).toEqual(['exact', 'gap1'])
    expect(ids('"zieke kind"~2')).toEqual(['exact', 'gap1', 'gap2', 'swapped'])
    expect(ids('"zieke kind"~3')).toEqual(['exact', 'gap1', 'gap2', 'swap', 'swapped'])
  })

  it('does not match words of two sentences', () => {
    const two = createIndex()
    two.add({ id: 1, text: 'Hij was de zieke. Kind en ouders sliepen.' })
    expect(two.search('"zieke kind"~5').total).toBe(0)
  })
})

describe('lenient and strict parsing of tricky input', () => {
  // [input, strict error start or null when strict accepts it]
  const table: [string, number | null][] = [
    ['', null],
    ['   ', null],
    ['armoede', null],
    ['"zieke kind', 11],
    ['zieke kind"', 11],
    ['"', 1],
    ['""', null],
    ['(armoede', 8],
    ['armoede)', 7],
    [')(', 0],
    ['()', 0],
    ['((kind)', 7],
    ['-', 0],
    ['+', 0],
    ['- armoede', 0],
    ['armoede -', 8],
    ['+-armoede', 0],
    ['--armoede', 0],
    ['OR', 0],
    ['OR armoede', 0],
    ['armoede OR', 8],
    ['armoede OR OR kind', 8],
    [':', null],
    ['armoede:', 0],
    ['foo:bar', 0],
    ['role:', 0],
    ['role: answer', 0],
    ['speaker:"Bart', 13],
    ['*', 0],
    ['~', 0],
    ['kind~3', 0],
    ['kind~0', null],
    ['"zieke kind"~', 12],
    ['\\', null],
    ['a\\', null],
    ['\\"', null],
    ['„zieke kind”', null],
    ['"""', 3],
    ['kind))', 4],
    ['+(', 2],
    ['-"', 2],
    ['a OR (b', 7],
    ['role:answer', null],
    ['document:', 0],
    ['🙂 OR', 3],
    ['\u0000', null],
    ['role:foo armoede', 5],
    ['role:answers', 5],
    ['role:"answer"', null],
    [`${'('.repeat(32)}kind${')'.repeat(32)}`, null],
    [`${'('.repeat(33)}kind${')'.repeat(33)}`, 32],
    [`${'('.repeat(2000)}kind${')'.repeat(2000)}`, 32],
    [`${'-('.repeat(3000)}kind`, 65],
  ]

  for (const [input, strictError] of table) {
    it(`${JSON.stringify(input)}: lenient returns results, strict ${strictError === null ? 'accepts it' : `throws at ${strictError}`}`, () => {
      expect(Array.isArray(news.search(input))).toBe(true)
      const strict = () => news.search(input, { strict: true })
      if (strictError === null) {
        expect(strict).not.toThrow()
      } else {
        expect(strict).toThrow(QuerySyntaxError)
        try {
          strict()
        } catch (error) {
          expect((error as QuerySyntaxError).start).toBe(strictError)
          expect((error as QuerySyntaxError).code).toBe('QUERY_SYNTAX')
        }
      }
    })
  }

  it('reads brackets nested too deeply as the group around them, and an unknown role as a filter no sentence passes', () => {
    const deep = `${'('.repeat(2000)}ziekenhuizen${')'.repeat(2000)}`
    expect(news.search(deep).map((hit) => hit.text)).toEqual(news.search('ziekenhuizen').map((hit) => hit.text))
    expect(news.search(deep)).not.toHaveLength(0)
    expect(news.search('role:foo ziekenhuizen')).toHaveLength(0)
  })

  it('has at least 40 cases', () => {
    expect(table.length).toBeGreaterThanOrEqual(40)
  })
})

describe('result options', () => {
  it('pages with limit and offset, and counts every hit in total', () => {
    const first = search('de', 5)
    const second = news.search('de', { limit: 5, offset: 5 })
    expect(first.total).toBe(second.total)
    expect(first.total).toBeGreaterThan(100)
    expect(new Set([...first, ...second].map((h) => h.id)).size).toBe(10)
    expect(news.search('de', { limit: 10 }).map((h) => h.id)).toEqual([...first, ...second].map((h) => h.id))
  })

  it('gives every hit its highlights as a field that copies and serialises, worked out when first read', () => {
    const [hit] = news.search('kinderen')
    const { highlights } = hit
    expect(highlights.length).toBeGreaterThan(0)
    expect(hit.highlights).toBe(highlights)
    expect(Object.keys(hit)).toContain('highlights')
    expect({ ...hit }.highlights).toEqual(highlights)
    expect(JSON.parse(JSON.stringify(hit)).highlights).toEqual(highlights)
    expect(highlights.every((span) => /^kind/i.test(hit.text.slice(span.start, span.end)))).toBe(true)
    // The fields in the documented order, optional ones only when they have a value.
    expect(Object.keys(hit)).toEqual(['id', 'documentId', 'text', 'start', 'end', 'paragraph', 'index', 'score', 'metadata', 'highlights'])
    const [answer] = loadInterview().search('role:answer Mechelen', { context: 1 })
    expect(Object.keys(answer)).toEqual([
      'id',
      'documentId',
      'text',
      'start',
      'end',
      'paragraph',
      'index',
      'role',
      'speaker',
      'score',
      'metadata',
      'highlights',
      'context',
    ])
  })

  it('plans a query string once until the documents change', () => {
    const small = createIndex()
    small.add({ id: 1, text: 'De haven groeit.' })
    // A typo: nothing has the word, so the fallback finds haven.
    expect(small.search('havne').map((hit) => hit.text)).toEqual(['De haven groeit.'])
    small.add({ id: 2, text: 'Een havne is geen woord.' })
    // Now the index has the word, so the plan is the word itself.
    expect(small.search('havne').map((hit) => hit.text)).toEqual(['Een havne is geen woord.'])
    small.remove(2)
    expect(small.search('havne').map((hit) => hit.text)).toEqual(['De haven groeit.'])
    // Options that shape the plan are part of what is kept.
    expect(small.search('havne', { typoFallback: false })).toEqual([])
  })

  it('keeps only what the filter callback accepts, before paging', () => {
    const hits = news.search('kinderen', { filter: (hit) => hit.text.includes('preventieve') })
    expect(hits.total).toBe(2)
  })

  it('boosts roles and adds context sentences of the same paragraph', () => {
    const text = readFixture('interview/synthetic-interview.txt')
    const index = createIndex({ paragraphs: 'line' })
    index.addSegmented({ id: 'i', text }, segmentInterview(text, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid' }))
    expect(index.search('wijk')[0].role).toBe('heading')
    expect(index.search('wijk', { roleBoost: { question: 10 } })[0].role).toBe('question')
    const [hit] = index.search('"helft van de winkels"', { context: 1 })
    expect(hit.context).toEqual({
      before: [expect.objectContaining({ text: '‘Leeg.' })],
      after: [expect.objectContaining({ text: 'Wij hebben hier een Yes we can!-verhaal verteld.’' })],
    })
    expect(() => index.search('x', { roleBoost: { chorus: 2 } as never })).toThrow(InvalidOptionError)
  })

  it('explains a hit: its terms, fields and score parts', () => {
    const [hit] = news.search('preventieve kinderen', { explain: true })
    expect(hit.explain?.parts.map((p) => p.term).sort()).toEqual(['kind', 'preventief'])
    expect(hit.explain?.parts.every((p) => p.fields.includes('terms') && p.score > 0)).toBe(true)
    const sum = (hit.explain?.parts ?? []).reduce((total, part) => total + part.score * part.weight, 0)
    expect(hit.explain?.coordination).toBe(2)
    expect(hit.score).toBeCloseTo(sum * 2 + (hit.explain?.contextScore ?? 0) + (hit.explain?.adjacentScore ?? 0) + (hit.explain?.exactScore ?? 0), 6)
    // A stop word among other words weighs 0.1.
    const [mixed] = news.search('de preventieve', { explain: true })
    expect(mixed.explain?.parts.find((p) => p.term === 'de')?.weight).toBe(0.1)
    const mixedSum = (mixed.explain?.parts ?? []).reduce((total, part) => total + part.score * part.weight, 0)
    expect(mixed.score).toBeCloseTo(
      mixedSum * (mixed.explain?.coordination ?? 0) +
        (mixed.explain?.contextScore ?? 0) +
        (mixed.explain?.adjacentScore ?? 0) +
        (mixed.explain?.exactScore ?? 0),
      6,
    )
  })

  it('explains every hit so that its parts add up to its score, also where a term is asked twice', () => {
    // As you type, `regering` is asked as a word and as a prefix; school and scholen have one term.
    const queries: [string, boolean][] = [
      ['de regering', true],
      ['regering', true],
      ['de', true],
      ['school OR scholen', false],
      ['wereldkamp', true],
      ['"de eerste" race', true],
      ['kinderen -school', false],
      ['regerng', false],
      ['de regering van', false],
    ]
    for (const [query, asYouType] of queries) {
      const hits = news.search(query, { explain: true, asYouType, limit: 100 })
      expect(hits.length, query).toBeGreaterThan(0)
      for (const hit of hits) {
        const { parts, coordination, roleBoost, contextScore, adjacentScore, exactScore } = hit.explain as Explanation
        expect(
          parts.reduce((sum, part) => sum + part.score * part.weight, 0) * coordination * (roleBoost ?? 1) +
            (contextScore ?? 0) +
            (adjacentScore ?? 0) +
            (exactScore ?? 0),
          query,
        ).toBeCloseTo(hit.score, 6)
      }
    }
  })

  it('suggests real words of the text for a prefix, commonest first', () => {
    expect(news.suggest('kinder')).toEqual([{ word: 'kinderen', sentences: 7 }])
    expect(news.suggest('Max')).toEqual([{ word: 'Máxima', sentences: 3 }])
    expect(news.suggest('reg', { limit: 2 }).map((s) => s.word)).toEqual(['regering', 'regen'])
    expect(news.suggest('')).toEqual([])
  })

  it('rejects invalid options', () => {
    expect(() => news.search('x', { offset: -1 })).toThrow(InvalidOptionError)
    expect(() => news.search('x', { context: 1.5 })).toThrow(InvalidOptionError)
    expect(() => news.search('x', { duplicates: 'drop' as never })).toThrow(InvalidOptionError)
    expect(() => news.search('x', { filter: 'yes' as never })).toThrow(InvalidOptionError)
    expect(() => news.suggest('x', { max: 1 } as never)).toThrow(InvalidOptionError)
  })
})
