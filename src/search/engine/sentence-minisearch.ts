/**
 * zoek's MiniSearch: the only module that imports MiniSearch. Every sentence is one MiniSearch
 * document whose terms zoek's analyzer made; MiniSearch holds the inverted index and scores
 * with BM25. What zoek needs beyond MiniSearch's documented API is here, typed through the
 * subclass: results before MiniSearch sorts them (`executeQuery`), whether a term is in the
 * index (`_index`), the postings for serialising, and a restore from them that reads the
 * columns of a serialised index instead of rebuilding (`loaded-maps.ts`).
 *
 * MiniSearch's version is pinned in package.json, and `test/engine.test.ts` fails loudly if a
 * release changes the internals this subclass uses.
 *
 * @module
 */

import MiniSearch, { type AsPlainObject, type Query, type SearchOptions as MiniSearchSearchOptions } from 'minisearch'
import { byTerm, postingOf, type TermData } from '../format/v2.js'
import { evaluateLean, RowScratch, type LeanIndex } from './lean-query.js'
import { LoadedTerms, RowColumnMap, type TermMap } from './loaded-maps.js'

/** A query for {@link SentenceMiniSearch}: MiniSearch's query objects. */
export type EngineQuery = Query

/** The options of every search: none (zoek weighs roles after the engine). */
const NO_OPTIONS: MiniSearchSearchOptions = Object.freeze({})

/** MiniSearch's own serialised index (what format 1 stored). */
export type MiniSearchData = AsPlainObject

/** The query terms of a result whose terms were not collected. */
export const NO_TERMS: readonly string[] = Object.freeze([])
/** The matched fields of a result whose terms were not collected. */
export const NO_MATCH: Readonly<Record<string, readonly string[]>> = Object.freeze({})

/** The query that matches every sentence. */
export const WILDCARD: EngineQuery = MiniSearch.wildcard

/** What {@link SentenceMiniSearch.restoreFrom} reads: MiniSearch's statistics and postings. */
export interface EngineSource {
  /** MiniSearch's average number of terms per sentence. */
  readonly average: number
  /** The posting lists, sorted by term. */
  readonly postings: TermData['postings']
  /** The number of terms of a sentence. */
  readonly lengthOf: (row: number) => number
  /** For a static index: false when the term's postings are not loaded yet (see `LoadedTerms`). */
  readonly loaded?: (term: string) => boolean
}

/** What MiniSearch indexes for a sentence: its row and its terms, already analysed. */
export interface IndexedSentence {
  readonly id: number
  readonly terms: readonly string[]
}

/** One matching sentence: its row, its score, the query terms and the index terms that matched. */
export interface RawResult {
  readonly id: number
  readonly score: number
  readonly queryTerms: readonly string[]
  readonly match: Readonly<Record<string, readonly string[]>>
  /** What the score got through the sentence's context (its paragraph, the question it answers), included in `score`. */
  readonly context?: number
  /** What the score got for query words side by side in the sentence (`search/rerank.ts`), included in `score`. */
  readonly adjacent?: number
  /** What the score got for query words in the sentence in their own form (`search/rerank.ts`), included in `score`. */
  readonly exact?: number
}

type Execute = (query: Query, options: MiniSearchSearchOptions) => Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>

/**
 * MiniSearch gets each sentence's terms ready-made, so every sentence is analysed once, by
 * zoek; the terms never contain whitespace, so nothing is joined or split on the way.
 */
const OPTIONS = {
  fields: ['terms'],
  storeFields: [] as string[],
  // The terms go to MiniSearch as the array they are: no joining and splitting on the way.
  extractField: (sentence: IndexedSentence, field: string) => (field === 'id' ? sentence.id : sentence.terms) as unknown as string,
  stringifyField: (terms: unknown) => terms as string,
  tokenize: (terms: string) => terms as unknown as string[],
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (term: string) => [term], processTerm: (term: string) => term },
}

/** The sentences of an index as MiniSearch documents; a sentence's id is its row number. */
export class SentenceMiniSearch extends MiniSearch<IndexedSentence> {
  /** The arrays by row that the lean evaluation of long OR queries sums into. */
  readonly #scratch = new RowScratch()

  constructor() {
    super(OPTIONS)
  }

  /**
   * The index of a serialised index's postings, without rebuilding it: its term tree and row
   * tables read the validated columns (`LoadedTerms`, `RowColumnMap`), so loading does no
   * work per sentence or per term. The first change turns them into MiniSearch's own.
   *
   * @param terms - the term data, validated, with the postings sorted by term
   * @param rows - the number of sentences
   * @returns the restored index
   */
  static restore(terms: TermData, rows: number): SentenceMiniSearch {
    return SentenceMiniSearch.restoreFrom({ average: terms.average, postings: terms.postings, lengthOf: (row) => terms.lengths[row] }, rows)
  }

