/**
 * Compound splitting: precision and recall on the hand-checked fixtures (with every error
 * listed): each word once (compounds.tsv), and words drawn by occurrence from running text
 * (by-occurrence.tsv); the splitter's speed, and how many distinct words of the UD Dutch
 * sentences split.
 *
 * The fixture is in the repository; the UD sentences are read from ../shared/data (not shipped)
 * and skipped, with a notice, when they are missing. Run: npm run bench:compounds
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createAnalyzer, splitCompound } from '../src/index.js'
import { readCompoundFixture, scoreCompoundSplits } from './compound-fixture.js'

const show = (word: string): string => {
  const parts = splitCompound(word)
  return parts === undefined ? '-' : parts.map(({ start, end }) => word.slice(start, end)).join('+')
}

// The process's first split decodes the lexicon.
const decodeStart = performance.now()
splitCompound('kinderarmoede')
console.log(`the first split, which decodes the lexicon: ${(performance.now() - decodeStart).toFixed(0)} ms`)

const rows = readCompoundFixture()
const score = scoreCompoundSplits(rows)
console.log(`fixture: ${rows.length} words, ${score.compounds} compounds, ${score.predicted} split; ${score.correct} exactly right`)
console.log(`precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`)
console.log(`errors:\n${score.errors.map(({ word, expected, got }) => `  ${word.padEnd(28)} expected ${expected.padEnd(30)} got ${got}`).join('\n')}`)

// The same measure over words drawn by occurrence: what the splitter does to running text.
const drawn = readCompoundFixture('by-occurrence.tsv')
const byOccurrence = scoreCompoundSplits(drawn)
console.log(
  `\nby occurrence: ${drawn.reduce((sum, row) => sum + row.weight, 0)} draws of ${drawn.length} words, ${byOccurrence.compounds} of compounds, ${byOccurrence.predicted} split; ${byOccurrence.correct} exactly right`,
)
console.log(`precision ${byOccurrence.precision.toFixed(3)}, recall ${byOccurrence.recall.toFixed(3)}`)
console.log(`errors:\n${byOccurrence.errors.map(({ word, expected, got }) => `  ${word.padEnd(28)} expected ${expected.padEnd(30)} got ${got}`).join('\n')}`)

const path = fileURLToPath(new URL('../../shared/data/ud-dutch/sentences.txt', import.meta.url))
if (!existsSync(path)) {
  console.log(`\n../shared/data/ud-dutch/sentences.txt is missing (looked at ${path}); skipping the UD measurements.`)
  process.exit(0)
}
const analyzer = createAnalyzer({ compounds: false })
const words = new Set<string>()
for (const token of analyzer.analyze(readFileSync(path, 'utf8'))) if (token.kind === 'word') words.add(analyzer.normalize(token.surface))
const list = [...words]
const t0 = performance.now()
const split = list.filter((word) => splitCompound(word) !== undefined)
const ms = performance.now() - t0
console.log(
  `\nUD Dutch: ${list.length} distinct words; ${split.length} (${((100 * split.length) / list.length).toFixed(1)}%) split; ${Math.round(list.length / (ms / 1000)).toLocaleString('en')} words/s`,
)
console.log(
  `a sample: ${split
    .filter((_, i) => i % Math.max(1, Math.floor(split.length / 40)) === 0)
    .slice(0, 40)
    .map((word) => `${word} → ${show(word)}`)
    .join(', ')}`,
)
