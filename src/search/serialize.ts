/**
 * The serialised index: a versioned envelope around MiniSearch's data and zoek's own
 * documents and segments. Loading validates every part before the index is changed (document
 * ids while their map is built, before it is put in place), so a rejected load never yields a
 * half-loaded index.
 *
 * zoek writes format 2 (`format.ts`) and reads formats 1 and 2. Format 1 is also the
 * in-memory snapshot the index restores from: a format-2 envelope is validated, then
 * expanded into it.
 *
 * @module
 */

import type { AsPlainObject } from 'minisearch'
import { checksum64, checksum64Prefix } from '../analysis/fingerprint.js'
import type { StemAlgorithm } from '../analysis/stem/index.js'
import { IndexFormatError } from '../errors.js'
import type { ParagraphMode } from '../segment/paragraphs.js'
import { roles, type DocumentId, type JsonValue, type Role } from './types.js'
import type { SerializedVocabulary } from './vocabulary.js'
import { scanParts } from '../analysis/compound-table.js'
import { compact, type Posting, type SerializedDocument, type SerializedIndex } from './format.js'
import { version } from '../version.js'

/** The `format` field of every serialised zoek index. */
export const INDEX_FORMAT = 'zoek-index'
/** The envelope format version this zoek writes. */
export const INDEX_FORMAT_VERSION = 2
/** The envelope format versions this zoek reads; older ones are migrated on load. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = Object.freeze([1, 2])

/** The analyzer identity and configuration stored in an index. */
export interface SerializedAnalyzer {
  readonly name: string
  readonly version: string
  readonly fingerprint: string
  readonly stemmer: StemAlgorithm | 'none'
  /** Present only when the stop words differ from the default list. */
  readonly stopWords?: readonly string[]
  /** True when the word-form rules (stem overrides, plurals, the Kraaij-Pohlmann stem repairs) apply; absent (false) in indexes of analyzer version 1. */
  readonly overrides?: boolean
  /** True when compounds are split; absent (false) when they are not. */
  readonly compounds?: boolean
}

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

/**
 * An index in the layout of format 1: what the index restores from, and what zoek wrote
 * before format 2. It is plain JSON data.
 */
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
  readonly minisearch: AsPlainObject
  /**
   * A checksum (`checksum64`) of `JSON.stringify` of every other field, in this order; it is
   * the last field. Any change to the data that still parses is caught on load.
   */
  readonly checksum: string
}

/**
 * Computes the checksum of an envelope's other fields, as written by `toJSON`.
 *
 * @param envelope - an envelope, with or without its checksum
 * @returns 16 hex digits
 */
export function checksumOf(envelope: object & { readonly checksum?: unknown }): string {
  const { checksum: _checksum, ...payload } = envelope
  return checksum64(JSON.stringify(payload))
}

const CHECKSUM_TAIL = /,"checksum":"([0-9a-f]{16})"}\s*$/

/**
 * The checksum of the payload of a serialised index as JSON text, computed on the text itself
 * when it is as `JSON.stringify(index)` wrote it (the checksum last, no indentation), which
 * spares parsing and serialising it again. Undefined for any other layout.
 *
 * @param text - the JSON text
 * @returns the stored and the computed checksum, or undefined
 */
export function checksumOfText(text: string): { readonly stored: string; readonly computed: string } | undefined {
  const tail = CHECKSUM_TAIL.exec(text.slice(-64))
  if (tail === null || !text.startsWith('{"format":')) return undefined
  const cut = text.length - 64 + tail.index
  return { stored: tail[1], computed: checksum64Prefix(text, cut, '}') }
}

