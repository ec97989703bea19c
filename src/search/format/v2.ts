/**
 * Format 2 of the serialised index, the one zoek writes: compact columns, written from the
 * live index and restored from directly.
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

import { isCount } from '../../check.js'
import { roles, type DocumentId, type JsonValue, type Metadata, type ParagraphMode, type Role, type SegmentInput } from '../../model.js'
import type { SerializedVocabulary } from '../vocabulary.js'
import { checkArray, checkCommon, checkCounts, checksumOf, fail, INDEX_FORMAT, isDocumentId, isJsonValue, isObject, type SerializedAnalyzer } from './common.js'

/** A document: its id and text, and its metadata when it has any. */
export type SerializedDocument =
  | readonly [id: DocumentId, text: string]
  | readonly [id: DocumentId, text: string, metadata: { readonly [key: string]: JsonValue }]

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
  /** The posting lists, sorted by term. */
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

/** What an index holds, as the writer of format 2 reads it. */
export interface IndexContents {
  /** The zoek version to record. */
  readonly zoekVersion: string
  readonly analyzer: SerializedAnalyzer
  readonly paragraphs: ParagraphMode
  /** The documents in order, each with its number of sentences. */
  readonly documents: readonly { readonly id: DocumentId; readonly text: string; readonly metadata: Metadata; readonly count: number }[]
  /** The sentences of all documents, in document order: each document's `count` in turn. */
  readonly sentences: readonly SegmentInput[]
  readonly vocabulary: SerializedVocabulary
  readonly terms: TermData
}

/**
 * A column that varies per sentence and is often all empty, or null when it is.
 *
 * @param column - the column
 */
export const sparse = <T>(column: readonly (T | null)[]): readonly (T | null)[] | null => (column.some((value) => value !== null) ? column : null)

/**
 * Writes an index in format 2, checksum last. The same contents always give the same bytes.
 *
 * @param contents - what the index holds
 * @returns the envelope
 */
