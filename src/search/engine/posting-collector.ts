/**
 * The postings of sentences collected as MiniSearch would index them, for an index built in
 * one go (the first documents of an index, a static index written from a stream): each term's
 * sentences with its count in each, each sentence's number of distinct terms, and MiniSearch's
 * running average of that number, computed as it computes it while adding. Collecting them and
 * handing them over at once costs far less than MiniSearch adding each term to its tree.
 *
 * @module
 */

import { byTerm, postingOf, type Posting } from '../format/v2.js'
import { SentenceMiniSearch } from './sentence-minisearch.js'

/** Sentences' postings, added in row order from row 0. */
export class PostingCollector {
  /** Per term, its sentences and counts as pairs in one array. */
  readonly #postings = new Map<string, number[]>()
  readonly #lengths: number[] = []
  #average = 0

  /**
   * Adds a sentence: the next row.
   *
   * @param row - its row, one more than the last
   * @param terms - its engine terms, in order
   */
  add(row: number, terms: readonly string[]): void {
    const counts = new Map<string, number>()
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
    for (const [term, count] of counts) {
      let list = this.#postings.get(term)
      if (list === undefined) this.#postings.set(term, (list = []))
      list.push(row, count)
    }
    this.#lengths[row] = counts.size
    this.#average = (this.#average * row + counts.size) / (row + 1)
  }

  /** MiniSearch's average number of distinct terms per sentence. */
  get average(): number {
    return this.#average
  }

  /** The number of distinct terms of a sentence. */
  readonly lengthOf = (row: number): number => this.#lengths[row]

  /** The posting lists, sorted by term. */
  postings(): Posting[] {
    return Array.from(this.#postings, ([term, list]) => postingOf(term, pairsOf(list))).sort(byTerm)
  }

  /**
   * The engine of the collected sentences.
   *
   * @param rows - the number of sentences
   */
  engine(rows: number): SentenceMiniSearch {
    return SentenceMiniSearch.restoreFrom({ average: this.#average, postings: this.postings(), lengthOf: this.lengthOf }, rows)
  }
}

/** A flat list of pairs as pairs. */
function* pairsOf(list: readonly number[]): Generator<readonly [number, number]> {
  for (let k = 0; k < list.length; k += 2) yield [list[k], list[k + 1]]
}
