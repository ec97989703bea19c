/**
 * Format 2 of the serialised index: compact columns, written from the in-memory snapshot
 * (the layout of format 1) and restored from directly.
 *
 * - documents are `[id, text]`, or `[id, text, metadata]` when there is metadata;
 * - sentences are columns: sentences per document, the gap before each sentence and its
 *   length, and its paragraph as a step from the sentence before; roles, speakers and
 *   duplicates are `null` when no sentence has one;
 * - MiniSearch's postings are `[term, ids, frequencies?]`, sorted by term, with ids as steps
 *   from the previous id and frequencies left out when all are 1. MiniSearch's document ids are
 *   the row numbers, so they are not stored.
 *
 * @module
 */

import type { AsPlainObject } from 'minisearch'
import type { ParagraphMode } from '../segment/paragraphs.js'
import type { IndexSnapshot, SerializedAnalyzer } from './serialize.js'
import type { DocumentId, JsonValue, Role } from './types.js'
import type { SerializedVocabulary } from './vocabulary.js'

/** A document: its id and text, and its metadata when it has any. */
export type SerializedDocument = readonly [id: DocumentId, text: string] | readonly [id: DocumentId, text: string, metadata: { readonly [key: string]: JsonValue }]

/** The sentences of all documents, in document order, as columns. */
export interface SentenceColumns {
  /** Sentences per document. */
  readonly counts: readonly number[]
  /** Characters between the previous sentence of the document (or its start) and this one. */
  readonly gaps: readonly number[]
  /** Each sentence's length in characters. */
  readonly lengths: readonly number[]
  /** Each sentence's paragraph minus the previous sentence's (the first: the paragraph itself). */
  readonly paragraphs: readonly number[]
  readonly roles: readonly (Role | null)[] | null
  readonly speakers: readonly (string | null)[] | null
  readonly duplicateOf: readonly (number | null)[] | null
}

/** One posting list: a term, its sentences as steps from the previous one, and their term frequencies unless all are 1. */
export type Posting = readonly [term: string, ids: readonly number[], frequencies?: readonly number[]]

/** MiniSearch's inverted index, compactly. */
export interface TermData {
  /** MiniSearch's average number of terms per sentence, as it computed it. */
  readonly average: number
  /** The number of terms of each sentence. */
  readonly lengths: readonly number[]
  readonly postings: readonly Posting[]
}

/** The serialised index, format 2: what `index.toJSON()` returns and `loadIndex` reads. Plain JSON data. */
export interface SerializedIndex {
  readonly format: 'zoek-index'
  readonly formatVersion: 2
  /** The zoek version that wrote it. */
  readonly zoekVersion: string
  readonly analyzer: SerializedAnalyzer
  /** How documents added later are divided into paragraphs. */
  readonly paragraphs: ParagraphMode
  readonly documents: readonly SerializedDocument[]
  readonly sentences: SentenceColumns
  /** Every word form of the index, for prefix and fuzzy queries and suggestions. */
  readonly vocabulary: SerializedVocabulary
  readonly terms: TermData
  /** A checksum (`checksum64`) of `JSON.stringify` of every other field, in this order; it is the last field. */
  readonly checksum: string
}

/** The columns of a snapshot that vary per sentence and are often all empty. */
const sparse = <T>(column: readonly (T | null)[]): readonly (T | null)[] | null => (column.some((value) => value !== null) ? column : null)

/**
 * Writes a snapshot in format 2 (without the checksum).
 *
 * @param snapshot - the in-memory layout
 * @returns the compact envelope
 */
export function compact(snapshot: Omit<IndexSnapshot, 'checksum'>): Omit<SerializedIndex, 'checksum'> {
  const { segments, minisearch } = snapshot
  const rows = segments.document.length
  const counts = snapshot.documents.map(() => 0)
  const gaps: number[] = []
  const lengths: number[] = []
  const paragraphs: number[] = []
  for (let i = 0; i < rows; i++) {
    const first = i === 0 || segments.document[i] !== segments.document[i - 1]
    counts[segments.document[i]]++
    gaps.push(segments.start[i] - (first ? 0 : segments.end[i - 1]))
    lengths.push(segments.end[i] - segments.start[i])
    paragraphs.push(segments.paragraph[i] - (first ? 0 : segments.paragraph[i - 1]))
  }
  // Sorted by term: equal indexes give equal bytes, and a loaded index finds terms by binary search.
  const byTerm = [...minisearch.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const postings: Posting[] = byTerm.map(([term, fields]) => {
    const entries = Object.keys(fields[0] ?? {}).map((id) => [Number(id), (fields[0] as Record<string, number>)[id]] as const)
    entries.sort((a, b) => a[0] - b[0])
    const ids = entries.map(([id], k) => (k === 0 ? id : id - entries[k - 1][0]))
    const frequencies = entries.map(([, frequency]) => frequency)
    return frequencies.every((f) => f === 1) ? [term, ids] : [term, ids, frequencies]
  })
  return {
    format: snapshot.format,
    formatVersion: 2,
    zoekVersion: snapshot.zoekVersion,
    analyzer: snapshot.analyzer,
    paragraphs: snapshot.paragraphs,
    documents: snapshot.documents.map((doc) => (Object.keys(doc.metadata).length === 0 ? [doc.id, doc.text] : [doc.id, doc.text, doc.metadata])),
    sentences: { counts, gaps, lengths, paragraphs, roles: sparse(segments.role), speakers: sparse(segments.speaker), duplicateOf: sparse(segments.duplicateOf) },
    vocabulary: snapshot.vocabulary,
    terms: { average: minisearch.averageFieldLength[0] ?? 0, lengths: Array.from({ length: rows }, (_, i) => (minisearch.fieldLength[i] as number[])[0]), postings },
  }
}

/**
 * Calls `visit` with each sentence id and term frequency of a compact posting list.
 *
 * @param steps - the ids as steps from the previous one
 * @param frequencies - the frequencies, or undefined when all are 1
 * @param visit - receives each id and frequency
 */
export function forEachPosting(steps: readonly number[], frequencies: readonly number[] | undefined, visit: (id: number, frequency: number) => void): void {
  let id = 0
  for (let k = 0; k < steps.length; k++) {
    id = k === 0 ? steps[0] : id + steps[k]
    visit(id, frequencies === undefined ? 1 : frequencies[k])
  }
}
