import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// Imports the BUILT package (npm test builds first), once as ESM and once as CommonJS.
const require = createRequire(import.meta.url)

const EXPORTS = [
  'AnalyzerMismatchError',
  'DocumentNotFoundError',
  'DuplicateIdError',
  'INDEX_FORMAT',
  'INDEX_FORMAT_VERSION',
  'IndexFormatError',
  'InvalidDocumentError',
  'InvalidOptionError',
  'MAX_FUZZY_DISTANCE',
  'MAX_SEGMENT_LENGTH',
  'QuerySyntaxError',
  'READABLE_FORMAT_VERSIONS',
  'SHORT_LINE_WORDS',
  'SegmenterMissingError',
  'SentenceIndex',
  'StaticLoadError',
  'ZoekError',
  'analyze',
  'createAnalyzer',
  'createIndex',
  'defaultAnalyzer',
  'dutchStemOverrides',
  'dutchStopWords',
  'filterFields',
  'parseSynonyms',
  'foldDiacritics',
  'highlight',
  'loadIndex',
  'normalizeApostrophes',
  'normalizeWord',
  'paragraphModes',
  'parseQuery',
  'roles',
  'segment',
  'segmentInterview',
  'splitCompound',
  'staticFiles',
  'stem',
  'stemAlgorithms',
  'tokenize',
  'version',
  'writeStaticIndex',
  'writeStaticIndexFrom',
]

type Zoek = typeof import('../src/index.js')

function exercise(zoek: Zoek): void {
  expect(Object.keys(zoek).sort()).toEqual([...EXPORTS].sort())
  expect(zoek.stem('mogelijkheden')).toBe('molijk')
  const index = zoek.createIndex()
  index.add({ id: 1, text: 'De migranten kwamen. Het zieke kind van Vlaanderen.' })
  expect(index.search('migrant').map((h) => h.text)).toEqual(['De migranten kwamen.'])
  const copy = zoek.loadIndex(JSON.stringify(index))
  expect(copy.search('"zieke kind"').map((h) => h.text)).toEqual(['Het zieke kind van Vlaanderen.'])
  expect(() => copy.add({ id: 1, text: 'x' })).toThrow(zoek.DuplicateIdError)
}

