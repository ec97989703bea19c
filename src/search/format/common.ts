/**
 * What every format version of the serialised index shares: its name and versions, the
 * analyzer settings it records, the checksum, and the checks of the parts that did not change
 * between versions (the analyzer, the paragraph mode, the vocabulary).
 *
 * @module
 */

import type { AnalyzerConfig, AnalyzerIdentity, AnalyzerOptions } from '../../analysis/analyzer.js'
import { scanParts } from '../../analysis/compound-table.js'
import { checksum64, checksum64Prefix } from '../../analysis/fingerprint.js'
import type { StemAlgorithm } from '../../analysis/stem/index.js'
import { dutchStopWords } from '../../analysis/data/stopwords.js'
import { isCount } from '../../check.js'
import { AnalyzerMismatchError, IndexFormatError } from '../../errors.js'
import { isParagraphMode, type DocumentId, type JsonValue } from '../../model.js'

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

const DEFAULT_STOP_WORDS = JSON.stringify(dutchStopWords)

/**
 * The analyzer as an index records it: its identity, and the settings that differ from the
 * defaults of analyzer version 1 (no stop words when they are the default list).
 *
 * @param analyzer - the index's analyzer
 * @returns the `analyzer` field of an envelope
 */
export function serializedAnalyzer(analyzer: AnalyzerIdentity & { readonly config: AnalyzerConfig }): SerializedAnalyzer {
  const { stemmer, stopWords, overrides, compounds } = analyzer.config
  return {
    name: analyzer.name,
    version: analyzer.version,
    fingerprint: analyzer.fingerprint,
    stemmer,
    ...(JSON.stringify(stopWords) === DEFAULT_STOP_WORDS ? {} : { stopWords }),
    ...(overrides ? { overrides } : {}),
    ...(compounds ? { compounds } : {}),
  }
}

/**
 * The options that make the analyzer an index records.
 *
 * @param stored - the `analyzer` field of an envelope
 * @returns options for `createAnalyzer`
 */
export function analyzerOptionsOf(stored: SerializedAnalyzer): AnalyzerOptions {
  return {
    stemmer: stored.stemmer,
    ...(stored.stopWords !== undefined ? { stopWords: stored.stopWords } : {}),
    overrides: stored.overrides === true,
    compounds: stored.compounds === true,
  }
}

/**
 * Checks that an analyzer made from an index's recorded settings is the one the index records
 * (name, version and fingerprint): otherwise queries would not match its terms.
 *
 * @param analyzer - the analyzer this zoek made from `stored`'s settings
 * @param stored - the `analyzer` field of the index
 * @param message - how the message names the index (`This index`), the zoek version that wrote
 *   it when known, and what to do about it
 * @throws `AnalyzerMismatchError` when they differ
 */
