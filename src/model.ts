/**
 * The plain data every layer shares: documents, sentences, roles and spans. No behaviour
 * lives here, and nothing here imports another module of zoek.
 *
 * @module
 */

/** A document id: a string or a finite number. `1` and `'1'` are different ids. */
export type DocumentId = string | number

/** Any value JSON can hold. Document metadata must be made of these. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** A document's metadata: every property of an added document other than `id` and `text`. */
export type Metadata = { readonly [key: string]: JsonValue }

/**
 * A document to add: an id, a text, and any JSON metadata, which is stored and returned with
 * every hit. `M` types the metadata (`createIndex<{ date: string }>()`); values must be JSON.
 */
export type DocumentInput<M extends object = Metadata> = Readonly<M> & {
  readonly id: DocumentId
  readonly text: string
}

/** The role of an interview segment. */
export type Role = 'publication' | 'byline' | 'intro' | 'question' | 'answer' | 'heading' | 'pullquote'

/** The roles, in a fixed order. */
export const roles: readonly Role[] = Object.freeze(['publication', 'byline', 'intro', 'question', 'answer', 'heading', 'pullquote'])

/** How a text is divided into paragraphs: at blank lines, or at every line break. */
export type ParagraphMode = 'blank-line' | 'line'

/** The paragraph modes. */
export const paragraphModes: readonly ParagraphMode[] = Object.freeze(['blank-line', 'line'])

/**
 * True for a paragraph mode.
 *
 * @param value - anything
 */
export const isParagraphMode = (value: unknown): value is ParagraphMode => paragraphModes.includes(value as ParagraphMode)

/**
 * A range of a string as UTF-16 offsets, `text.slice(start, end)`: a highlight in a hit's
 * text, a paragraph in a document, a compound part in a word.
 */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A sentence of a document, as a segmenter gives it, with optional interview structure. */
export interface SegmentInput extends Span {
  /** Ordinal of its paragraph (0-based). */
  readonly paragraph: number
  /** Its role, for an interview. */
  readonly role?: Role
  /** Who says it, for an interview. */
  readonly speaker?: string
  /** For a pull quote: the `index` of the body sentence it repeats. */
  readonly duplicateOf?: number
}
