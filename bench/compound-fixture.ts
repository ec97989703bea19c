/**
 * The hand-checked compound fixture (test/fixtures/compounds/compounds.tsv) and how a splitter
 * scores on it. `npm run bench:compounds` and test/compounds.test.ts both use this.
 */
import { readFileSync } from 'node:fs'
import { normalizeWord, splitCompound } from '../src/index.js'

/** One fixture row: a word, its expected parts joined by `+` (or `-` when it stays whole), and how many times it counts. */
export interface CompoundRow {
  readonly word: string
  readonly expected: string
  readonly weight: number
}

/**
 * The rows of a fixture in test/fixtures/compounds/, with the bracketed linking morphemes left
 * out of the expected parts. A third column, when there is one, is the row's weight.
 *
 * @param file - `compounds.tsv` (each word once) or `by-occurrence.tsv` (words drawn by occurrence, weighted by draws)
 */
export function readCompoundFixture(file = 'compounds.tsv'): CompoundRow[] {
  return readFileSync(new URL(`../test/fixtures/compounds/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [word, expected, weight = '1'] = line.split('\t')
      return { word, expected: expected.replace(/\[[a-z]+\]/g, ''), weight: Number(weight) }
    })
}

/**
 * The parts `splitCompound` finds in a word, joined by `+`, or `-` when it splits none.
 *
 * @param word - a word as written
 */
export function showSplit(word: string): string {
  const normalized = normalizeWord(word)
  const parts = splitCompound(normalized)
  return parts === undefined ? '-' : parts.map(({ start, end }) => normalized.slice(start, end)).join('+')
}

/** Precision and recall of exact splits, and the rows the splitter got wrong. */
export interface CompoundScore {
  readonly compounds: number
  readonly predicted: number
  readonly correct: number
  readonly precision: number
  readonly recall: number
  readonly errors: readonly { readonly word: string; readonly expected: string; readonly got: string }[]
}

/**
 * Scores {@link showSplit} on fixture rows: a split is right only when all its parts are.
 *
 * @param rows - fixture rows
 */
export function scoreCompoundSplits(rows: readonly CompoundRow[]): CompoundScore {
  let correct = 0
  let predicted = 0
  let compounds = 0
  const errors: { word: string; expected: string; got: string }[] = []
  for (const { word, expected, weight } of rows) {
    const got = showSplit(word)
    if (got !== '-') predicted += weight
    if (expected !== '-') compounds += weight
    if (expected !== '-' && got === expected) correct += weight
    if (got !== expected) errors.push({ word, expected, got })
  }
  return { compounds, predicted, correct, precision: correct / predicted, recall: correct / compounds, errors }
}
