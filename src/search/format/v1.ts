/**
 * Format 1 of the serialised index, which zoek wrote before format 2 and still reads: whole
 * documents, the sentences as absolute columns, and MiniSearch's own serialised data. A
 * format-1 index is checked in its own layout and then migrated to format 2.
 *
 * @module
 */

import { isCount } from '../../check.js'
import { roles, type DocumentId, type JsonValue, type ParagraphMode, type Role, type SegmentInput } from '../../model.js'
import type { MiniSearchData } from '../engine/sentence-minisearch.js'
import type { SerializedVocabulary } from '../vocabulary.js'
import { checkArray, checkCommon, checkCounts, fail, type INDEX_FORMAT, isDocumentId, isJsonValue, isObject, type SerializedAnalyzer } from './common.js'
import { byTerm, postingOf, writeVersion2, type SerializedIndex, type TermData } from './v2.js'

/** A document as format 1 stores it: its id, full text and metadata. */
export interface SnapshotDocument {
  readonly id: DocumentId
  readonly text: string
  readonly metadata: { readonly [key: string]: JsonValue }
}

/**
 * The sentences, one row per sentence in columns. Row `i` is MiniSearch document `i`;
 * `document` is an index into `documents`, and `start`/`end` are offsets into its text.
 */
export interface SegmentColumns {
  readonly document: readonly number[]
  readonly start: readonly number[]
  readonly end: readonly number[]
  readonly paragraph: readonly number[]
  readonly role: readonly (Role | null)[]
  readonly speaker: readonly (string | null)[]
  readonly duplicateOf: readonly (number | null)[]
}

/** An index in format 1. It is plain JSON data. */
export interface IndexSnapshot {
  readonly format: typeof INDEX_FORMAT
  readonly formatVersion: 1
  /** The zoek version that wrote it. */
  readonly zoekVersion: string
  readonly analyzer: SerializedAnalyzer
  /** How documents added later are divided into paragraphs. */
  readonly paragraphs: ParagraphMode
  readonly documents: readonly SnapshotDocument[]
  readonly segments: SegmentColumns
  /** Every word form of the index, for prefix and fuzzy queries and suggestions. */
  readonly vocabulary: SerializedVocabulary
  /** MiniSearch's own serialised index (`MiniSearch#toJSON`). */
  readonly minisearch: MiniSearchData
  /**
   * A checksum (`checksum64`) of `JSON.stringify` of every other field, in this order; it is
   * the last field. Any change to the data that still parses is caught on load.
   */
  readonly checksum: string
}

/**
 * Checks a format-1 index part by part.
 *
 * @param value - the parsed envelope, its format version 1
 * @returns the index, typed
 * @throws `IndexFormatError` naming the first problem
 */
export function validateVersion1(value: Record<string, unknown>): IndexSnapshot {
  checkCommon(value)
  const documents = checkArray(
    value.documents,
    'documents',
    undefined,
    (doc) => isObject(doc) && isDocumentId(doc.id) && typeof doc.text === 'string' && isObject(doc.metadata) && isJsonValue(doc.metadata),
  ) as SnapshotDocument[]
  checkSegments(value.segments, documents)
  checkMiniSearch(value.minisearch, (value.segments as SegmentColumns).document.length)
  return value as unknown as IndexSnapshot
}

/**
 * Writes a checked format-1 index as format 2.
 *
 * @param snapshot - the format-1 index, checked by {@link validateVersion1}
 * @returns the same index in format 2
 */
export function migrateVersion1(snapshot: IndexSnapshot): SerializedIndex {
  const { segments, minisearch } = snapshot
  const rows = segments.document.length
  const counts = snapshot.documents.map(() => 0)
  for (const doc of segments.document) counts[doc]++
  const sentences: SegmentInput[] = segments.document.map((_, i) => ({
    start: segments.start[i],
    end: segments.end[i],
    paragraph: segments.paragraph[i],
    ...(segments.role[i] !== null ? { role: segments.role[i] as Role } : {}),
    ...(segments.speaker[i] !== null ? { speaker: segments.speaker[i] as string } : {}),
    ...(segments.duplicateOf[i] !== null ? { duplicateOf: segments.duplicateOf[i] as number } : {}),
  }))
  const terms: TermData = {
    average: minisearch.averageFieldLength[0] ?? 0,
    lengths: Array.from({ length: rows }, (_, i) => (minisearch.fieldLength[i] as number[])[0]),
    postings: minisearch.index
      .map(([term, fields]) =>
        postingOf(
          term,
          Object.entries(fields[0] ?? {}).map(([id, frequency]) => [Number(id), frequency] as const),
        ),
      )
      .sort(byTerm),
  }
  return writeVersion2({
    zoekVersion: snapshot.zoekVersion,
    analyzer: snapshot.analyzer,
    paragraphs: snapshot.paragraphs,
    documents: snapshot.documents.map((doc, i) => ({ ...doc, count: counts[i] })),
    sentences,
    vocabulary: snapshot.vocabulary,
    terms,
  })
}

