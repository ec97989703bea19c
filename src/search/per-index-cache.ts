/**
 * What a search works out from an index's documents and keeps for the next searches: the most
 * recently used values, up to a bound, until the documents change (`Documents.generation`).
 *
 * @module
 */

import type { Documents } from './documents.js'

/** A bounded map of values per index, least recently used out first, emptied when the documents change. */
export class PerIndexCache<K, V> {
  readonly #size: number
  readonly #byIndex = new WeakMap<Documents, { readonly generation: number; readonly values: Map<K, V> }>()

  /**
   * @param size - how many values an index keeps
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
      this.#byIndex.set(documents, (kept = { generation: documents.generation, values: new Map() }))
    const value = kept.values.get(key)
    if (value !== undefined) {
      // Read again: now the most recent.
      kept.values.delete(key)
      kept.values.set(key, value)
      return value
    }
    const made = make()
    if (kept.values.size >= this.#size) kept.values.delete(kept.values.keys().next().value as K)
    kept.values.set(key, made)
    return made
  }
}
