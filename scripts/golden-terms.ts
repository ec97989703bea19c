// Writes test/fixtures/golden/terms.tsv: the terms the default analyzer gives a fixed list of
// words, with the analyzer's version and fingerprint. test/golden-terms.test.ts compares the
// analyzer with it, so that a change of terms without a new analyzer version fails. Run it
// (npm run golden) only after bumping the analyzer version for a change of terms.
import { writeFileSync } from 'node:fs'
import { createAnalyzer } from '../src/index.js'
import { goldenWords } from '../test/golden-words.js'

const analyzer = createAnalyzer()
const lines = goldenWords().map(
  (word) =>
    `${word}\t${analyzer
      .analyze(word)
      .map((token) => token.term)
      .join(' ')}`,
)
const header = `# analyzer ${analyzer.name} ${analyzer.version} ${analyzer.fingerprint}; written by npm run golden (scripts/golden-terms.ts)`
writeFileSync(new URL('../test/fixtures/golden/terms.tsv', import.meta.url), `${header}\n${lines.join('\n')}\n`)
console.log(`golden: ${lines.length} words, analyzer ${analyzer.version} ${analyzer.fingerprint}`)