function checkSegments(segments: unknown, documents: readonly SnapshotDocument[]): void {
  if (!isObject(segments)) fail('"segments" must be an object.')
  const document = checkArray(segments.document, 'segments.document', undefined, (d) => isCount(d) && d < documents.length) as number[]
  const rows = document.length
  const start = checkCounts(segments.start, 'segments.start', rows)
  const end = checkCounts(segments.end, 'segments.end', rows)
  checkCounts(segments.paragraph, 'segments.paragraph', rows)
  checkArray(segments.role, 'segments.role', rows, (r) => r === null || roles.includes(r as Role))
  checkArray(segments.speaker, 'segments.speaker', rows, (s) => s === null || typeof s === 'string')
  checkArray(segments.duplicateOf, 'segments.duplicateOf', rows, (d) => d === null || isCount(d))
  for (let i = 0; i < rows; i++) {
    if (start[i] >= end[i] || end[i] > documents[document[i]].text.length) fail(`Segment ${i} has offsets ${start[i]}–${end[i]} outside its document.`)
    // zoek writes the sentences grouped by document, in document order and text order.
    const previous = i - 1
    if (i > 0 && (document[i] < document[previous] || (document[i] === document[previous] && start[i] < end[previous]))) fail(`Segment ${i} is out of order.`)
  }
}

/**
 * Checks MiniSearch's serialised data: MiniSearch's own loader trusts it, and a malformed
 * posting would only fail later, during a search.
 */
function checkMiniSearch(minisearch: unknown, rows: number): void {
  if (!isObject(minisearch)) fail('"minisearch" must be an object.')
  if (minisearch.serializationVersion !== 2) fail(`"minisearch.serializationVersion" is ${JSON.stringify(minisearch.serializationVersion)}, expected 2.`)
  if (minisearch.documentCount !== rows) fail(`"minisearch.documentCount" is ${JSON.stringify(minisearch.documentCount)}, expected ${rows}.`)
  if (!isCount(minisearch.nextId) || minisearch.nextId < rows) fail('"minisearch.nextId" is invalid.')
  if (!isObject(minisearch.fieldIds) || JSON.stringify(minisearch.fieldIds) !== '{"terms":0}') fail('"minisearch.fieldIds" must be {"terms":0}.')
  if (!isObject(minisearch.documentIds)) fail('"minisearch.documentIds" must be an object.')
  const documentIds = minisearch.documentIds as Record<string, unknown>
  const shortIds = Object.keys(documentIds)
  if (shortIds.length !== rows) fail(`"minisearch.documentIds" has ${shortIds.length} entries, expected ${rows}.`)
  const seen = new Set<number>()
  for (const shortId of shortIds) {
    // zoek adds sentences in the order of MiniSearch's internal ids: each maps to itself.
    const id = documentIds[shortId]
    if (!isCount(id) || id >= rows || seen.has(id) || String(id) !== shortId)
      fail(`"minisearch.documentIds" maps ${shortId} to ${JSON.stringify(id)}, not to the same segment row.`)
    seen.add(id as number)
  }
  const fieldLength = minisearch.fieldLength
  if (!isObject(fieldLength) || shortIds.some((shortId) => !Array.isArray(fieldLength[shortId]) || !isCount((fieldLength[shortId] as unknown[])[0])))
    fail('"minisearch.fieldLength" is invalid.')
  const average = minisearch.averageFieldLength
  const averageOk =
    Array.isArray(average) &&
    (rows === 0 ? average.length <= 1 : average.length === 1 && typeof average[0] === 'number' && Number.isFinite(average[0]) && average[0] >= 0)
  if (!averageOk) fail('"minisearch.averageFieldLength" is invalid.')
  if (!isObject(minisearch.storedFields)) fail('"minisearch.storedFields" must be an object.')
  if (minisearch.dirtCount !== undefined && !isCount(minisearch.dirtCount)) fail('"minisearch.dirtCount" is invalid.')
  checkPostings(minisearch.index, rows)
}

/** Each posting list: a term, and per field a map from short document id to term frequency. */
function checkPostings(index: unknown, rows: number): void {
  if (!Array.isArray(index)) fail('"minisearch.index" must be an array.')
  const terms = new Set<string>()
  for (let i = 0; i < index.length; i++) {
    const entry: unknown = index[i]
    const valid =
      Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && !terms.has(entry[0]) && isObject(entry[1]) && postingsValid(entry[1], rows)
    if (!valid) fail(`"minisearch.index" has an invalid entry: ${JSON.stringify(entry)?.slice(0, 80)}.`)
    terms.add((entry as [string, unknown])[0])
  }
}

/** Plain loops: this runs once per term of the index, on every load. */
function postingsValid(fields: Record<string, unknown>, rows: number): boolean {
  for (const fieldId in fields) {
    if (fieldId !== '0') return false
    const postings = fields[fieldId]
    if (!isObject(postings)) return false
    for (const shortId in postings) {
      // MiniSearch reads keys with parseInt; a row id is a whole number below `rows`.
      const id = +shortId
      const frequency = postings[shortId]
      if (
        !(id >= 0 && id < rows && id % 1 === 0) ||
        typeof frequency !== 'number' ||
        !(frequency >= 1 && frequency % 1 === 0 && frequency <= Number.MAX_SAFE_INTEGER)
      )
        return false
    }
  }
  return true
}
