/**
 * Public data types of the sentence index.
 *
 * @module
 */

import type { Span } from './highlight.js'

/** A document id: a string or a finite number. `1` and `'1'` are different ids. */
export type DocumentId = string | number

/** Any value JSON can hold. Document metadata must be made of these. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** The role of an interview segment. */
export type Role = 'publication' | 'byline' | 'intro' | 'question' | 'answer' | 'heading' | 'pullquote'

/** The roles, in a fixed order. */
export const roles: readonly Role[] = Object.freeze(['publication', 'byline', 'intro', 'question', 'answer', 'heading', 'pullquote'])

/** A document to add: an id, a text, and any JSON metadata, which is stored and returned. */
export interface DocumentInput {
  readonly id: DocumentId
  readonly text: string
  readonly [metadata: string]: JsonValue
}

/** A sentence of a document, as a segmenter gives it, with optional interview structure. */
export interface SegmentInput {
  /** UTF-16 offset of the sentence in the document text. */
  readonly start: number
  /** UTF-16 offset just past the sentence. */
  readonly end: number
  /** Ordinal of its paragraph (0-based). */
  readonly paragraph: number
  /** Its role, for an interview. */
  readonly role?: Role
  /** Who says it, for an interview. */
  readonly speaker?: string
  /** For a pull quote: the `index` of the body sentence it repeats. */
  readonly duplicateOf?: number
}

/** One sentence that matched a search. */
export interface SearchHit {
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
  /** Relevance (BM25, as MiniSearch computes it). Higher is better. */
  readonly score: number
  /** Offsets into `text` of the matched words, or of the matched phrase. */
  readonly highlights: readonly Span[]
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
  readonly metadata: { readonly [key: string]: JsonValue }
}
