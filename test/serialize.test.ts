import { describe, expect, it } from 'vitest'
import {
  AnalyzerMismatchError,
  createIndex,
  INDEX_FORMAT_VERSION,
  IndexFormatError,
  loadIndex,
  segmentInterview,
  version,
  type ZoekError,
  type Explanation,
  type SerializedIndex,
} from '../src/index.js'
import MiniSearch from 'minisearch'
import { checksumOf } from '../src/search/format/common.js'
import { SentenceMiniSearch } from '../src/search/engine/sentence-minisearch.js'
import { forEachPosting, type TermData } from '../src/search/format/v2.js'
import { readFixture } from './helpers.js'

const QUERIES = ['burgemeester', 'politie', '"de eerste"', 'gemeente stad', 'de', 'N-VA', '1995', 'wereldkampioen']

function newsIndex() {
  const index = createIndex()
  index.add({ id: 'nieuws', text: readFixture('ud-dutch/nieuws.txt'), source: 'UD Dutch', tags: ['a', 1, null, { b: true }] })
  index.add({ id: 7, text: 'Een korte tekst over de burgemeester.' })
  return index
}

const results = (index: ReturnType<typeof createIndex>) => QUERIES.map((q) => index.search(q, { limit: 20 }))
// Loose access to a parsed envelope, for corrupting it in tests.
// biome-ignore lint/suspicious/noExplicitAny: the tests write anything anywhere in the envelope
type Loose = Record<string, any>
const clone = (json: string) => JSON.parse(json) as Loose

describe('toJSON and loadIndex', () => {
  const index = newsIndex()
  const json = JSON.stringify(index)

  it('round-trip with identical search results, from a string, bytes or the parsed object', () => {
    const expected = results(index)
    expect(expected.flat().length).toBeGreaterThan(20)
    expect(results(loadIndex(json))).toEqual(expected)
    expect(results(loadIndex(new TextEncoder().encode(json)))).toEqual(expected)
    expect(results(loadIndex(new TextEncoder().encode(json).buffer as ArrayBuffer))).toEqual(expected)
    expect(results(loadIndex(JSON.parse(json)))).toEqual(expected)
  })

  it('writes a versioned envelope (format 2) with the analyzer identity and the zoek version', () => {
    const envelope: SerializedIndex = index.toJSON()
    expect(envelope).toMatchObject({ format: 'zoek-index', formatVersion: 2, zoekVersion: version, paragraphs: 'blank-line' })
    expect(INDEX_FORMAT_VERSION).toBe(2)
    expect(envelope.analyzer).toEqual({
      name: index.analyzer.name,
      version: '15',
      fingerprint: index.analyzer.fingerprint,
      stemmer: 'kraaij-pohlmann',
      overrides: true,
      compounds: true,
    })
    expect(envelope.documents.map((d) => d[0])).toEqual(['nieuws', 7])
    expect(envelope.documents[1]).toEqual([7, 'Een korte tekst over de burgemeester.']) // no empty metadata
    expect(envelope.sentences.lengths).toHaveLength(index.sentenceCount)
    expect(envelope.sentences.counts.reduce((a, b) => a + b, 0)).toBe(index.sentenceCount)
    expect(envelope.sentences.roles).toBeNull() // no sentence has a role
    expect(Object.keys(envelope).at(-1)).toBe('checksum')
  })

  it('writes the same bytes when the same input is built twice', () => {
    expect(JSON.stringify(newsIndex())).toBe(json)
  })

  it('keeps a loaded index usable for adding documents, and compacts removals', () => {
    const loaded = loadIndex(json)
    loaded.add({ id: 'nieuw', text: 'De burgemeester van Mechelen sprak.' })
    loaded.remove(7)
    const again = loadIndex(JSON.stringify(loaded))
    expect(again.search('burgemeester', { limit: 50 }).map((h) => h.documentId)).toContain('nieuw')
    expect(again.search('burgemeester', { limit: 50 }).map((h) => h.documentId)).not.toContain(7)
    expect(again.toJSON().sentences.lengths.length).toBe(again.sentenceCount)
  })

  it('restores MiniSearch directly, with the same data MiniSearch.loadJS would give it', async () => {
    const { terms, sentences } = index.toJSON()
    const rows = sentences.lengths.length
    // MiniSearch's own data, with its terms in one order (its radix tree lists them in another).
    const data = (index: { toJSON(): ReturnType<MiniSearch['toJSON']> }) => {
      const json = index.toJSON()
      return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : 1)) }
    }
    const viaLoadJS = data(MiniSearch.loadJS(plainObject(terms, rows), { fields: ['terms'] }))
    expect(viaLoadJS.index.length).toBe(terms.postings.length)
    const restored = SentenceMiniSearch.restore(terms, rows)
    expect(data(restored)).toEqual(viaLoadJS)
    expect(restored.termData(rows)).toEqual(terms)
    // The same after a change, which turns the loaded terms and rows into MiniSearch's own structures.
    const changed = MiniSearch.loadJS(plainObject(terms, rows), { fields: ['terms'] })
    restored.discard(3)
    restored.add({ id: rows, terms: ['nieuw', 'woord', 'nieuw'] })
    changed.discard(3)
    changed.add({ id: rows, terms: 'nieuw woord nieuw' })
    expect(data(restored)).toEqual(data(changed))
    expect(restored.search('nieuw')).toEqual(changed.search('nieuw'))
  })

  it('restores a custom analyzer configuration', () => {
    const porter = createIndex({ analyzer: { stemmer: 'porter', stopWords: ['de'], overrides: false, compounds: false } })
    porter.add({ id: 1, text: 'Zij lopen naar de stad.' })
    const loaded = loadIndex(JSON.stringify(porter))
    expect(loaded.analyzer.config).toEqual({ stemmer: 'porter', stopWords: ['de'], overrides: false, compounds: false })
    expect(loaded.analyzer.term('lopen')).toBe('lop')
    expect(loaded.analyzer.analyze('de het').map((t) => t.stop)).toEqual([true, false])
    expect(loaded.search('lopen').map((h) => h.text)).toEqual(['Zij lopen naar de stad.'])
  })
})

