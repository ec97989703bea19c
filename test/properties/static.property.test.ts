import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openStaticIndex } from '../../src/entries/static.js'
import { decodeCounts, encodeCounts } from '../../src/search/format/static.js'
import { createIndex, staticFiles } from '../../src/index.js'
import { checkProperty, compoundDocument as document, RUNS, searchOptions as options, searchQuery as query, smallText } from './arbitraries.js'

const layout = fc.record({
  termBytes: fc.integer({ min: 1, max: 400 }),
  wordBytes: fc.integer({ min: 1, max: 200 }),
  blockBytes: fc.integer({ min: 1, max: 400 }),
})

describe('static index vs the index it was written from', () => {
  it('gives the same hits, order, highlights and total on random corpora, layouts and queries', async () => {
    let cases = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(smallText, document), { minLength: 1, maxLength: 8 }),
        layout,
        fc.array(fc.tuple(query, options), { minLength: 1, maxLength: 4 }),
        async (texts, sizes, asked) => {
          cases++
          const full = createIndex()
          full.addAll(texts.map((text, id) => ({ id, text })))
          const files = new Map(staticFiles(full, { layout: sizes }).map((file) => [file.name, file.text]))
          const index = await openStaticIndex(async (name) => files.get(name) as string)
          for (const [q, o] of asked) {
            const expected = full.search(q, o)
            const hits = await index.search(q, o)
            expect(JSON.stringify(hits)).toBe(JSON.stringify(expected))
            expect(hits.totalExact ? hits.total : await index.count(q, o)).toBe(expected.total)
            expect(hits.total).toBeGreaterThanOrEqual(expected.total)
          }
          expect(await index.suggest(asked[0][0].slice(0, 2))).toEqual(full.suggest(asked[0][0].slice(0, 2)))
        },
      ),
      { numRuns: RUNS },
    )
    expect(cases).toBeGreaterThanOrEqual(RUNS)
    console.log(`[property] static index vs full index: ${cases} generated cases`)
  }, 120_000)
})

describe('the count encoding of terms shards', () => {
  it('reads back every list of counts it writes, and nothing else', () => {
    checkProperty('encodeCounts round trip', fc.array(fc.oneof(fc.nat(40), fc.nat(2 ** 31 - 1))), (values) => {
      expect(decodeCounts(encodeCounts(values))).toEqual(values)
    })
    expect(encodeCounts([3, 0, 40])).toBe('30E1')
    for (const bad of ['E', '3!', 'EEEEEEE1', 'é']) expect(decodeCounts(bad), bad).toBeUndefined()
  })
})
