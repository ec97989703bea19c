/**
 * Binary search in sorted keys: strings in code-unit order, or numbers.
 *
 * @module
 */

/**
 * The place of the first of `count` sorted keys that is not below `key` (`count` when all
 * are below it).
 *
 * @param count - how many keys there are
 * @param keyAt - the key at a place, ascending (strings in code-unit order)
 * @param key - the key to look for
 * @returns a place from 0 to `count`
 * @example
 * ```ts
 * const keys = ['arm', 'kind', 'stad']
 * lowerBound(keys.length, (i) => keys[i], 'kind') // => 1
 * lowerBound(keys.length, (i) => keys[i], 'zon') // => 3
 * ```
 */
export function lowerBound<K extends string | number>(count: number, keyAt: (place: number) => K, key: K): number {
  let low = 0
  let high = count
  while (low < high) {
    const mid = (low + high) >>> 1
    if (keyAt(mid) < key) low = mid + 1
    else high = mid
  }
  return low
}
