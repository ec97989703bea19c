/**
 * The postings of sentences collected as MiniSearch would index them, for an index built in
 * one go (the first documents of an index, a static index written from a stream): each term's
 * sentences with its count in each, each sentence's number of distinct terms, and MiniSearch's
 * running average of that number, computed as it computes it while adding. Collecting them and
 * handing them over at once costs far less than MiniSearch adding each term to its tree.
 *
 * @module
 */

import { byTerm, type Posting } from '../format/v2.js'
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
    // Rows come in order, so a term seen before in this sentence has this row last in its list.
    let distinct = 0
    for (const term of terms) {
      const list = this.#postings.get(term)
      if (list === undefined) {
        this.#postings.set(term, [row, 1])
        distinct++
      } else if (list[list.length - 2] === row) {
        list[list.length - 1]++
      } else {
        list.push(row, 1)
        distinct++
      }
    }
    this.#lengths[row] = distinct
    this.#average = (this.#average * row + distinct) / (row + 1)
  }

  /** MiniSearch's average number of distinct terms per sentence. */
  get average(): number {
    return this.#average
  }

  /** The number of distinct terms of a sentence. */
  readonly lengthOf = (row: number): number => this.#lengths[row]

  /** The posting lists, sorted by term. */
  postings(): Posting[] {
    // As postingOf writes them, straight from the pairs, which are in order of row already.
    const postings: Posting[] = []
    for (const [term, list] of this.#postings) {
      const steps = new Array<number>(list.length / 2)
      let repeated = false
      for (let k = 0; k < list.length; k += 2) {
        steps[k / 2] = k === 0 ? list[0] : list[k] - list[k - 2]
        if (list[k + 1] !== 1) repeated = true
      }
      postings.push(repeated ? [term, steps, list.filter((_, k) => k % 2 === 1)] : [term, steps])
    }
    return postings.sort(byTerm)
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
