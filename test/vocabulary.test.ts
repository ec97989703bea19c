import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../src/index.js'
import { editDistance } from '../src/search/edit-distance.js'
import { Vocabulary } from '../src/search/vocabulary.js'

// near() skips words whose letters differ too much before it computes a distance; the skip must
// never lose a word that is near enough.
describe('Vocabulary.near', () => {
  const analyzer = createAnalyzer({ compounds: false })
  const word = fc.stringMatching(/^[abeikr0-9ßø-]{1,9}$/)

  it('finds exactly the words a full scan finds, swaps counting one edit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, fc.integer({ min: 0, max: 2 }), (words, query, distance) => {
        const vocabulary = new Vocabulary(analyzer, undefined)
        vocabulary.addSentence(analyzer.analyze(words.join(' ')))
        const all = [...new Set(analyzer.analyze(words.join(' ')).map((t) => analyzer.normalize(t.surface)))]
        const expected = all.filter((w) => editDistance(w, query, distance) <= distance).sort()
        expect(
          vocabulary
            .near(query, distance)
            .map((m) => m.normalized)
            .sort(),
        ).toEqual(expected)
      }),
      { numRuns: 500 },
    )
    expect(editDistance('kwetsbaarhied', 'kwetsbaarheid', 1)).toBe(1)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
  })
})
