/**
 * Compound splitting: precision and recall on the hand-checked fixture (with every error
 * listed), the splitter's speed, and how many distinct words of the UD Dutch sentences split.
 *
 * The fixture is in the repository; the UD sentences are read from ../shared/data (not shipped)
 * and skipped, with a notice, when they are missing. Run: npm run bench:compounds
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createAnalyzer, normalizeWord, splitCompound } from '../src/index.js'

const show = (word: string): string => {
  const parts = splitCompound(word)
  return parts === undefined ? '-' : parts.map(({ start, end }) => word.slice(start, end)).join('+')
}

const fixture = readFileSync(new URL('../test/fixtures/compounds/compounds.tsv', import.meta.url), 'utf8')
const rows = fixture.split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t'))
let correct = 0
let predicted = 0
let compounds = 0
const errors: string[] = []
const started = performance.now()
for (const [word, gold] of rows) {
  const expected = gold.replace(/\[[a-z]+\]/g, '')
  const got = show(normalizeWord(word))
  if (got !== '-') predicted++
  if (expected !== '-') compounds++
  if (expected !== '-' && got === expected) correct++
  if (got !== expected) errors.push(`  ${word.padEnd(28)} expected ${expected.padEnd(30)} got ${got}`)
}
const elapsed = performance.now() - started
console.log(`fixture: ${rows.length} words, ${compounds} compounds, ${predicted} split; ${correct} exactly right`)
console.log(`precision ${(correct / predicted).toFixed(3)}, recall ${(correct / compounds).toFixed(3)} (first call ${elapsed.toFixed(0)} ms, with decoding the lexicon)`)
console.log(`errors:\n${errors.join('\n')}`)

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
console.log(`\nUD Dutch: ${list.length} distinct words; ${split.length} (${((100 * split.length) / list.length).toFixed(1)}%) split; ${Math.round(list.length / (ms / 1000)).toLocaleString('en')} words/s`)
console.log(`a sample: ${split.filter((_, i) => i % Math.max(1, Math.floor(split.length / 40)) === 0).slice(0, 40).map((word) => `${word} → ${show(word)}`).join(', ')}`)
