/**
 * `zoek/static`: search a static index (written by `writeStaticIndex` or `zoek build --static`),
 * loading only the shards each query needs. For browsers and CDNs; in Node it reads a directory.
 *
 * Nothing here imports the segmenter or the compound lexicon: a static index carries the
 * compound splits of its own words.
 *
 * @module
 */

import { checkOptionNames } from '../check.js'
import { InvalidOptionError } from '../errors.js'
import type { Metadata } from '../model.js'
import { openStatic, type StaticIndex, type StaticIndexOptions, type StaticReader } from '../search/static-index.js'
import { checkSynonyms } from '../search/synonyms.js'

export * from '../errors.js'
export { filterFields } from '../query/ast.js'
export type { BooleanNode, FieldNode, FilterField, FuzzyNode, NotNode, PhraseNode, PrefixNode, QueryNode, RequiredNode, TermNode } from '../query/ast.js'
export { parseQuery } from '../query/parser.js'
export { highlight } from '../search/highlight.js'
export type { HighlightOptions } from '../search/highlight.js'
export type { SearchOptions, SuggestOptions } from '../search/options.js'
export type { RankingWeights } from '../search/weights.js'
export type { Synonyms } from '../search/synonyms.js'
export type { StaticIndex, StaticIndexOptions, StaticReader, StaticSearchResults } from '../search/static-index.js'
export { MANIFEST_FILE, STATIC_FORMAT, STATIC_FORMAT_VERSION } from '../search/format/static.js'
export type { StaticManifest } from '../search/format/static.js'
export { paragraphModes, roles } from '../model.js'
export type { DocumentId, JsonValue, Metadata, Role, Span } from '../model.js'
export type { ContextSentence, Explanation, HitInfo, SearchHit, SearchResults, SentenceInfo, Suggestion } from '../search/types.js'
export { version } from '../version.js'

/**
 * Opens a static index. Only its manifest is read now (a few kB); each search then loads the
 * shards it needs and keeps them, and gives the same hits, in the same order and with the same
 * highlights, as the whole index loaded with `loadIndex`.
 *
 * @typeParam M - the metadata of its documents
 * @param source - the index's base URL (in a page, a path is relative to the page), in Node a
 *   directory, or a function that reads a file of the index by name
 * @param options - `fetch`: the function to fetch URLs with (default: the global `fetch`)
 * @returns the index; `search` and `suggest` return promises, and `bytesFetched` and
 *   `requests` count what it has read
 * @throws `StaticLoadError` when the manifest cannot be read, `IndexFormatError` when it is no
 *   static index this zoek reads, `AnalyzerMismatchError` for another analyzer
 * @example
 * ```ts
 * import { openStaticIndex } from 'zoek/static'
 * const index = await openStaticIndex('/zoek/')
 * const hits = await index.search('dialoogvenster')
 * hits[0].text // => 'Opent een dialoogvenster waarin u …'
 * index.requests // => 5
 * ```
 */
export async function openStaticIndex<M extends object = Metadata>(
  source: string | URL | StaticReader,
  options: StaticIndexOptions = {},
): Promise<StaticIndex<M>> {
  checkOptionNames(options, ['fetch', 'synonyms'], 'static index')
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new InvalidOptionError('fetch', 'expected a function')
  checkSynonyms(options.synonyms)
  return openStatic<M>(source, options)
}