describe('loadIndex rejects bad input with a typed error', () => {
  const json = JSON.stringify(newsIndex())

  const cases: [string, unknown, typeof ZoekError, RegExp][] = [
    ['truncated JSON', json.slice(0, json.length / 2), IndexFormatError, /not valid JSON.*truncated/],
    ['not JSON', 'hallo', IndexFormatError, /not valid JSON/],
    ['JSON that is not an object', '[1,2,3]', IndexFormatError, /must be a JSON object/],
    ['invalid UTF-8 bytes', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), IndexFormatError, /not valid UTF-8/],
    ['a foreign format', mutate(json, (e) => (e.format = 'minisearch')), IndexFormatError, /"format" is "minisearch"/],
    ['another format version', mutate(json, (e) => (e.formatVersion = 99)), IndexFormatError, /format version 99.*Rebuild the index with zoek/],
    ['another analyzer fingerprint', mutate(json, (e) => (e.analyzer.fingerprint = '0000000000000000')), AnalyzerMismatchError, /fingerprint 0000000000000000/],
    ['another analyzer version', mutate(json, (e) => (e.analyzer.version = '0')), AnalyzerMismatchError, /zoek-dutch 0 /],
    ['a missing documents field', mutate(json, (e) => delete e.documents), IndexFormatError, /"documents" must be an array/],
    ['a changed value without a new checksum', mutate(json, (e) => (e.documents[0][1] += 'x'), { resign: false }), IndexFormatError, /checksum does not match/],
    ['a missing checksum', mutate(json, (e) => delete e.checksum, { resign: false }), IndexFormatError, /checksum does not match/],
    ['a sentence outside its document', mutate(json, (e) => (e.sentences.lengths[0] = 10_000_000)), IndexFormatError, /outside its text/],
    ['sentence columns of unequal length', mutate(json, (e) => e.sentences.gaps.pop()), IndexFormatError, /"sentences\.gaps" has \d+ entries/],
    ['sentence counts that do not add up', mutate(json, (e) => (e.sentences.counts[0] += 1)), IndexFormatError, /"sentences\.gaps" has \d+ entries/],
    [
      'an unknown role',
      mutate(json, (e) => (e.sentences.roles = e.sentences.lengths.map(() => 'chorus'))),
      IndexFormatError,
      /"sentences\.roles\[0\]" is invalid/,
    ],
    [
      'a speaker that is not a string',
      mutate(json, (e) => (e.sentences.speakers = e.sentences.lengths.map(() => 5))),
      IndexFormatError,
      /"sentences\.speakers\[0\]" is invalid/,
    ],
    [
      'a duplicate that is not a sentence number',
      mutate(json, (e) => (e.sentences.duplicateOf = e.sentences.lengths.map(() => -1))),
      IndexFormatError,
      /"sentences\.duplicateOf\[0\]" is invalid/,
    ],
    ['metadata that is not JSON data', mutate(json, (e) => (e.documents[0][2] = { when: new Date(0) })), IndexFormatError, /"documents\[0\]" is invalid/],
    [
      'a duplicate document id',
      mutate(json, (e) => {
        e.documents.push([...e.documents[0]])
        e.sentences.counts.push(0)
      }),
      IndexFormatError,
      /Document id "nieuws" occurs twice/,
    ],
    ['a document that is not [id, text]', mutate(json, (e) => (e.documents[0] = { id: 'x', text: 'y' })), IndexFormatError, /"documents\[0\]" is invalid/],
    [
      'a posting for an unknown sentence',
      mutate(json, (e) => e.terms.postings.push(['zzz', [999999]])),
      IndexFormatError,
      /"terms\.postings\[\d+\]" is invalid: \["zzz",\[999999\]\]/,
    ],
    ['a posting with a zero step', mutate(json, (e) => e.terms.postings.push(['zzz', [1, 0]])), IndexFormatError, /is invalid: \["zzz",\[1,0\]\]/],
    ['a negative term frequency', mutate(json, (e) => e.terms.postings.push(['zzz', [0], [-1]])), IndexFormatError, /is invalid: \["zzz",\[0\],\[-1\]\]/],
    ['postings out of term order', mutate(json, (e) => e.terms.postings.reverse()), IndexFormatError, /"terms\.postings\[1\]" is invalid/],
    ['a term twice', mutate(json, (e) => e.terms.postings.push([...e.terms.postings[0]])), IndexFormatError, /"terms\.postings\[\d+\]" is invalid: \["\x27s"/],
    ['term lengths of another count', mutate(json, (e) => e.terms.lengths.pop()), IndexFormatError, /"terms\.lengths" has \d+ entries/],
  ]

  for (const [name, input, errorClass, message] of cases) {
    it(`rejects ${name}`, () => {
      expect(() => loadIndex(input as never)).toThrow(errorClass)
      // For the reason named, not an earlier check that happens to fail too.
      expect(() => loadIndex(input as never)).toThrow(message)
    })
  }
})

