import { gunzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { Analyzer, Token } from '../src/analysis/analyzer.js'

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
