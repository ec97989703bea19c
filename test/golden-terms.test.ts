import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../src/index.js'
import { goldenWords } from './golden-words.js'
import { readFixture } from './helpers.js'

// The terms of a fixed list of words, pinned to the analyzer's version and fingerprint
// (test/fixtures/golden/terms.tsv, written by `npm run golden`). A change of analysis that
// alters a term, or the analyzer's data, without a new analyzer version fails here: indexes
// saved with the old terms would load but no longer match their queries.
const [header, ...lines] = readFixture('golden/terms.tsv').trimEnd().split('\n')
const [, , version, fingerprint] = /^# analyzer (\S+) (\S+) ([0-9a-f]{16});/.exec(header) ?? []
const golden = new Map(lines.map((line) => line.split('\t') as [string, string]))

describe('golden terms', () => {
  const analyzer = createAnalyzer()

  it('covers the fixed word list', () => {
    expect([...golden.keys()]).toEqual(goldenWords())
    expect(golden.size).toBeGreaterThan(5000)
  })

  it('gives every word of the list the same terms while the analyzer version is the same', () => {
    expect(analyzer.version, 'The analyzer version changed: run `npm run golden` to record the new terms.').toBe(version)
    const changed = [...golden].filter(
      ([word, terms]) =>
        analyzer
          .analyze(word)
          .map((token) => token.term)
          .join(' ') !== terms,
    )
    expect(changed, 'Terms changed without a new analyzer version: bump ANALYZER_VERSION in src/analysis/analyzer.ts, then run `npm run golden`.').toEqual([])
  })

  it('has the recorded fingerprint while the version is the same', () => {
    expect(analyzer.fingerprint, 'The analyzer data changed without a new analyzer version: bump it, then run `npm run golden`.').toBe(fingerprint)
  })
})