describe('the built package', () => {
  it('works when imported as ESM', async () => {
    exercise((await import('../dist/index.js' as string)) as Zoek)
  })

  it('works when required as CommonJS', () => {
    exercise(require('../dist/index.cjs') as Zoek)
  })

  it('offers zoek/query in both formats: load, search, and load a fetched Response asynchronously', async () => {
    const full = (await import('../dist/index.js' as string)) as Zoek
    const index = full.createIndex()
    index.add({ id: 1, text: 'De migranten kwamen. Het zieke kind van Vlaanderen.' })
    const json = JSON.stringify(index)
    const esm = (await import('../dist/query.js' as string)) as typeof import('../src/entries/query.js')
    const cjs = require('../dist/query.cjs') as typeof import('../src/entries/query.js')
    for (const query of [esm, cjs]) {
      expect(
        query
          .loadIndex(json)
          .search('"zieke kind"')
          .map((h) => h.text),
      ).toEqual(['Het zieke kind van Vlaanderen.'])
      const fromResponse = await query.loadIndexAsync(new Response(json))
      expect(fromResponse.search('migrant').map((h) => h.text)).toEqual(['De migranten kwamen.'])
      const fromBytes = await query.loadIndexAsync(new TextEncoder().encode(json).buffer as ArrayBuffer)
      expect(fromBytes.search('migrant')).toHaveLength(1)
      await expect(query.loadIndexAsync(new Response('nope', { status: 404 }))).rejects.toBeInstanceOf(query.InvalidOptionError)
      await expect(query.loadIndexAsync(new Response(json.slice(0, 100)))).rejects.toBeInstanceOf(query.IndexFormatError)
      expect(() => query.loadIndex(json).add({ id: 2, text: 'x' })).toThrow(query.SegmenterMissingError)
    }
  })

  it('offers zoek/interview in both formats, with the prebuilt interview inside the module', async () => {
    const esm = (await import('../dist/interview.js' as string)) as typeof import('../src/entries/interview.js')
    const cjs = require('../dist/interview.cjs') as typeof import('../src/entries/interview.js')
    for (const entry of [esm, cjs]) {
      expect(entry.interviewManifest).toMatchObject({
        author: 'Leo Mudde',
        interviewee: 'Bart Somers',
        publication: 'VNG Magazine',
        date: '2019-06-07',
        language: 'nl',
      })
      const interview = entry.loadInterview()
      expect(interview.sentenceCount).toBe(147)
      expect(interview.search('kinderarmoede')[0]).toMatchObject({ role: 'answer', speaker: 'Bart Somers' })
      // Each call gives an index of its own: what one caller removes, another still has.
      entry.loadInterview().remove('somers-mechelen-2019')
      expect(entry.loadInterview().sentenceCount).toBe(147)
    }
  })

  it('offers zoek/synonyms in both formats: the table of Open Dutch WordNet, which an index takes', async () => {
    const full = (await import('../dist/index.js' as string)) as Zoek
    const esm = (await import('../dist/synonyms.js' as string)) as typeof import('../src/entries/synonyms.js')
    const cjs = require('../dist/synonyms.cjs') as typeof import('../src/entries/synonyms.js')
    for (const entry of [esm, cjs]) {
      const index = full.createIndex({ synonyms: entry.dutchSynonyms() })
      index.add({ id: 1, text: 'Het huis staat leeg.' })
      expect(index.search('woning').length).toBe(0)
      expect(index.search('woning', { expand: true }).map((hit) => hit.text)).toEqual(['Het huis staat leeg.'])
    }
  })

  it('offers zoek/static in both formats: a static index written by zoek, searched with the same hits', async () => {
    const full = (await import('../dist/index.js' as string)) as Zoek
    const index = full.createIndex()
    index.add({ id: 1, text: 'De migranten kwamen. Het zieke kind van Vlaanderen.' })
    const files = new Map(full.staticFiles(index).map((file) => [file.name, file.text]))
    const esm = (await import('../dist/static.js' as string)) as typeof import('../src/entries/static.js')
    const cjs = require('../dist/static.cjs') as typeof import('../src/entries/static.js')
    for (const entry of [esm, cjs]) {
      const opened = await entry.openStaticIndex(async (name) => files.get(name) ?? '')
      expect(JSON.stringify(await opened.search('"zieke kind"'))).toBe(JSON.stringify(index.search('"zieke kind"')))
      await expect(entry.openStaticIndex(async () => '{}')).rejects.toBeInstanceOf(entry.IndexFormatError)
    }
  })

  it('offers zoek/postgres in both formats: an index in PGlite with the in-process index’s hits', async () => {
    const { PGlite } = await import('@electric-sql/pglite')
    const full = (await import('../dist/index.js' as string)) as Zoek
    const index = full.createIndex()
    const documents = [{ id: 1, text: 'De migranten kwamen. Het zieke kind van Vlaanderen.' }]
    index.addAll(documents)
    const esm = (await import('../dist/postgres.js' as string)) as typeof import('../src/entries/postgres.js')
    const cjs = require('../dist/postgres.cjs') as typeof import('../src/entries/postgres.js')
    const db = new PGlite()
    for (const [i, entry] of [esm, cjs].entries()) {
      const pgIndex = await entry.createPostgresIndex(db, { table: `dist${i}` })
      await pgIndex.addAll(documents)
      expect(JSON.stringify(await pgIndex.search('"zieke kind"'))).toBe(JSON.stringify(index.search('"zieke kind"')))
      const failing = await entry.createPostgresIndex(
        {
          query: (text: string, params?: unknown[]) => (text.startsWith('SELECT generation') ? Promise.reject(new Error('down')) : db.query(text, params)),
        } as never,
        { table: `dist${i}` },
      )
      await expect(failing.search('kind')).rejects.toBeInstanceOf(entry.PostgresError)
    }
    await db.close()
  }, 30_000)
})
