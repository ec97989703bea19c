/**
 * Loading a serialised index. This module is on the query-only path: it does not import
 * the segmenter.
 *
 * @module
 */

import { composeAnalyzer, type AnalyzerOptions } from '../analysis/analyzer.js'
import { CompoundTable, type CompoundSplitter } from '../analysis/compound-table.js'
import { checkOptionNames } from '../check.js'
import { IndexFormatError, ZoekError } from '../errors.js'
import { checkSynonyms, type Synonyms } from './synonyms.js'
import type { ParagraphMode } from '../model.js'
import type { BulkCollector } from './documents.js'
import { SentenceIndex, type Segmenter } from './sentence-index.js'
import { analyzerOptionsOf, checkAnalyzerIdentity, checksumOfText } from './format/common.js'
import { validateEnvelope } from './format/envelope.js'
import type { IndexSnapshot } from './format/v1.js'
import type { SerializedIndex } from './format/v2.js'

/** Options of `loadIndex`. */
export interface LoadOptions {
  /**
   * Related words for `expand`, at the weight `synonym`: `dutchSynonyms()` from `zoek/synonyms`
   * (Open Dutch WordNet), or a table of your own. A table is not part of the index: give it
   * each time the index is loaded. Default: none.
   */
  readonly synonyms?: Synonyms
}

/**
 * Checks the options of `loadIndex`.
 *
 * @param options - the options as given
 * @returns the table of synonyms, or undefined
 * @throws {@link InvalidOptionError} for an unknown or invalid option
 * @internal
 */
export function checkLoadOptions(options: LoadOptions): Synonyms | undefined {
  checkOptionNames(options, ['synonyms'], 'load')
  return checkSynonyms(options.synonyms)
}

/** What `loadIndex` accepts: the JSON text, its bytes, or the parsed envelope (format 2, or format 1). */
export type IndexSource = string | ArrayBuffer | ArrayBufferView | SerializedIndex | IndexSnapshot

/**
 * Loads a serialised index; everything is checked before the index is handed out.
 *
 * @param source - the JSON text, its UTF-8 bytes, or the parsed envelope
 * @param segmenter - the segmenter for documents added later, or undefined for query-only
 * @param lexicon - the compound splitter for words added later, or undefined for query-only
 * @returns the loaded index
 * @throws {@link IndexFormatError} for malformed or foreign data, or another format version
 * @throws {@link AnalyzerMismatchError} when the index was built with an analyzer this zoek does not have
 * @internal
 */
export function loadIndexWith(source: IndexSource, segmenter: Segmenter | undefined, lexicon: CompoundSplitter | undefined): SentenceIndex {
  return restored(checkedEnvelope(source), segmenter, lexicon)
}

/**
 * Like {@link loadIndexWith}, but yields to the event loop before parsing and before
 * building the index.
 *
 * @internal
 */
export async function loadIndexWithAsync(source: IndexSource, segmenter: Segmenter | undefined, lexicon: CompoundSplitter | undefined): Promise<SentenceIndex> {
  await yieldToEventLoop()
  const envelope = checkedEnvelope(source)
  await yieldToEventLoop()
  return restored(envelope, segmenter, lexicon)
}

/** The index of a checked envelope; anything MiniSearch throws becomes an IndexFormatError. */
function restored(envelope: SerializedIndex, segmenter: Segmenter | undefined, lexicon: CompoundSplitter | undefined): SentenceIndex {
  const index = emptyIndexFor(envelope, segmenter, lexicon)
  try {
    index.restore(envelope)
  } catch (error) {
    throw asFormatError(error)
  }
  return index
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

function asFormatError(error: unknown): ZoekError {
  if (error instanceof ZoekError) return error
  return new IndexFormatError(`The MiniSearch data in this index is corrupt (${(error as Error).message}).`)
}

/** Parses and validates a source; the checksum is checked on the JSON text when there is one. */
function checkedEnvelope(source: IndexSource): SerializedIndex {
  const text = typeof source === 'string' ? source : source instanceof ArrayBuffer || ArrayBuffer.isView(source) ? decode(source) : undefined
  const sums = text === undefined ? undefined : checksumOfText(text)
  if (sums !== undefined && sums.stored !== sums.computed) {
    throw new IndexFormatError('The checksum does not match the data: the index was changed or damaged after it was written.')
  }
  return validateEnvelope(text === undefined ? source : parseJson(text), sums !== undefined)
}

function decode(source: ArrayBuffer | ArrayBufferView): string {
  const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new IndexFormatError('The index bytes are not valid UTF-8.')
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new IndexFormatError(`The index is not valid JSON (${(error as Error).message}). It may be truncated.`)
  }
}

/**
 * An empty index with its analyzer and the table of compound splits it reads; `createIndex`
 * and the loaders make every index here.
 *
 * @param options - the analyzer's options
 * @param paragraphs - the paragraph mode for added documents
 * @param segmenter - the segmenter, or undefined for a query-only index
 * @param lexicon - the compound splitter for new words, or undefined for a query-only index
 * @param collector - collects the postings of the first documents in one go (`createIndex`)
 * @internal
 */
export function emptyIndex(
  options: AnalyzerOptions,
  paragraphs: ParagraphMode,
  segmenter: Segmenter | undefined,
  lexicon: CompoundSplitter | undefined,
  collector?: () => BulkCollector,
): SentenceIndex {
  const compounds = new CompoundTable(lexicon)
  return new SentenceIndex(composeAnalyzer(options, compounds.split), paragraphs, segmenter, compounds, collector)
}

/** An empty index with the analyzer a serialised index was built with, checked to be the same one. */
function emptyIndexFor(envelope: SerializedIndex, segmenter: Segmenter | undefined, lexicon: CompoundSplitter | undefined): SentenceIndex {
  const stored = envelope.analyzer
  const index = emptyIndex(analyzerOptionsOf(stored), envelope.paragraphs, segmenter, lexicon)
  checkAnalyzerIdentity(index.analyzer, stored, {
    index: 'This index',
    zoekVersion: envelope.zoekVersion,
    remedy: `Queries would not match the index; rebuild it with this zoek, or query it with zoek ${envelope.zoekVersion}.`,
  })
  return index
}
