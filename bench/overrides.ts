/**
 * The effect of the word-form rules (stem overrides, -ens plurals, s-endings, final -t/-d, long vowels, Latin plurals, -eer stems, the ge infix of participles only) on the vocabulary of the
 * UD Dutch sentences: how many distinct words get another term with them than without them.
 *
 * Reads ../shared/data/ud-dutch/sentences.txt (not shipped). Run: npm run bench:overrides
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createAnalyzer } from '../src/index.js'

const path = fileURLToPath(new URL('../../shared/data/ud-dutch/sentences.txt', import.meta.url))
if (!existsSync(path)) {
  console.log(`../shared/data/ud-dutch/sentences.txt is missing (looked at ${path}); nothing to measure.`)
  process.exit(0)
}
// Compounds off in both, so that only the word-form rules differ and parts are not counted as words.
const withOverrides = createAnalyzer({ compounds: false })
const without = createAnalyzer({ overrides: false, compounds: false })
const words = new Map<string, string>()
for (const token of without.analyze(readFileSync(path, 'utf8'))) if (token.kind !== 'number') words.set(without.normalize(token.surface), token.surface)
const changed = [...words.keys()].filter((word) => withOverrides.term(word) !== without.term(word))
console.log(
  `UD Dutch: ${words.size} distinct words; ${changed.length} (${((100 * changed.length) / words.size).toFixed(2)}%) get another term with the word-form rules (stem overrides, -ens plurals, s-endings, final -t/-d, long vowels, Latin plurals, -eer stems, the ge infix of participles only).`,
)
console.log(
  changed
    .sort()
    .map((word) => `${word}: ${without.term(word)} → ${withOverrides.term(word)}`)
    .join('\n'),
)
