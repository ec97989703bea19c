import { describe, expect, it } from 'vitest'
import { normaliseQuotes, scoreSegmentation } from '../bench/segmentation.js'

// The quote normalisation of `npm run bench:segmentation`: typographic quotes against their
// words, and every offset mapped back to the treebank text.
describe("the treebank's ,, and '' quotes", () => {
  it('become „ and ” against their words, with offsets into the original', () => {
    const original = "Hij zei: ,, Ik kom. '' Daarna ging hij."
    const { text, original: map } = normaliseQuotes(original)
    expect(text).toBe('Hij zei: „Ik kom.” Daarna ging hij.')
    expect(map).toHaveLength(text.length)
    // The end of "kom.”" maps to the end of "kom. ''", the start of "„Ik" to the start of ",, Ik".
    const quoteEnd = text.indexOf('”') + 1
    expect(map[quoteEnd - 1] + 1).toBe(original.indexOf("''") + 2)
    expect(map[text.indexOf('„')]).toBe(original.indexOf(',,'))
    expect(original[map[text.indexOf('Daarna')]]).toBe('D')
  })
})

describe('the segmentation score', () => {
  it('counts internal boundaries, and the missed ones that follow no punctuation', () => {
    const paragraph = { id: 'p', text: 'Geschiedenis Het begon. Zo ging het. Einde', sentences: ['Geschiedenis', 'Het begon.', 'Zo ging het.', 'Einde'] }
    // A splitter that finds one boundary after a full stop and adds a wrong one.
    const score = scoreSegmentation([paragraph], () => [23, 27, 42])
    expect(score.precision).toBe(0.5)
    expect(score.recall).toBeCloseTo(1 / 3)
    expect(score.missed).toBe(2)
    expect(score.missedUnpunctuated).toBe(1) // after "Geschiedenis"; "het." is punctuated
  })
})
