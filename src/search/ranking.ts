/**
 * Ranking the engine's results: zoek keeps the best of them in a heap instead of sorting them
 * all, which matters for queries that match tens of thousands of sentences. Results are rows
 * and scores in arrays; only the rows of the page become objects.
 *
 * @module
 */

import type { RawResult } from './engine/sentence-minisearch.js'

/** Orders results best first: higher score, then lower row. */
export const byRank = (a: RawResult, b: RawResult): number => b.score - a.score || a.id - b.id

/**
 * The results of one search as rows and scores in arrays that grow and are reused, with the
 * engine's result objects only when it made them (for `explain`). Each index keeps one, so a
 * query with thousands of results allocates next to nothing.
 */
export class FoundRows {
  static readonly #byOwner = new WeakMap<object, FoundRows>()
  rows = new Int32Array(1024)
  scores = new Float64Array(1024)
  readonly items: RawResult[] = []
  /** How many results there are. */
  count = 0

  /**
   * The found rows of an owner (an index's documents), emptied for a new search.
   *
   * @param owner - what the arrays are kept for
   */
  static of(owner: object): FoundRows {
    let found = FoundRows.#byOwner.get(owner)
    if (found === undefined) FoundRows.#byOwner.set(owner, (found = new FoundRows()))
    found.count = 0
    found.items.length = 0
    return found
  }

  /**
   * Adds a result.
   *
   * @param row - its row
   * @param score - its score
   * @param item - the engine's result object, when it made one
   */
  push(row: number, score: number, item?: RawResult): void {
    if (this.count === this.rows.length) {
      const rows = new Int32Array(this.count * 2)
      rows.set(this.rows)
      const scores = new Float64Array(this.count * 2)
      scores.set(this.scores)
      this.rows = rows
      this.scores = scores
    }
    if (item !== undefined) this.items[this.count] = item
    this.rows[this.count] = row
    this.scores[this.count++] = score
  }
}

/**
 * The places in `found` of its `k` best results, best first (higher score, then lower row),
 * kept in a min-heap of places while the results pass: O(n log k) for n results, and no
 * object per result.
 *
 * @param found - the results
 * @param k - how many to keep
 */
export function topPlaces(found: FoundRows, k: number): number[] {
  const { rows, scores } = found
  // True when place a ranks after place b.
  const after = (a: number, b: number): boolean => scores[a] < scores[b] || (scores[a] === scores[b] && rows[a] > rows[b])
  // No more results than places: they are all kept.
  if (found.count <= k) {
    const places = new Array<number>(found.count)
    for (let place = 0; place < found.count; place++) places[place] = place
    return sortPlaces(places, after)
  }
  // The root is the worst kept result.
  const heap: number[] = []
  const swap = (i: number, j: number): void => {
    const place = heap[i]
    heap[i] = heap[j]
    heap[j] = place
  }
  for (let place = 0; place < found.count; place++) {
    if (heap.length < k) {
      let i = heap.push(place) - 1
      for (let parent = (i - 1) >> 1; i > 0 && after(heap[i], heap[parent]); i = parent, parent = (i - 1) >> 1) swap(i, parent)
    } else if (k > 0 && after(heap[0], place)) {
      heap[0] = place
      for (let i = 0; ; ) {
        let worst = i
        const left = 2 * i + 1
        if (left < k && after(heap[left], heap[worst])) worst = left
        if (left + 1 < k && after(heap[left + 1], heap[worst])) worst = left + 1
        if (worst === i) break
        swap(i, worst)
        i = worst
      }
    }
  }
  return sortPlaces(heap, after)
}

/** Sorts places best first: by insertion when there are few (a page's worth), else by `Array.prototype.sort`. */
function sortPlaces(places: number[], after: (a: number, b: number) => boolean): number[] {
  if (places.length > 16) return places.sort((a, b) => (after(a, b) ? 1 : after(b, a) ? -1 : 0))
  for (let i = 1; i < places.length; i++) {
    const place = places[i]
    let j = i
    for (; j > 0 && after(places[j - 1], place); j--) places[j] = places[j - 1]
    places[j] = place
  }
  return places
}
