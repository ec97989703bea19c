/**
 * What a search works out from an index's documents and keeps for the next searches: the most
 * recently used values, up to a bound, until the documents change (`Documents.generation`).
 *
 * @module
 */

import type { Documents } from './documents.js'

/** The values kept for one index, in two generations: those used lately, and those used before. */
interface Kept<K, V> {
  readonly generation: number
  recent: Map<K, V>
  older: Map<K, V>
}

/**
 * A bounded map of values per index, emptied when the documents change. It keeps the values
 * used lately in two generations of `size` each: a value read from the older one moves to the
 * recent one, and when the recent one is full, it becomes the older one and the oldest go. So
 * the `size` most recently used values are always kept, and a value read again costs one
 * look-up, not the reordering a strict least-recently-used list needs on every read.
 */
export class PerIndexCache<K, V> {
  readonly #size: number
  readonly #byIndex = new WeakMap<Documents, Kept<K, V>>()

  /**
   * @param size - how many values an index keeps at least (at most twice as many)
   */
  constructor(size: number) {
    this.#size = size
  }

  /**
   * The value kept for a key, or the one `make` gives, then kept.
   *
   * @param documents - the index's documents
   * @param key - what the value is for
   * @param make - works the value out
   */
  get(documents: Documents, key: K, make: () => V): V {
    let kept = this.#byIndex.get(documents)
    if (kept === undefined || kept.generation !== documents.generation)
      this.#byIndex.set(documents, (kept = { generation: documents.generation, recent: new Map(), older: new Map() }))
    const value = kept.recent.get(key)
    if (value !== undefined) return value
    const made = kept.older.get(key) ?? make()
    if (kept.recent.size >= this.#size) {
      kept.older = kept.recent
      kept.recent = new Map()
    }
    kept.recent.set(key, made)
    return made
  }
}
