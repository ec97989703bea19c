/**
 * Ranking the engine's results: zoek keeps the best of them in a heap instead of sorting them
 * all, which matters for queries that match tens of thousands of sentences.
 *
 * @module
 */

import type { RawResult } from './engine/sentence-minisearch.js'

/** Orders results best first: higher score, then lower row. */
export const byRank = (a: RawResult, b: RawResult): number => b.score - a.score || a.id - b.id

/**
 * Keeps the `k` best results seen, in a min-heap: O(n log k) for n results.
 */
export class TopResults {
  readonly #k: number
  readonly #heap: RawResult[] = []

  /**
   * @param k - how many results to keep
   */
  constructor(k: number) {
    this.#k = k
  }

  /** Offers a result; it is kept if it ranks among the k best so far. */
  offer(result: RawResult): void {
    const heap = this.#heap
    if (this.#k === 0) return
    if (heap.length < this.#k) {
      heap.push(result)
      this.#up(heap.length - 1)
    } else if (byRank(result, heap[0]) < 0) {
      heap[0] = result
      this.#down(0)
    }
  }

  /** The kept results, best first. */
  sorted(): RawResult[] {
    return [...this.#heap].sort(byRank)
  }

  // The root is the worst kept result: the one that ranks last.
  #worse(i: number, j: number): boolean {
    return byRank(this.#heap[i], this.#heap[j]) > 0
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.#worse(i, parent)) return
      ;[this.#heap[i], this.#heap[parent]] = [this.#heap[parent], this.#heap[i]]
      i = parent
    }
  }

  #down(i: number): void {
    const n = this.#heap.length
    for (;;) {
      let worst = i
      const left = 2 * i + 1
      const right = left + 1
      if (left < n && this.#worse(left, worst)) worst = left
      if (right < n && this.#worse(right, worst)) worst = right
      if (worst === i) return
      ;[this.#heap[i], this.#heap[worst]] = [this.#heap[worst], this.#heap[i]]
      i = worst
    }
  }
}
