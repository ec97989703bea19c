import { describe, expect, it } from 'vitest'
import { AnalyzerMismatchError, createIndex, INDEX_FORMAT_VERSION, IndexFormatError, loadIndex, version, ZoekError, type SerializedIndex } from '../src/index.js'
import { checksumOf } from '../src/search/serialize.js'
import { readFixture } from './helpers.js'

const QUERIES = ['burgemeester', 'politie', '"de eerste"', 'gemeente stad', 'de', 'N-VA', '1995', 'wereldkampioen']

function newsIndex() {
  const index = createIndex()
  index.add({ id: 'nieuws', text: readFixture('ud-dutch/nieuws.txt'), source: 'UD Dutch', tags: ['a', 1, null, { b: true }] })
  index.add({ id: 7, text: 'Een korte tekst over de burgemeester.' })
  return index
}

const results = (index: ReturnType<typeof createIndex>) => QUERIES.map((q) => index.search(q, { limit: 20 }))
const clone = (json: string) => JSON.parse(json) as SerializedIndex & { minisearch: { documentCount: number } } & Record<string, unknown>

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

  it('writes a versioned envelope with the analyzer identity and the zoek version', () => {
    const envelope = index.toJSON()
    expect(envelope).toMatchObject({ format: 'zoek-index', formatVersion: INDEX_FORMAT_VERSION, zoekVersion: version, paragraphs: 'blank-line' })
    expect(envelope.analyzer).toEqual({ name: index.analyzer.name, version: index.analyzer.version, fingerprint: index.analyzer.fingerprint, stemmer: 'kraaij-pohlmann' })
    expect(envelope.documents.map((d) => d.id)).toEqual(['nieuws', 7])
    expect(envelope.segments.start).toHaveLength(index.sentenceCount)
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
    expect(again.toJSON().segments.document.length).toBe(again.sentenceCount)
  })

  it('restores a custom analyzer configuration', () => {
    const porter = createIndex({ analyzer: { stemmer: 'porter', stopWords: ['de'] } })
    porter.add({ id: 1, text: 'Zij lopen naar de stad.' })
    const loaded = loadIndex(JSON.stringify(porter))
    expect(loaded.analyzer.config).toEqual({ stemmer: 'porter', stopWords: ['de'] })
    expect(loaded.analyzer.term('lopen')).toBe('lop')
    expect(loaded.analyzer.analyze('de het').map((t) => t.stop)).toEqual([true, false])
    expect(loaded.search('lopen').map((h) => h.text)).toEqual(['Zij lopen naar de stad.'])
  })
})

describe('loadIndex rejects bad input with a typed error', () => {
  const json = JSON.stringify(newsIndex())

  const cases: [string, unknown, typeof ZoekError][] = [
    ['truncated JSON', json.slice(0, json.length / 2), IndexFormatError],
    ['not JSON', 'hallo', IndexFormatError],
    ['JSON that is not an object', '[1,2,3]', IndexFormatError],
    ['invalid UTF-8 bytes', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), IndexFormatError],
    ['a foreign format', mutate(json, (e) => ((e as { format: string }).format = 'minisearch')), IndexFormatError],
    ['another format version', mutate(json, (e) => ((e as { formatVersion: number }).formatVersion = 99)), IndexFormatError],
    ['another analyzer fingerprint', mutate(json, (e) => ((e.analyzer as { fingerprint: string }).fingerprint = '0000000000000000')), AnalyzerMismatchError],
    ['another analyzer version', mutate(json, (e) => ((e.analyzer as { version: string }).version = '0')), AnalyzerMismatchError],
    ['a missing documents field', mutate(json, (e) => delete (e as { documents?: unknown }).documents), IndexFormatError],
    ['a changed value without a new checksum', mutate(json, (e) => ((e.documents[0] as { text: string }).text += 'x'), { resign: false }), IndexFormatError],
    ['a missing checksum', mutate(json, (e) => delete (e as { checksum?: unknown }).checksum, { resign: false }), IndexFormatError],
    ['a segment outside its document', mutate(json, (e) => ((e.segments.end as number[])[0] = 10_000_000)), IndexFormatError],
    ['segment columns of unequal length', mutate(json, (e) => (e.segments.start as number[]).pop()), IndexFormatError],
    ['a wrong document count in MiniSearch', mutate(json, (e) => (e.minisearch.documentCount += 1)), IndexFormatError],
    ['an unknown role', mutate(json, (e) => ((e.segments.role as unknown[])[0] = 'chorus')), IndexFormatError],
    ['a duplicate document id', mutate(json, (e) => (e.documents as unknown[]).push({ ...e.documents[0] })), IndexFormatError],
    ['wrong MiniSearch index entries', mutate(json, (e) => ((e.minisearch as { index: unknown }).index = [['x', 5]])), IndexFormatError],
    ['a posting for an unknown sentence', mutate(json, (e) => (e.minisearch as { index: unknown[] }).index.push(['zzz', { 0: { 999999: 1 } }])), IndexFormatError],
    ['a negative term frequency', mutate(json, (e) => (e.minisearch as { index: unknown[] }).index.push(['zzz', { 0: { 0: -1 } }])), IndexFormatError],
    ['a MiniSearch serialisation version of another MiniSearch', mutate(json, (e) => ((e.minisearch as { serializationVersion: number }).serializationVersion = 1)), IndexFormatError],
  ]

  for (const [name, input, errorClass] of cases) {
    it(`rejects ${name}`, () => {
      expect(() => loadIndex(input as never)).toThrow(errorClass)
    })
  }
})

/**
 * Parses an index, changes it, and by default signs it again with a valid checksum, as an
 * index really written that way would be, so that the structural checks are what rejects it.
 */
function mutate(json: string, change: (envelope: ReturnType<typeof clone>) => void, { resign = true } = {}): unknown {
  const envelope = clone(json)
  change(envelope)
  return resign ? { ...envelope, checksum: checksumOf(envelope) } : envelope
}