export function checkAnalyzerIdentity(
  analyzer: AnalyzerIdentity,
  stored: SerializedAnalyzer,
  message: { readonly index: string; readonly zoekVersion?: string; readonly remedy: string },
): void {
  if (analyzer.name === stored.name && analyzer.version === stored.version && analyzer.fingerprint === stored.fingerprint) return
  const by = message.zoekVersion === undefined ? '' : ` by zoek ${message.zoekVersion}`
  throw new AnalyzerMismatchError(
    `${message.index} was built with analyzer ${stored.name} ${stored.version} (fingerprint ${stored.fingerprint})${by}, ` +
      `but this zoek analyses text as ${analyzer.name} ${analyzer.version} (fingerprint ${analyzer.fingerprint}). ${message.remedy}`,
  )
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

/**
 * Rejects the data as no index this zoek can read.
 *
 * @param message - what is wrong
 * @throws {@link IndexFormatError} always
 */
export function fail(message: string): never {
  throw new IndexFormatError(`${message} The data is not a zoek index this version can read.`)
}

/** True for a plain object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** True for a valid document id. */
export const isDocumentId = (value: unknown): value is DocumentId => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

/** Fails unless the value is an array of the given length (any length when undefined). */
function arrayOf(value: unknown, name: string, length: number | undefined): unknown[] {
  if (!Array.isArray(value)) return fail(`"${name}" must be an array.`)
  if (length !== undefined && value.length !== length) fail(`"${name}" has ${value.length} entries, expected ${length}.`)
  return value
}

const invalidEntry = (name: string, i: number, item: unknown): never => fail(`"${name}[${i}]" is invalid: ${JSON.stringify(item)?.slice(0, 80)}.`)

/**
 * Fails unless the value is an array (of `length` entries, when given) whose every entry
 * passes `check`; the message names the first entry that does not.
 *
 * @param value - the value
 * @param name - its name in the envelope, for the message
 * @param length - the length it must have, or undefined for any
 * @param check - the test of one entry
 * @returns the array
 */
export function checkArray(value: unknown, name: string, length: number | undefined, check: (item: unknown) => boolean): unknown[] {
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
 *
 * @param value - the value
 * @param name - its name in the envelope, for the message
 * @param length - the length it must have, or undefined for any
 * @param minimum - the smallest number allowed
 * @returns the column
 */
export function checkCounts(value: unknown, name: string, length: number | undefined, minimum = 0): number[] {
  const array = arrayOf(value, name, length)
  for (let i = 0; i < array.length; i++) {
    const n: unknown = array[i]
    if (!(Number.isSafeInteger(n) && (n as number) >= minimum)) invalidEntry(name, i, n)
  }
  return array as number[]
}

/**
 * True for a value made only of JSON types, with no cycles (depth-limited).
 *
 * @param value - anything
 * @param depth - how deep `value` lies in the value being checked
 */
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

/**
 * Checks the parts every format version shares: the analyzer, the paragraph mode and the
 * vocabulary.
 *
 * @param value - the envelope
 * @throws {@link IndexFormatError} naming the first problem
 */
export function checkCommon(value: Record<string, unknown>): void {
  checkAnalyzer(value.analyzer)
  if (!isParagraphMode(value.paragraphs)) fail('"paragraphs" must be "blank-line" or "line".')
  checkVocabulary(value.vocabulary)
}

/** Checks the `analyzer` field of an envelope or a static manifest. */
export function checkAnalyzer(analyzer: unknown): void {
  if (!isObject(analyzer)) fail('"analyzer" must be an object.')
  for (const key of ['name', 'version', 'fingerprint'] as const) {
    if (typeof analyzer[key] !== 'string') fail(`"analyzer.${key}" must be a string.`)
  }
  if (!['kraaij-pohlmann', 'porter', 'none'].includes(analyzer.stemmer as string)) fail('"analyzer.stemmer" is not a known stemmer.')
  if (analyzer.stopWords !== undefined) checkArray(analyzer.stopWords, 'analyzer.stopWords', undefined, (w) => typeof w === 'string')
  if (analyzer.overrides !== undefined && typeof analyzer.overrides !== 'boolean') fail('"analyzer.overrides" must be true or false.')
  if (analyzer.compounds !== undefined && typeof analyzer.compounds !== 'boolean') fail('"analyzer.compounds" must be true or false.')
}

/** Checks a vocabulary: of an envelope, or one shard of a static index. */
export function checkVocabulary(vocabulary: unknown): void {
  if (!isObject(vocabulary)) fail('"vocabulary" must be an object.')
  const words = checkArray(vocabulary.words, 'vocabulary.words', undefined, (w) => typeof w === 'string' && w.length > 0) as string[]
  checkCounts(vocabulary.sentences, 'vocabulary.sentences', words.length, 1)
  if (vocabulary.compounds === undefined) return
  const { compounds } = vocabulary
  if (!isObject(compounds)) fail('"vocabulary.compounds" must be an object.')
  let previous = -1
  const indexes = checkArray(compounds.words, 'vocabulary.compounds.words', undefined, (i) => {
    const ok = isCount(i) && i > previous && i < words.length
    previous = ok ? i : previous
    return ok
  }) as number[]
  checkArray(compounds.parts, 'vocabulary.compounds.parts', indexes.length, (parts) => typeof parts === 'string')
  ;(compounds.parts as string[]).forEach((parts, k) => {
    if (!scanParts(parts, words[indexes[k]].length)) fail(`"vocabulary.compounds.parts[${k}]" is not a split of ${JSON.stringify(words[indexes[k]])}.`)
  })
}
