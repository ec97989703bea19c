/**
 * Creating and loading indexes that can add documents: these bind the sentence segmenter.
 *
 * @module
 */

import type { AnalyzerOptions } from './analysis/analyzer.js'
import { splitWord } from './analysis/compounds.js'
import type { InvalidOptionError } from './errors.js'
import { PostingCollector } from './search/engine/posting-collector.js'
import { segment } from './segment/sentences.js'
import { checkLoadOptions, emptyIndex, loadIndexWith, type IndexSource, type LoadOptions } from './search/load.js'
import { checkSynonyms, type Synonyms } from './search/synonyms.js'
import type { SentenceIndex, Segmenter } from './search/sentence-index.js'
import { checkOptionNames, checkParagraphMode } from './check.js'
import type { Metadata, ParagraphMode } from './model.js'

/** Options of {@link createIndex}. */
export interface IndexOptions {
  /**
   * The analyzer's options: stemmer, stop words, overrides, compounds. Default: Kraaij-Pohlmann,
   * Snowball's Dutch stop words, overrides and compound splitting.
   */
  readonly analyzer?: AnalyzerOptions
  /** How documents are divided into paragraphs: `'blank-line'` (default) or `'line'`. */
  readonly paragraphs?: ParagraphMode
  /**
   * Related words for `expand`, at the weight `synonym`: `dutchSynonyms()` from `zoek/synonyms`
   * (Open Dutch WordNet), or a table of your own. A table is not serialised with the index:
   * give it again to `loadIndex`. Default: none.
   */
  readonly synonyms?: Synonyms
}

const INDEX_DEFAULTS = Object.freeze({
  analyzer: {} as AnalyzerOptions,
  paragraphs: 'blank-line' as ParagraphMode,
  synonyms: undefined as Synonyms | undefined,
})

const segmenter: Segmenter = (text, options) => segment(text, options)

/**
 * Creates an empty sentence index for Dutch text. `M` types the documents' metadata, which
 * hits then carry without casts.
 *
 * @typeParam M - the metadata of the documents (every property but `id` and `text`)
 * @param options - see {@link IndexOptions}
 * @returns an empty index
 * @throws {@link InvalidOptionError} for an unknown or invalid option
 * @example
 * ```ts
 * const index = createIndex()
 * index.add({ id: 'nieuws', text: 'De gemeenteraad vergaderde. Migranten kregen het woord.' })
 * index.search('migrant')[0].text // => 'Migranten kregen het woord.'
 *
 * const dated = createIndex<{ date: string }>()
 * dated.add({ id: 1, text: 'Het zieke kind van Vlaanderen.', date: '2019-06-07' })
 * dated.search('kind')[0].metadata.date // => '2019-06-07'
 * ```
 */
export function createIndex<M extends object = Metadata>(options: IndexOptions = {}): SentenceIndex<M> {
  checkOptionNames(options, Object.keys(INDEX_DEFAULTS), 'index')
  const { analyzer, paragraphs, synonyms } = { ...INDEX_DEFAULTS, ...options }
  checkParagraphMode(paragraphs)
  const checked = checkSynonyms(synonyms)
  return emptyIndex(analyzer, paragraphs, segmenter, splitWord, () => new PostingCollector()).withSynonyms(checked) as SentenceIndex<never> as SentenceIndex<M>
}

/**
 * Loads a serialised index (from `index.toJSON()`), ready to search and to add documents to.
 * Nothing is built from a rejected input.
 *
 * @typeParam M - the metadata of its documents, as {@link createIndex} typed it
 * @param source - the JSON text, its UTF-8 bytes (ArrayBuffer or typed array), or the parsed envelope
 * @param options - see {@link LoadOptions}
 * @returns the loaded index
 * @throws {@link IndexFormatError} for malformed or corrupt data, or another format version
 * @throws {@link AnalyzerMismatchError} when the index was built with another analyzer
 * @example
 * ```ts
 * const copy = loadIndex(JSON.stringify(index))
 * copy.search('migrant')[0].text // => 'Migranten kregen het woord.'
 * ```
 */
export function loadIndex<M extends object = Metadata>(source: IndexSource, options: LoadOptions = {}): SentenceIndex<M> {
  const synonyms = checkLoadOptions(options)
  return loadIndexWith(source, segmenter, splitWord).withSynonyms(synonyms) as SentenceIndex<never> as SentenceIndex<M>
}
