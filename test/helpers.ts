import { gunzipSync } from 'node:zlib'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, onTestFinished } from 'vitest'
import type { Analyzer, Token } from '../src/analysis/analyzer.js'
import type { SearchOptions } from '../src/search/options.js'
import type { SentenceIndex } from '../src/search/sentence-index.js'
import type { LazySearchResults } from '../src/search/lazy-search.js'

/**
 * A new directory in the system's temporary directory, removed with all it holds when the test
 * that asked for it finishes: call it inside a test.
 *
 * @param prefix - the start of the directory's name
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Reads a fixture file as UTF-8 text, gunzipping `.gz` files. */
export function readFixture(path: string): string {
  const bytes = readFileSync(new URL(`./fixtures/${path}`, import.meta.url))
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
}

/** An expected token: surface, term and position, and optionally kind and stop. */
export type Expected = readonly [surface: string, term: string, position: number, kind?: Token['kind']]

/**
 * Asserts that `text` analyses to exactly the expected tokens, in order, and that every
 * token's offsets slice out its surface (after Lucene's assertAnalyzesTo).
 */
export function assertAnalyzesTo(analyzer: Analyzer, text: string, expected: readonly Expected[]): void {
  const tokens = analyzer.analyze(text)
  for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.surface)
  expect(tokens.map((t) => [t.surface, t.term, t.position, t.kind])).toEqual(
    expected.map(([surface, term, position, kind]) => [surface, term, position, kind ?? 'word']),
  )
}

const newsWords = [...new Set(readFixture('ud-dutch/nieuws.txt').match(/\p{L}{3,}/gu) ?? [])]

/**
 * Queries of every kind over the news fixture (words, prefixes, typos, phrases with slop,
 * operators, a document filter), for the indexes that must search as the in-process one does.
 */
export const PARITY_QUERIES: readonly string[] = [
  ...newsWords.filter((_, i) => i % 7 === 0).slice(0, 60),
  ...newsWords.slice(0, 15).map((w) => `${w.slice(0, 3)}*`),
  ...newsWords.slice(20, 35).map((w) => `${w}~`),
  ...newsWords.slice(40, 55).map((w, i) => `"${w} ${newsWords[41 + i]}"~2`),
  'de',
  '"de regering"',
  'regerng',
  '+regering -minister',
  'kinderen OR ziekenhuis',
  'document:nieuws-3 de',
]

/** Search options that change what a search returns, for the same comparisons. */
export const PARITY_OPTIONS: readonly SearchOptions[] = [
  {},
  { limit: 3, offset: 2 },
  { explain: true, context: 1 },
  { expand: true, limit: 5 },
  { asYouType: true },
  { filter: (hit) => hit.index % 2 === 0 },
]

/** An index that loads what searches need (static, PostgreSQL): `search` and an exact `count`. */
export interface LazyIndex {
  search(query: string, options?: SearchOptions): Promise<LazySearchResults>
  count(query: string, options?: SearchOptions): Promise<number>
}

/**
 * Checks a search of a lazily loading index against the in-process index's: the same page (ids,
 * order, scores, highlights), the same total when it says it is exact (otherwise one no lower),
 * and `count` exact.
 */
export async function expectSameSearch(index: LazyIndex, full: SentenceIndex, query: string, options: SearchOptions = {}): Promise<void> {
  const expected = full.search(query, options)
  const hits = await index.search(query, options)
  const label = `${query} ${JSON.stringify(options)}`
  expect(JSON.stringify(hits), label).toBe(JSON.stringify(expected))
  if (hits.totalExact) expect(hits.total, label).toBe(expected.total)
  else expect(hits.total, label).toBeGreaterThanOrEqual(expected.total)
  expect(await index.count(query, options), label).toBe(expected.total)
}
