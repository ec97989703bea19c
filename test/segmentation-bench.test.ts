import { describe, expect, it } from 'vitest'
import { normaliseQuotes } from '../bench/segmentation.js'

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