  /**
   * The index of postings and sentence lengths that may be read part by part, as a static
   * index loads them; {@link restore} for a whole serialised index.
   *
   * @param source - the average sentence length, the postings sorted by term, each sentence's
   *   length, and (for a static index) which terms' postings are loaded
   * @param rows - the number of sentences
   * @returns the restored index; it must not be changed when `source.loaded` is given
   */
  static restoreFrom(source: EngineSource, rows: number): SentenceMiniSearch {
    const index = new SentenceMiniSearch()
    const TreeClass = index._index.constructor as new () => TermMap
    index._documentCount = rows
    index._nextId = rows
    index._avgFieldLength = [source.average]
    index._index = new LoadedTerms(source.postings, () => new TreeClass(), source.loaded) as unknown as SentenceMiniSearch['_index']
    index._documentIds = new RowColumnMap(rows, (row) => row) as unknown as Map<number, number>
    index._idToShortId = new RowColumnMap(rows, (row) => row) as unknown as Map<number, number>
    index._fieldLength = new RowColumnMap(rows, (row) => [source.lengthOf(row)]) as unknown as Map<number, number[]>
    return index
  }

  /**
   * Calls `visit` for every result of a query, in no particular order, with MiniSearch's
   * score (already multiplied by the number of query terms that matched, as `search` does).
   * zoek selects the top hits itself, a heap when it can, which matters for queries that
   * match tens of thousands of sentences.
   *
   * @param query - the query
   * @param visit - receives each result
   * @param matches - false when the results' `queryTerms` and `match` will not be read: then a
   *   query zoek builds is evaluated by `lean-query.ts`, with the same scores and no per-result
   *   term lists (the results have empty ones)
   */
  forEachResult(query: EngineQuery, visit: (result: RawResult) => void, matches = true): void {
    if (!matches && this.scoreRows(query, (id, score) => visit({ id, score, queryTerms: NO_TERMS, match: NO_MATCH }))) return
    const execute = (this as unknown as { executeQuery: Execute }).executeQuery
    for (const [id, { score, terms, match }] of execute.call(this, query, NO_OPTIONS)) {
      visit({ id, score: score * (terms.length || 1), queryTerms: terms, match })
    }
  }

  /**
   * Calls `visit` with the row and score of every result of a query, in no particular order,
   * as {@link forEachResult} would give them, without a result object per row: the lean
   * evaluation of `lean-query.ts`.
   *
   * @param query - the query
   * @param visit - receives each result's row and score
   * @returns false when the query needs MiniSearch's own evaluation; then nothing was
   *   visited, and {@link forEachResult} gives the results
   */
  scoreRows(query: EngineQuery, visit: (row: number, score: number) => void): boolean {
    return evaluateLean(this.#lean(), query as never, visit)
  }

  /** What `evaluateLean` reads of this index, read again for each search (the maps change as sentences come and go). */
  #lean(): LeanIndex {
    return {
      postings: (term) => this._index.get(term)?.get(0),
      documentIds: this._documentIds,
      fieldLength: (row) => (this._fieldLength.get(row) as number[])[0],
      averageFieldLength: this._avgFieldLength[0],
      documentCount: this._documentCount,
      bm25: (this._options.searchOptions as { bm25: LeanIndex['bm25'] }).bm25,
      wildcard: MiniSearch.wildcard,
      rowLimit: this._nextId,
      scratch: this.#scratch,
    }
  }

  /**
   * True when the index has a term, in any sentence.
   *
   * @param term - an index term
   */
  hasTerm(term: string): boolean {
    return this._index.has(term)
  }

  /**
   * The BM25 score of one term alone for one sentence, as `explain` shows it.
   *
   * @param term - an index term
   * @param id - the sentence's row
   * @returns the score, or 0 when the sentence does not have the term
   */
  scoreOf(term: string, id: number): number {
    return this.search({ combineWith: 'OR', queries: [term] }, { filter: (result) => result.id === id })[0]?.score ?? 0
  }

  /**
   * The index's postings in format 2, sorted by term: the same index always gives the same
   * data. The rows must be 0 to `rows - 1`, as they are after compaction.
   *
   * @param rows - the number of sentences
   */
  termData(rows: number): TermData {
    const postings = []
    for (const [term, fields] of this._index) postings.push(postingOf(term, fields.get(0) ?? []))
    return {
      average: this._avgFieldLength[0] ?? 0,
      lengths: Array.from({ length: rows }, (_, row) => (this._fieldLength.get(row) as number[])[0]),
      postings: postings.sort(byTerm),
    }
  }
}
