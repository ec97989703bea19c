/**
 * Public data types of the sentence index.
 *
 * @module
 */

import type { DocumentId, Metadata, Role, Span } from '../model.js'

/**
 * A sentence of the index as {@link SentenceIndex.sentences} lists it: where it stands, its
 * interview structure and its document's metadata.
 */
export interface SentenceInfo<M extends object = Metadata> {
  /** The sentence's id: `<documentId>#<index>`. */
  readonly id: string
  /** The id of the document the sentence belongs to. */
  readonly documentId: DocumentId
  /** The sentence: `document.text.slice(start, end)`. */
  readonly text: string
  /** UTF-16 offset of the sentence in its document. */
  readonly start: number
  /** UTF-16 offset just past the sentence in its document. */
  readonly end: number
  /** Ordinal of the sentence's paragraph in its document (0-based). */
  readonly paragraph: number
  /** Ordinal of the sentence in its document (0-based). */
  readonly index: number
  /** Its role, for an interview. */
  readonly role?: Role
  /** Who says it, for an interview. */
  readonly speaker?: string
  /** For a pull quote: the `index` of the body sentence it repeats. */
  readonly duplicateOf?: number
  /** The document's metadata, as it was added. */
  readonly metadata: Readonly<M>
}

/** One sentence that matched a search: the sentence, with its score and highlights. */
export interface SearchHit<M extends object = Metadata> extends SentenceInfo<M> {
  /** Relevance (BM25, as MiniSearch computes it). Higher is better. */
  readonly score: number
  /**
   * Offsets into `text` of the matched words, or of the matched phrase. Unless a phrase or
   * filter check found them already, they are worked out when first read (an own, enumerable
   * getter: spreading, `JSON.stringify` and `structuredClone` include them).
   */
  readonly highlights: readonly Span[]
  /** With `{ context: n }`: up to n sentences of the same paragraph before and after. */
  readonly context?: { readonly before: readonly ContextSentence[]; readonly after: readonly ContextSentence[] }
  /** With `{ explain: true }`: why the hit matched. */
  readonly explain?: Explanation
}

/** A sentence beside a hit, in the same paragraph. */
export interface ContextSentence {
  readonly id: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly index: number
}

/** Why a hit matched, with `{ explain: true }`. */
export interface Explanation {
  /** The hit's score. */
  readonly score: number
  /** The query terms that matched (for a prefix or fuzzy word, what was typed, normalised). */
  readonly queryTerms: readonly string[]
  /**
   * Per index term that matched: its fields, its BM25 score alone, and its weight (below 1
   * for a stop word among other words, or for a word a prefix or fuzzy query reached).
   */
  readonly parts: readonly { readonly term: string; readonly fields: readonly string[]; readonly score: number; readonly weight: number }[]
  /**
   * The number of distinct terms that matched. MiniSearch multiplies the weighted sum of the
   * parts by it, so that `score = Σ(part.score × part.weight) × coordination × roleBoost + contextScore + adjacentScore + exactScore`.
   */
  readonly coordination: number
  /** The role factor applied, if any. */
  readonly roleBoost?: number
  /**
   * What the hit got through its context, if anything: part of the scores of the other
   * sentences of its paragraph that matched (less for each sentence between), and for an
   * answer, of the question it answers. It ranks hits that hold a query word; with `expand` it
   * also finds sentences that hold none (their `parts` are empty), and adds what a sentence
   * gets as the words of a speaker the query names.
   */
  readonly contextScore?: number
  /**
   * What the hit got for words of the query that it holds side by side, as the query has them,
   * if anything (the weight `adjacent`); included in `score` like `contextScore`.
   */
  readonly adjacentScore?: number
  /**
   * What the hit got for words of the query that it holds in the form the query has them (or,
   * for a word the index lacks, in the forms a fallback found in its place), if anything: the
   * weight `exact` of its score before it (context included, words side by side not), per such
   * word, per query word the hit holds; included in `score` like `contextScore`.
   */
  readonly exactScore?: number
  /** True when the hit was also checked exactly (phrases, exclusions, requirements, filters). */
  readonly checked: boolean
  /** For a pull quote collapsed into its body sentence: the pull quote's id. */
  readonly collapsedFrom?: string
}

/**
 * What a `filter` callback sees: a hit before it is on a page, so without `highlights`,
 * `context` and `explain` (they are worked out only for the hits of the page); every other
 * field, score and metadata included, is as the hit will have it.
 */
export type HitInfo<M extends object = Metadata> = Omit<SearchHit<M>, 'highlights' | 'context' | 'explain'>

/** The hits of one page, with the number of hits in all. */
export interface SearchResults<M extends object = Metadata> extends Array<SearchHit<M>> {
  /** How many hits there are in all pages. */
  readonly total: number
}

/** A completion from `suggest`. */
export interface Suggestion {
  /** The word as it stands in the text (its commonest form). */
  readonly word: string
  /** In how many sentences it occurs. */
  readonly sentences: number
}