/**
 * Parses an index, changes it, and by default signs it again with a valid checksum, as an
 * index really written that way would be, so that the structural checks are what rejects it.
 */
function mutate(json: string, change: (envelope: Loose) => void, { resign = true } = {}): unknown {
  const envelope = clone(json)
  change(envelope)
  return resign ? { ...envelope, checksum: checksumOf(envelope) } : envelope
}

describe('older formats', () => {
  const v1 = readFixture('index-v1/index.json')

  it('loads the committed format-1 index and searches it exactly like a fresh index of the same documents', () => {
    expect(JSON.parse(v1).formatVersion).toBe(1)
    const migrated = loadIndex(v1)
    // The fixture was written by analyzer version 1, before the stem overrides: it keeps those rules.
    expect(migrated.analyzer.version).toBe('1')
    expect(migrated.analyzer.config.overrides).toBe(false)
    const interview = readFixture('interview/synthetic-interview.txt')
    const fresh = createIndex({ analyzer: { overrides: false, compounds: false } })
    fresh.add({ id: 'nieuws', text: readFixture('ud-dutch/nieuws.txt').split('\n\n').slice(0, 12).join('\n\n'), bron: 'UD Dutch', jaar: 2001 })
    fresh.addSegmented(
      { id: 'interview', text: interview },
      segmentInterview(interview, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid', publication: 'Voorbeeldblad' }),
    )
    fresh.add({ id: 7, text: 'De N-VA won in 1994 met 12,5 procent.' })
    for (const query of ['wereldkampioen*', '"de eerste"', 'veilig', 'role:question', 'N-VA', 'regerng~']) {
      expect(migrated.search(query, { limit: 50, duplicates: 'keep' })).toEqual(fresh.search(query, { limit: 50, duplicates: 'keep' }))
      // Pull quotes collapsed into their body sentence, context, role boosts and explanations read the restored rows too.
      const options = { limit: 50, context: 2, roleBoost: { answer: 3 }, explain: true } as const
      expect(migrated.search(query, options)).toEqual(fresh.search(query, options))
    }
    // The pull quote, boosted above its body sentence, is collapsed into it; the explanation
    // names the pull quote and the boost its role got, so that the score adds up.
    const pullQuoteFirst = { roleBoost: { pullquote: 5 }, context: 1, explain: true } as const
    const [collapsed] = migrated.search('"doet niet mee aan de buurt"', pullQuoteFirst)
    expect(collapsed).toMatchObject({ role: 'answer', explain: { collapsedFrom: expect.stringMatching(/^interview#\d+$/), roleBoost: 5 } })
    const { parts, coordination, roleBoost } = collapsed.explain as Explanation
    expect(parts.reduce((sum, part) => sum + part.score * part.weight, 0) * coordination * (roleBoost ?? 1)).toBeCloseTo(collapsed.score, 6)
    expect(migrated.search('"doet niet mee aan de buurt"', pullQuoteFirst)).toEqual(fresh.search('"doet niet mee aan de buurt"', pullQuoteFirst))
    // Saving a migrated index writes the current format, identical to the fresh one's.
    expect(JSON.stringify(migrated)).toBe(JSON.stringify(fresh))
  })

  it('rejects a corrupted format-1 index', () => {
    const envelope = clone(v1)
    envelope.segments.end[0] = 10_000_000
    expect(() => loadIndex({ ...envelope, checksum: checksumOf(envelope) } as never)).toThrow(IndexFormatError)
    expect(() => loadIndex(v1.replace('"Zeilster', '"Zeilsterr'))).toThrow(IndexFormatError)
    // Sentences out of document order cannot be written as format 2's columns.
    const shuffled = clone(v1)
    for (const column of Object.values(shuffled.segments) as unknown[][]) column.reverse()
    expect(() => loadIndex({ ...shuffled, checksum: checksumOf(shuffled) } as never)).toThrow(/out of order/)
  })
})

/** MiniSearch's serialised data (what `MiniSearch.loadJS` reads) for the compact term data of format 2. */
function plainObject(terms: TermData, rows: number) {
  const documentIds: Record<string, number> = {}
  const fieldLength: Record<string, number[]> = {}
  for (let i = 0; i < rows; i++) {
    documentIds[i] = i
    fieldLength[i] = [terms.lengths[i]]
  }
  const index = terms.postings.map(([term, steps, frequencies]) => {
    const entries: Record<string, number> = {}
    forEachPosting(steps, frequencies, (id, frequency) => {
      entries[id] = frequency
    })
    return [term, { 0: entries }] as [string, { [field: string]: { [id: string]: number } }]
  })
  return {
    documentCount: rows,
    nextId: rows,
    documentIds,
    fieldIds: { terms: 0 },
    fieldLength,
    averageFieldLength: [terms.average],
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  }
}
