import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Documents } from '../../src/search/documents.js'
import { PerIndexCache } from '../../src/search/per-index-cache.js'

/** A stand-in for an index's documents: the cache reads only `generation`. */
const documentsAt = (generation: number) => ({ generation }) as unknown as Documents

describe('PerIndexCache', () => {
  it('always keeps the `size` most recently used values, makes no value twice while kept, and holds at most twice `size`', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 200 }), (size, keys) => {
        const cache = new PerIndexCache<number, { key: number }>(size)
        const documents = documentsAt(0)
        const used: number[] = []
        const made = new Set<number>()
        for (const key of keys) {
          const recent = [...new Set([...used].reverse())].slice(0, size)
          let madeNow = false
          const value = cache.get(documents, key, () => {
            madeNow = true
            return { key }
          })
          expect(value.key).toBe(key)
          // A key among the `size` most recently used is never made again.
          if (recent.includes(key)) expect(madeNow).toBe(false)
          if (madeNow) made.add(key)
          used.push(key)
        }
        // Bounded: of the keys made, at most 2 × size are still kept (reading them makes nothing).
        let kept = 0
        for (const key of made) {
          let madeNow = false
          cache.get(documents, key, () => {
            madeNow = true
            return { key }
          })
          if (!madeNow) kept++
        }
        expect(kept).toBeLessThanOrEqual(2 * size)
      }),
    )
  })

  it('forgets every value when the documents change', () => {
    const cache = new PerIndexCache<string, number>(4)
    let makes = 0
    const make = () => ++makes
    expect(cache.get(documentsAt(0), 'a', make)).toBe(1)
    const same = documentsAt(0)
    cache.get(same, 'a', make)
    expect(cache.get(same, 'a', make)).toBe(2)
    // The same documents object, now at a later generation.
    ;(same as unknown as { generation: number }).generation = 1
    expect(cache.get(same, 'a', make)).toBe(3)
  })
})
