import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  createIndex,
  DocumentNotFoundError,
  DuplicateIdError,
  highlight,
  InvalidDocumentError,
  InvalidOptionError,
  loadIndex,
  parseQuery,
  segmentInterview,
  type SearchHit,
} from '../src/index.js'
import { readFixture } from './helpers.js'

const texts = (hits: readonly SearchHit[]) => hits.map((hit) => hit.text)
const marked = (hits: readonly SearchHit[]) => hits.map((hit) => highlight(hit, { before: '[', after: ']', escapeHtml: false }))

function sampleIndex() {
  const index = createIndex()
  index.add({
    id: 'stad',
    text: 'Mechelen was het zieke kind van Vlaanderen. Een kind is niet altijd ziek.\n\nDe migranten kwamen in de jaren negentig. Wat gaat u doen met de migrant?',
    source: 'test',
  })
  index.add({ id: 2, text: 'De N-VA won in 1994 met 12,5 procent. Zo’n camera’s hangen overal.' })
  return index
}

describe('SentenceIndex.add and search', () => {
  it('finds inflected forms through the stemmer: migrant finds migranten', () => {
    const hits = sampleIndex().search('migrant')
    expect(texts(hits)).toEqual(expect.arrayContaining(['De migranten kwamen in de jaren negentig.', 'Wat gaat u doen met de migrant?']))
    expect(hits).toHaveLength(2)
  })

  it('returns typed hits with offsets into the document and highlights into the sentence', () => {
    const [hit] = sampleIndex().search('negentig')
    expect(hit).toMatchObject({
      id: 'stad#2',
      documentId: 'stad',
      text: 'De migranten kwamen in de jaren negentig.',
      paragraph: 1,
      index: 2,
      metadata: { source: 'test' },
    })
    expect(hit.score).toBeGreaterThan(0)
    const doc =
      'Mechelen was het zieke kind van Vlaanderen. Een kind is niet altijd ziek.\n\nDe migranten kwamen in de jaren negentig. Wat gaat u doen met de migrant?'
    expect(doc.slice(hit.start, hit.end)).toBe(hit.text)
    expect(hit.highlights.map((s) => hit.text.slice(s.start, s.end))).toEqual(['negentig'])
  })

  it('matches a quoted phrase only where its words stand in that order', () => {
    const index = sampleIndex()
    expect(marked(index.search('"zieke kind"'))).toEqual(['Mechelen was het [zieke kind] van Vlaanderen.'])
    expect(index.search('"kind ziek"')).toEqual([])
    expect(index.search('"Vlaanderen een"')).toEqual([]) // the words are in two sentences
    expect(marked(index.search('"jaren negentig"'))).toEqual(['De migranten kwamen in de [jaren negentig].'])
  })

  it('ranks sentences with more query words first by default', () => {
    const hits = sampleIndex().search('kind ziek')
    expect(texts(hits).slice(0, 2).sort()).toEqual(['Een kind is niet altijd ziek.', 'Mechelen was het zieke kind van Vlaanderen.'])
    expect(marked(hits)[0]).toMatch(/\[kind\].*\[ziek/)
  })

  it('can require every word with defaultOperator "and"', () => {
    const index = sampleIndex()
    expect(index.search('kind migranten')).toHaveLength(4)
    expect(index.search('kind migranten', { defaultOperator: 'and' })).toEqual([])
  })

  it('gives stop words little weight, but a stop-word-only query still finds sentences', () => {
    const index = sampleIndex()
    const onlyStop = index.search('de')
    expect(onlyStop.length).toBeGreaterThan(0)
    const mixed = index.search('de Vlaanderen')
    expect(mixed[0].text).toBe('Mechelen was het zieke kind van Vlaanderen.')
    const withDe = mixed.find((hit) => hit.text.startsWith('De migranten'))
    expect(withDe?.score ?? 0).toBeLessThan(mixed[0].score / 5)
  })

  it('finds overheid and overheden, not every sentence with over', () => {
    const index = createIndex()
    index.add({ id: 'x', text: 'De overheid betaalt. We spraken over geld. Alle overheden doen mee. Een eenheid van een stad.' })
    expect(texts(index.search('overheid'))).toEqual(['De overheid betaalt.', 'Alle overheden doen mee.'])
    expect(marked(index.search('eenheid'))).toEqual(['Een [eenheid] van een stad.'])
  })

  it('finds hyphenated words whole and by part, numbers whole, and camera’s by camera', () => {
    const index = sampleIndex()
    expect(marked(index.search('N-VA'))).toEqual(['De [N-VA] won in 1994 met 12,5 procent.'])
    expect(marked(index.search('VA'))).toEqual(['De N-[VA] won in 1994 met 12,5 procent.'])
    expect(marked(index.search('12,5'))).toEqual(['De N-VA won in 1994 met [12,5] procent.'])
    expect(marked(index.search('camera'))).toEqual(['Zo’n [camera’s] hangen overal.'])
  })

  it('accepts a query tree built without the string syntax', () => {
    const tree = {
      type: 'and',
      start: 0,
      end: 0,
      children: [
        { type: 'term', text: 'kind', start: 0, end: 0 },
        { type: 'phrase', text: 'niet altijd', start: 0, end: 0 },
      ],
    } as const
    expect(texts(sampleIndex().search(tree))).toEqual(['Een kind is niet altijd ziek.'])
    expect(parseQuery('kind "niet altijd"')).toMatchObject({
      type: 'or',
      children: [
        { type: 'term', text: 'kind' },
        { type: 'phrase', text: 'niet altijd' },
      ],
    })
  })

  it('returns at most limit hits (default 10) and nothing for an empty query', () => {
    const index = createIndex()
    index.add({ id: 'veel', text: Array.from({ length: 30 }, (_, i) => `Zin ${i} over de stad.`).join(' ') })
    expect(index.search('stad')).toHaveLength(10)
    expect(index.search('stad', { limit: 3 })).toHaveLength(3)
    expect(index.search('')).toEqual([])
    expect(index.search('  !! ')).toEqual([])
  })

  it('rejects unknown and invalid search options with InvalidOptionError', () => {
    const index = sampleIndex()
    expect(() => index.search('x', { limt: 3 } as never)).toThrow(InvalidOptionError)
    expect(() => index.search('x', { limit: -1 })).toThrow(InvalidOptionError)
    expect(() => index.search('x', { defaultOperator: 'xor' as never })).toThrow(InvalidOptionError)
    expect(() => index.search({ type: 'near' } as never)).toThrow(InvalidOptionError)
    expect(() => index.search('x', { limit: null } as never)).toThrow(InvalidOptionError)
    expect(() => index.search('x', { expand: null } as never)).toThrow(InvalidOptionError)
  })

  it('takes an option given as undefined as its default', () => {
    const index = createIndex()
    index.add({ id: 'veel', text: Array.from({ length: 30 }, (_, i) => `Zin ${i} over de stad.`).join(' ') })
    expect(index.search('stad', { limit: undefined, offset: undefined, expand: undefined })).toEqual(index.search('stad'))
    expect(index.search('stad', { limit: undefined })).toHaveLength(10)
  })
})

describe('SentenceIndex errors leave the index unchanged', () => {
  it('throws DuplicateIdError for a taken id, and adds nothing of a batch with a bad document', () => {
    const index = sampleIndex()
    const before = JSON.stringify(index)
    expect(() => index.add({ id: 'stad', text: 'Nog een keer.' })).toThrow(DuplicateIdError)
    expect(() =>
      index.addAll([
        { id: 'x', text: 'Goed.' },
        { id: 'x', text: 'Dubbel.' },
      ]),
    ).toThrow(DuplicateIdError)
    expect(() =>
      index.addAll([
        { id: 'y', text: 'Goed.' },
        { id: 'z', text: 42 as never },
      ]),
    ).toThrow(InvalidDocumentError)
    expect(JSON.stringify(index)).toBe(before)
    expect(index.has('x') || index.has('y')).toBe(false)
  })

  it('throws InvalidDocumentError for a non-string text, a bad id or non-JSON metadata', () => {
    const index = createIndex()
    expect(() => index.add({ id: 1, text: null as never })).toThrow(InvalidDocumentError)
    expect(() => index.add({ id: {} as never, text: 'x' })).toThrow(InvalidDocumentError)
    expect(() => index.add({ id: Number.NaN, text: 'x' })).toThrow(InvalidDocumentError)
    expect(() => index.add({ id: 1, text: 'x', when: new Date() as never })).toThrow(InvalidDocumentError)
    expect(() => index.add(null as never)).toThrow(InvalidDocumentError)
    // biome-ignore lint/suspicious/noSparseArray: a hole in the batch is what is tested
    expect(() => index.addAll([{ id: 1, text: 'x' }, , { id: 2, text: 'y' }] as never)).toThrow(InvalidDocumentError)
    // biome-ignore lint/suspicious/noSparseArray: a hole in the segments is what is tested
    expect(() => index.addSegmented({ id: 3, text: 'Een. Twee.' }, [{ start: 0, end: 4, paragraph: 0 }, ,] as never)).toThrow(InvalidDocumentError)
    expect(index.documentCount).toBe(0)
  })

  it('removes and replaces documents, and throws DocumentNotFoundError for a missing id', () => {
    const index = sampleIndex()
    index.remove(2)
    expect(index.search('N-VA')).toEqual([])
    expect(() => index.remove(2)).toThrow(DocumentNotFoundError)
    expect(() => index.replace({ id: 'nieuw', text: 'x' })).toThrow(DocumentNotFoundError)
    index.replace({ id: 'stad', text: 'Nu gaat het over scholen.' })
    expect(texts(index.search('school'))).toEqual(['Nu gaat het over scholen.'])
    expect(index.search('migrant')).toEqual([])
    expect(index.documentCount).toBe(1)
  })

  it('rejects unknown index options', () => {
    expect(() => createIndex({ paragraph: 'line' } as never)).toThrow(InvalidOptionError)
    expect(() => createIndex({ paragraphs: 'page' as never })).toThrow(InvalidOptionError)
  })
})

describe('SentenceIndex with interview structure', () => {
  it('returns role and speaker on hits of an interview added with addSegmented', () => {
    const text = readFixture('interview/synthetic-interview.txt')
    const index = createIndex({ paragraphs: 'line' })
    index.addSegmented({ id: 'interview', text }, segmentInterview(text, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid' }))
    const hits = index.search('veilig', { duplicates: 'keep' })
    expect(hits.map((h) => [h.role, h.speaker])).toEqual(
      expect.arrayContaining([
        ['answer', 'Karim Bouzid'],
        ['pullquote', 'Karim Bouzid'],
      ]),
    )
    const pullquote = hits.find((h) => h.role === 'pullquote')
    expect(hits.find((h) => h.index === pullquote?.duplicateOf)?.role).toBe('answer')
    // By default the pull quote collapses into the answer sentence it repeats.
    const collapsed = index.search('veilig')
    expect(collapsed.map((h) => h.role)).not.toContain('pullquote')
    expect(collapsed.filter((h) => h.index === pullquote?.duplicateOf)).toHaveLength(1)
    expect(collapsed.total).toBe(hits.total - 1)
    expect(index.search('eerst').map((h) => [h.text, h.role, h.speaker])).toEqual(expect.arrayContaining([['Wat deed u eerst?', 'question', 'Anna de Vries']]))
  })

  it('rejects segments that are out of order or outside the text', () => {
    const index = createIndex()
    expect(() =>
      index.addSegmented({ id: 1, text: 'Een. Twee.' }, [
        { start: 5, end: 10, paragraph: 0 },
        { start: 0, end: 4, paragraph: 0 },
      ]),
    ).toThrow(InvalidDocumentError)
    expect(() => index.addSegmented({ id: 1, text: 'Een.' }, [{ start: 0, end: 40, paragraph: 0 }])).toThrow(InvalidDocumentError)
    expect(index.documentCount).toBe(0)
  })
})

describe('listing sentences and typed metadata', () => {
  it('lists every sentence with its structure, of all documents or of one, also after loading', () => {
    const index = createIndex<{ date: string }>()
    index.add({ id: 'a', text: 'Mechelen is een stad. Er wonen veel nieuwkomers.', date: '2019-06-07' })
    index.addSegmented({ id: 'b', text: 'Wat nu?\n‘Samen.’', date: '2019-06-08' }, [
      { start: 0, end: 7, paragraph: 0, role: 'question', speaker: 'Leo Mudde' },
      { start: 8, end: 16, paragraph: 1, role: 'answer', speaker: 'Bart Somers' },
    ])
    const expected = [
      { id: 'a#0', documentId: 'a', text: 'Mechelen is een stad.', start: 0, end: 21, paragraph: 0, index: 0, metadata: { date: '2019-06-07' } },
      { id: 'a#1', documentId: 'a', text: 'Er wonen veel nieuwkomers.', start: 22, end: 48, paragraph: 0, index: 1, metadata: { date: '2019-06-07' } },
      {
        id: 'b#0',
        documentId: 'b',
        text: 'Wat nu?',
        start: 0,
        end: 7,
        paragraph: 0,
        index: 0,
        role: 'question',
        speaker: 'Leo Mudde',
        metadata: { date: '2019-06-08' },
      },
      {
        id: 'b#1',
        documentId: 'b',
        text: '‘Samen.’',
        start: 8,
        end: 16,
        paragraph: 1,
        index: 1,
        role: 'answer',
        speaker: 'Bart Somers',
        metadata: { date: '2019-06-08' },
      },
    ]
    expect(index.sentences()).toEqual(expected)
    expect(index.sentences('b')).toEqual(expected.slice(2))
    expect(loadIndex(JSON.stringify(index)).sentences()).toEqual(expected)
    index.remove('a')
    expect(index.sentences().map((s) => s.id)).toEqual(['b#0', 'b#1'])
    expect(() => index.sentences('a')).toThrow(DocumentNotFoundError)
  })

  it('types metadata through createIndex<M>, hits and filter callbacks', () => {
    const index = createIndex<{ date: string; pages: number }>()
    index.add({ id: 1, text: 'Het zieke kind van Vlaanderen.', date: '2019-06-07', pages: 3 })
    const [hit] = index.search('kind', { filter: (info) => info.metadata.pages > 2 })
    expectTypeOf(hit.metadata.date).toEqualTypeOf<string>()
    expectTypeOf(hit.metadata.pages).toEqualTypeOf<number>()
    expect(hit.metadata).toEqual({ date: '2019-06-07', pages: 3 })
    expect(index.search('kind', { filter: (info) => info.metadata.pages > 3 })).toHaveLength(0)
  })
})

describe('highlight escaping', () => {
  const hit = { text: 'Armoede & <zorg>', highlights: [{ start: 0, end: 7 }] }

  it('escapes the text as HTML for HTML markers, the default included', () => {
    expect(highlight(hit)).toBe('<mark>Armoede</mark> &amp; &lt;zorg&gt;')
    expect(highlight(hit, { before: '<b>', after: '</b>' })).toBe('<b>Armoede</b> &amp; &lt;zorg&gt;')
  })

  it('leaves the text as it is for plain-text markers', () => {
    expect(highlight(hit, { before: '[', after: ']' })).toBe('[Armoede] & <zorg>')
  })

  it('follows escapeHtml when it is given', () => {
    expect(highlight(hit, { before: '[', after: ']', escapeHtml: true })).toBe('[Armoede] &amp; &lt;zorg&gt;')
    expect(highlight(hit, { escapeHtml: false })).toBe('<mark>Armoede</mark> & <zorg>')
  })
})