export function writeVersion2(contents: IndexContents): SerializedIndex {
  const { documents, sentences } = contents
  const gaps: number[] = []
  const lengths: number[] = []
  const paragraphs: number[] = []
  let row = 0
  for (const doc of documents) {
    for (let k = 0; k < doc.count; k++, row++) {
      const sentence = sentences[row]
      const previous = k === 0 ? undefined : sentences[row - 1]
      gaps.push(sentence.start - (previous?.end ?? 0))
      lengths.push(sentence.end - sentence.start)
      paragraphs.push(sentence.paragraph - (previous?.paragraph ?? 0))
    }
  }
  const envelope: Omit<SerializedIndex, 'checksum'> = {
    format: INDEX_FORMAT,
    formatVersion: 2,
    zoekVersion: contents.zoekVersion,
    analyzer: contents.analyzer,
    paragraphs: contents.paragraphs,
    documents: documents.map((doc) => (Object.keys(doc.metadata).length === 0 ? [doc.id, doc.text] : [doc.id, doc.text, doc.metadata])),
    sentences: {
      counts: documents.map((doc) => doc.count),
      gaps,
      lengths,
      paragraphs,
      roles: sparse(sentences.map((s) => s.role ?? null)),
      speakers: sparse(sentences.map((s) => s.speaker ?? null)),
      duplicateOf: sparse(sentences.map((s) => s.duplicateOf ?? null)),
    },
    vocabulary: contents.vocabulary,
    terms: contents.terms,
  }
  return { ...envelope, checksum: checksumOf(envelope) }
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

/**
 * A posting list in format 2 from a term's sentence → frequency entries, in any order.
 *
 * @param term - the term
 * @param entries - its sentences (row numbers) and term frequencies
 * @returns the posting: ids as steps, frequencies only when one is not 1
 */
export function postingOf(term: string, entries: Iterable<readonly [id: number, frequency: number]>): Posting {
  const sorted = [...entries].sort((a, b) => a[0] - b[0])
  const ids = sorted.map(([id], k) => (k === 0 ? id : id - sorted[k - 1][0]))
  const frequencies = sorted.map(([, frequency]) => frequency)
  return frequencies.every((f) => f === 1) ? [term, ids] : [term, ids, frequencies]
}

/** Orders posting lists by term, in code-unit order. */
export const byTerm = (a: Posting, b: Posting): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

/**
 * True for a document as format 2 (and a static index's block) stores it: `[id, text]` or
 * `[id, text, metadata]` with JSON metadata.
 *
 * @param doc - the value to check
 */
export const isSerializedDocument = (doc: unknown): boolean =>
  Array.isArray(doc) &&
  (doc.length === 2 || (doc.length === 3 && isObject(doc[2]) && isJsonValue(doc[2]))) &&
  isDocumentId(doc[0]) &&
  typeof doc[1] === 'string'

/**
 * Checks a format-2 envelope part by part: shapes, lengths and ranges, and that every
 * sentence lies inside its document.
 *
 * @param value - the parsed envelope, its format version 2
 * @returns the envelope, typed
 * @throws `IndexFormatError` naming the first problem
 */
export function validateVersion2(value: Record<string, unknown>): SerializedIndex {
  checkCommon(value)
  const documents = checkArray(value.documents, 'documents', undefined, isSerializedDocument) as unknown as SerializedDocument[]
  const sentences = value.sentences
  if (!isObject(sentences)) return fail('"sentences" must be an object.')
  const counts = checkCounts(sentences.counts, 'sentences.counts', documents.length)
  const rows = counts.reduce((sum, count) => sum + count, 0)
  const gaps = checkCounts(sentences.gaps, 'sentences.gaps', rows)
  const lengths = checkCounts(sentences.lengths, 'sentences.lengths', rows, 1)
  checkCounts(sentences.paragraphs, 'sentences.paragraphs', rows)
  checkOptionalColumns(sentences, rows)
  let row = 0
  for (let doc = 0; doc < counts.length; doc++) {
    let end = 0
    for (let k = 0; k < counts[doc]; k++, row++) end += gaps[row] + lengths[row]
    if (end > documents[doc][1].length) fail(`The sentences of document ${doc} end at offset ${end}, outside its text.`)
  }
  const terms = value.terms
  if (!isObject(terms)) return fail('"terms" must be an object.')
  if (typeof terms.average !== 'number' || !Number.isFinite(terms.average) || terms.average < 0) fail('"terms.average" must be a number ≥ 0.')
  checkCounts(terms.lengths, 'terms.lengths', rows)
  // Sorted by term, each once: a loaded index looks its terms up by binary search.
  let previous: string | undefined
  checkArray(terms.postings, 'terms.postings', undefined, (posting) => {
    if (!postingValid(posting, rows)) return false
    const term = (posting as Posting)[0]
    if (previous !== undefined && !(previous < term)) return false
    previous = term
    return true
  })
  return value as unknown as SerializedIndex
}

/**
 * Checks the sentence columns that are `null` when no sentence has a value: roles, speakers
 * and pull-quote links (of format 2, and of a static index's manifest).
 *
 * @param sentences - the sentence columns
 * @param rows - the number of sentences
 * @throws `IndexFormatError` naming the first bad entry
 */
export function checkOptionalColumns(sentences: Record<string, unknown>, rows: number): void {
  const columns = {
    roles: (r: unknown) => r === null || roles.includes(r as Role),
    speakers: (s: unknown) => s === null || typeof s === 'string',
    duplicateOf: (d: unknown) => d === null || isCount(d),
  }
  for (const [column, check] of Object.entries(columns)) {
    if (sentences[column] !== null) checkArray(sentences[column], `sentences.${column}`, rows, check)
  }
}

/**
 * True for a valid posting: a term, ids as steps that stay below `rows`, and optional frequencies ≥ 1.
 *
 * @param posting - the value to check
 * @param rows - the number of sentences
 */
export function postingValid(posting: unknown, rows: number): boolean {
  if (!Array.isArray(posting) || posting.length < 2 || posting.length > 3 || typeof posting[0] !== 'string') return false
  const steps: unknown = posting[1]
  const frequencies: unknown = posting[2]
  if (!Array.isArray(steps) || steps.length === 0) return false
  if (frequencies !== undefined && (!Array.isArray(frequencies) || frequencies.length !== steps.length)) return false
  let id = -1
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]
    if (typeof step !== 'number' || step % 1 !== 0 || step < (k === 0 ? 0 : 1)) return false
    id = k === 0 ? step : id + step
    if (id >= rows) return false
    const frequency = frequencies === undefined ? 1 : (frequencies as unknown[])[k]
    if (typeof frequency !== 'number' || !(frequency >= 1 && frequency % 1 === 0 && frequency <= Number.MAX_SAFE_INTEGER)) return false
  }
  return true
}
