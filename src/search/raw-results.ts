/**
 * MiniSearch's results before it turns each into an object and sorts them all. zoek selects
 * the top hits itself (a heap when it can), which matters for queries that match tens of
 * thousands of sentences.
 *
 * This uses `executeQuery`, which MiniSearch 7 does not document; when it is missing, the
 * public `search` gives the same results, only slower. zoek adds sentences in the order of
 * MiniSearch's internal ids, so an internal id is a row number (`validateEnvelope` checks it).
 *
 * @module
 */

import type MiniSearch from 'minisearch'
import type { Query, SearchOptions } from 'minisearch'

/** One matching sentence: its row, its score, the query terms and the index terms that matched. */
export interface RawResult {
  readonly id: number
  readonly score: number
  readonly queryTerms: readonly string[]
  readonly match: Readonly<Record<string, readonly string[]>>
}

type Execute = (query: Query, options: SearchOptions) => Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>

/**
 * Calls `visit` for every result of a query, in no particular order, with MiniSearch's
 * score (already multiplied by the number of query terms that matched, as `search` does).
 *
 * @param index - the MiniSearch index
 * @param query - the query
 * @param options - search options, e.g. `boostDocument`
 * @param visit - receives each result
 */
export function forEachResult<T>(index: MiniSearch<T>, query: Query, options: SearchOptions, visit: (result: RawResult) => void): void {
  const execute = (index as unknown as { executeQuery?: Execute }).executeQuery
  if (typeof execute !== 'function') {
    for (const r of index.search(query, options)) visit({ id: r.id as number, score: r.score, queryTerms: r.queryTerms, match: r.match })
    return
  }
  for (const [id, { score, terms, match }] of execute.call(index, query, options)) {
    visit({ id, score: score * (terms.length || 1), queryTerms: terms, match })
  }
}

/**
 * True when the index has a term, in any sentence. Reads MiniSearch's radix tree (`_index`,
 * not documented); without it, runs a search for the term.
 *
 * @param index - the MiniSearch index
 * @param term - an index term
 */
export function hasTerm<T>(index: MiniSearch<T>, term: string): boolean {
  const tree = (index as unknown as { _index?: { has?: (key: string) => boolean } })._index
  if (typeof tree?.has === 'function') return tree.has(term)
  return index.search({ queries: [term] }).length > 0
}

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