const fail = (message: string): never => {
  throw new IndexFormatError(`${message} The data is not a zoek index this version can read.`)
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

/** Fails unless the value is an array of the given length (any length when undefined). */
function arrayOf(value: unknown, name: string, length: number | undefined): unknown[] {
  if (!Array.isArray(value)) return fail(`"${name}" must be an array.`)
  if (length !== undefined && value.length !== length) fail(`"${name}" has ${value.length} entries, expected ${length}.`)
  return value
}

const invalidEntry = (name: string, i: number, item: unknown): never => fail(`"${name}[${i}]" is invalid: ${JSON.stringify(item)?.slice(0, 80)}.`)

function checkArray(value: unknown, name: string, length: number | undefined, check: (item: unknown) => boolean): unknown[] {
  const array = arrayOf(value, name, length)
  // An index loop, not forEach: a hole in a sparse array must count as an invalid entry.
  for (let i = 0; i < array.length; i++) {
    if (!check(array[i])) invalidEntry(name, i, array[i])
  }
  return array
}

/**
 * {@link checkArray} for a column of whole numbers ≥ `minimum`: the columns of an index hold
 * hundreds of thousands of them, and a loop of its own checks them several times faster than
 * a callback can.
 */
function checkCounts(value: unknown, name: string, length: number | undefined, minimum = 0): number[] {
  const array = arrayOf(value, name, length)
  for (let i = 0; i < array.length; i++) {
    const n: unknown = array[i]
    if (!(Number.isSafeInteger(n) && (n as number) >= minimum)) invalidEntry(name, i, n)
  }
  return array as number[]
}

/** True for a value made only of JSON types, with no cycles (depth-limited). */
export function isJsonValue(value: unknown, depth = 0): value is JsonValue {
  if (depth > 64) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return Array.from(value, (item) => isJsonValue(item, depth + 1)).every(Boolean)
  if (isObject(value)) {
    const proto = Object.getPrototypeOf(value)
    return (proto === Object.prototype || proto === null) && Object.values(value).every((item) => isJsonValue(item, depth + 1))
  }
  return false
}

const isDocumentId = (value: unknown): value is DocumentId => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

/**
 * Checks that a value is a complete, consistent serialised index, without trusting any of it.
 * The format name and version are checked first, so old or foreign data gets a clear message.
 * A format-1 index is migrated: checked in its own layout, then written as format 2.
 * That no document id occurs twice is checked by `SentenceIndex#restore`, which builds the map
 * of ids anyway (one map instead of two costs a load a few milliseconds less on 29k documents).
 *
 * @param value - parsed JSON
 * @param verifiedChecksum - true when the caller has checked the checksum on the JSON text
 * @returns the index in format 2, typed
 * @throws {@link IndexFormatError} naming the first problem found
 */
export function validateEnvelope(value: unknown, verifiedChecksum = false): SerializedIndex {
  if (!isObject(value)) return fail('A serialised index must be a JSON object.')
  if (value.format !== INDEX_FORMAT) fail(`"format" is ${JSON.stringify(value.format)}, expected "${INDEX_FORMAT}".`)
  if (!READABLE_FORMAT_VERSIONS.includes(value.formatVersion as number)) {
    throw new IndexFormatError(
      `This index has format version ${JSON.stringify(value.formatVersion)}, but this zoek ${version} reads versions ${READABLE_FORMAT_VERSIONS.join(' and ')}.`,
      `Rebuild the index with zoek ${version}, or load it with the zoek that wrote it (${JSON.stringify(value.zoekVersion)}).`,
    )
  }
  if (typeof value.zoekVersion !== 'string') fail('"zoekVersion" must be a string.')
  if (typeof value.checksum !== 'string' || (!verifiedChecksum && value.checksum !== checksumOf(value))) {
    fail('The checksum does not match the data: the index was changed or damaged after it was written.')
  }
  if (value.formatVersion === 2) return validateVersion2(value)
  // The migrated index is checked again as format 2, like any other.
  return validateVersion2(compact(validateVersion1(value)) as unknown as Record<string, unknown>)
}

/** Checks the parts both formats share: the analyzer, the paragraph mode and the vocabulary. */
function checkCommon(value: Record<string, unknown>): void {
  checkAnalyzer(value.analyzer)
  if (value.paragraphs !== 'blank-line' && value.paragraphs !== 'line') fail('"paragraphs" must be "blank-line" or "line".')
  checkVocabulary(value.vocabulary)
}

/** Checks a format-1 index part by part. */
function validateVersion1(value: Record<string, unknown>): IndexSnapshot {
  checkCommon(value)
  const documents = checkArray(value.documents, 'documents', undefined, (doc) => isObject(doc) && isDocumentId(doc.id) && typeof doc.text === 'string' && isObject(doc.metadata) && isJsonValue(doc.metadata)) as SnapshotDocument[]
  checkSegments(value.segments, documents)
  checkMiniSearch(value.minisearch, (value.segments as SegmentColumns).document.length)
  return value as unknown as IndexSnapshot
}

function checkAnalyzer(analyzer: unknown): void {
  if (!isObject(analyzer)) return fail('"analyzer" must be an object.')
  for (const key of ['name', 'version', 'fingerprint'] as const) {
    if (typeof analyzer[key] !== 'string') fail(`"analyzer.${key}" must be a string.`)
  }
  if (!['kraaij-pohlmann', 'porter', 'none'].includes(analyzer.stemmer as string)) fail('"analyzer.stemmer" is not a known stemmer.')
  if (analyzer.stopWords !== undefined) checkArray(analyzer.stopWords, 'analyzer.stopWords', undefined, (w) => typeof w === 'string')
  if (analyzer.overrides !== undefined && typeof analyzer.overrides !== 'boolean') fail('"analyzer.overrides" must be true or false.')
  if (analyzer.compounds !== undefined && typeof analyzer.compounds !== 'boolean') fail('"analyzer.compounds" must be true or false.')
}

function checkSegments(segments: unknown, documents: readonly SnapshotDocument[]): void {
  if (!isObject(segments)) return fail('"segments" must be an object.')
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

function checkVocabulary(vocabulary: unknown): void {
  if (!isObject(vocabulary)) return fail('"vocabulary" must be an object.')
  const words = checkArray(vocabulary.words, 'vocabulary.words', undefined, (w) => typeof w === 'string' && w.length > 0) as string[]
  checkCounts(vocabulary.sentences, 'vocabulary.sentences', words.length, 1)
  if (vocabulary.compounds === undefined) return
  const { compounds } = vocabulary
  if (!isObject(compounds)) return fail('"vocabulary.compounds" must be an object.')
  let previous = -1
  const indexes = checkArray(compounds.words, 'vocabulary.compounds.words', undefined, (i) => {
    const ok = isCount(i) && (i as number) > previous && (i as number) < words.length
    previous = ok ? (i as number) : previous
    return ok
  }) as number[]
  checkArray(compounds.parts, 'vocabulary.compounds.parts', indexes.length, (parts) => typeof parts === 'string')
  ;(compounds.parts as string[]).forEach((parts, k) => {
    if (!scanParts(parts, words[indexes[k]].length)) fail(`"vocabulary.compounds.parts[${k}]" is not a split of ${JSON.stringify(words[indexes[k]])}.`)
  })
}

/**
 * Checks MiniSearch's serialised data: MiniSearch's own loader trusts it, and a malformed
 * posting would only fail later, during a search.
 */
function checkMiniSearch(minisearch: unknown, rows: number): void {
  if (!isObject(minisearch)) return fail('"minisearch" must be an object.')
  if (minisearch.serializationVersion !== 2) fail(`"minisearch.serializationVersion" is ${JSON.stringify(minisearch.serializationVersion)}, expected 2.`)
  if (minisearch.documentCount !== rows) fail(`"minisearch.documentCount" is ${JSON.stringify(minisearch.documentCount)}, expected ${rows}.`)
  if (!isCount(minisearch.nextId) || (minisearch.nextId as number) < rows) fail('"minisearch.nextId" is invalid.')
  if (!isObject(minisearch.fieldIds) || JSON.stringify(minisearch.fieldIds) !== '{"terms":0}') fail('"minisearch.fieldIds" must be {"terms":0}.')
  if (!isObject(minisearch.documentIds)) fail('"minisearch.documentIds" must be an object.')
  const documentIds = minisearch.documentIds as Record<string, unknown>
  const shortIds = Object.keys(documentIds)
  if (shortIds.length !== rows) fail(`"minisearch.documentIds" has ${shortIds.length} entries, expected ${rows}.`)
  const seen = new Set<number>()
  for (const shortId of shortIds) {
    // zoek adds sentences in the order of MiniSearch's internal ids: each maps to itself.
    const id = documentIds[shortId]
    if (!isCount(id) || id >= rows || seen.has(id) || String(id) !== shortId) fail(`"minisearch.documentIds" maps ${shortId} to ${JSON.stringify(id)}, not to the same segment row.`)
    seen.add(id as number)
  }
  const fieldLength = minisearch.fieldLength
  if (!isObject(fieldLength) || shortIds.some((shortId) => !Array.isArray(fieldLength[shortId]) || !isCount((fieldLength[shortId] as unknown[])[0]))) fail('"minisearch.fieldLength" is invalid.')
  const average = minisearch.averageFieldLength
  const averageOk = Array.isArray(average) && (rows === 0 ? average.length <= 1 : average.length === 1 && typeof average[0] === 'number' && Number.isFinite(average[0]) && average[0] >= 0)
  if (!averageOk) fail('"minisearch.averageFieldLength" is invalid.')
  if (!isObject(minisearch.storedFields)) fail('"minisearch.storedFields" must be an object.')
  if (minisearch.dirtCount !== undefined && !isCount(minisearch.dirtCount)) fail('"minisearch.dirtCount" is invalid.')
  checkPostings(minisearch.index, rows)
}

/** Each posting list: a term, and per field a map from short document id to term frequency. */
function checkPostings(index: unknown, rows: number): void {
  if (!Array.isArray(index)) return fail('"minisearch.index" must be an array.')
  const terms = new Set<string>()
  for (let i = 0; i < index.length; i++) {
    const entry: unknown = index[i]
    const valid = Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && !terms.has(entry[0]) && isObject(entry[1]) && postingsValid(entry[1], rows)
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
      if (!(id >= 0 && id < rows && id % 1 === 0) || typeof frequency !== 'number' || !(frequency >= 1 && frequency % 1 === 0 && frequency <= Number.MAX_SAFE_INTEGER)) return false
    }
  }
  return true
}

/**
 * Checks a format-2 envelope part by part: shapes, lengths and ranges, and that every
 * sentence lies inside its document.
 */
function validateVersion2(value: Record<string, unknown>): SerializedIndex {
  checkCommon(value)
  const documents = checkArray(value.documents, 'documents', undefined, (doc) => Array.isArray(doc) && (doc.length === 2 || (doc.length === 3 && isObject(doc[2]) && isJsonValue(doc[2]))) && isDocumentId(doc[0]) && typeof doc[1] === 'string') as unknown as SerializedDocument[]
  const sentences = value.sentences
  if (!isObject(sentences)) return fail('"sentences" must be an object.')
  const counts = checkCounts(sentences.counts, 'sentences.counts', documents.length)
  const rows = counts.reduce((sum, count) => sum + count, 0)
  const gaps = checkCounts(sentences.gaps, 'sentences.gaps', rows)
  const lengths = checkCounts(sentences.lengths, 'sentences.lengths', rows, 1)
  checkCounts(sentences.paragraphs, 'sentences.paragraphs', rows)
  const columns = { roles: (r: unknown) => r === null || roles.includes(r as Role), speakers: (s: unknown) => s === null || typeof s === 'string', duplicateOf: (d: unknown) => d === null || isCount(d) }
  for (const [column, check] of Object.entries(columns)) {
    if (sentences[column] !== null) checkArray(sentences[column], `sentences.${column}`, rows, check)
  }
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

/** A posting: a term, ids as steps that stay below `rows`, and optional frequencies ≥ 1. */
function postingValid(posting: unknown, rows: number): boolean {
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
