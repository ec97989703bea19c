/**
 * `zoek/query`: load a serialised index and query it, without the sentence segmenter.
 *
 * Nothing here imports unified, retext or parse-dutch, so this entry is small enough for a
 * browser. An index loaded here adds documents only through `addSegmented`; to add plain text,
 * use `loadIndex` from `zoek`.
 *
 * @module
 */

import { InvalidOptionError } from '../errors.js'
import { checkLoadOptions, loadIndexWith, loadIndexWithAsync, type IndexSource, type LoadOptions } from '../search/load.js'
import type { SentenceIndex } from '../search/sentence-index.js'
import type { Metadata } from '../model.js'

export * from '../errors.js'
export { filterFields } from '../query/ast.js'
export type { BooleanNode, FieldNode, FilterField, FuzzyNode, NotNode, PhraseNode, PrefixNode, QueryNode, RequiredNode, TermNode } from '../query/ast.js'
export { parseQuery } from '../query/parser.js'
export type { DefaultOperator, ParseOptions } from '../query/parser.js'
export { highlight } from '../search/highlight.js'
export type { HighlightOptions } from '../search/highlight.js'
export type { IndexSource, LoadOptions } from '../search/load.js'
export type { Synonyms } from '../search/synonyms.js'
export type { SentenceIndex } from '../search/sentence-index.js'
export type { SearchOptions, SuggestOptions } from '../search/options.js'
export type { RankingWeights } from '../search/weights.js'
export { INDEX_FORMAT, INDEX_FORMAT_VERSION, READABLE_FORMAT_VERSIONS } from '../search/format/common.js'
export type { IndexSnapshot } from '../search/format/v1.js'
export type { SerializedIndex } from '../search/format/v2.js'
export { paragraphModes, roles } from '../model.js'
export type { DocumentId, DocumentInput, JsonValue, Metadata, ParagraphMode, Role, SegmentInput, Span } from '../model.js'
export type { ContextSentence, Explanation, HitInfo, SearchHit, SearchResults, SentenceInfo, Suggestion } from '../search/types.js'
export { version } from '../version.js'

/**
 * Loads a serialised index for querying; everything is checked before the index is handed out.
 *
 * @typeParam M - the metadata of its documents, as `createIndex` typed it
 * @param source - the JSON text, its UTF-8 bytes (ArrayBuffer or typed array), or the parsed envelope
 * @param options - see {@link LoadOptions}
 * @returns a query-only index
 * @throws `IndexFormatError` for malformed or corrupt data, or another format version
 * @throws `AnalyzerMismatchError` when the index was built with another analyzer
 * @example
 * ```ts
 * import { loadIndex } from 'zoek/query'
 * const index = loadIndex(readFileSync('nieuws.zoek.json', 'utf8'))
 * index.search('ziekenhuizen')[0].text // => 'Terwijl Jennifer Capriati in Parijs …'
 * ```
 */
export function loadIndex<M extends object = Metadata>(source: IndexSource, options: LoadOptions = {}): SentenceIndex<M> {
  const synonyms = checkLoadOptions(options)
  return loadIndexWith(source, undefined, undefined).withSynonyms(synonyms) as SentenceIndex<never> as SentenceIndex<M>
}

/**
 * Loads a serialised index for querying, reading a fetched `Response` if given one, and
 * yielding to the event loop before parsing and before building the index (restoring is
 * light: MiniSearch's terms are read from the saved postings as they are looked up).
 *
 * @typeParam M - the metadata of its documents, as `createIndex` typed it
 * @param source - a `Response` (or a promise of one), the JSON text, its bytes, or the parsed envelope
 * @param options - see {@link LoadOptions}
 * @returns a promise of a query-only index
 * @throws `IndexFormatError`, `AnalyzerMismatchError`, or `InvalidOptionError` for a failed response
 * @example
 * ```ts
 * const index = await loadIndexAsync(fetch('/nieuws.zoek.json'))
 * ```
 */
export async function loadIndexAsync<M extends object = Metadata>(
  source: IndexSource | Response | Promise<Response>,
  options: LoadOptions = {},
): Promise<SentenceIndex<M>> {
  const synonyms = checkLoadOptions(options)
  const resolved = await source
  if (isResponse(resolved)) {
    if (!resolved.ok) throw new InvalidOptionError('source', `the response has status ${resolved.status} ${resolved.statusText}`.trim())
    return (await loadIndexWithAsync(await resolved.arrayBuffer(), undefined, undefined)).withSynonyms(synonyms) as SentenceIndex<never> as SentenceIndex<M>
  }
  return (await loadIndexWithAsync(resolved, undefined, undefined)).withSynonyms(synonyms) as SentenceIndex<never> as SentenceIndex<M>
}

function isResponse(value: unknown): value is Response {
  return typeof Response !== 'undefined' && value instanceof Response
}
