/**
 * The sentence index: the public front of zoek's search. Every sentence of every document is
 * one document of the engine (`engine/`), indexed with zoek's Dutch analyzer. The work is in
 * rooms of its own: `documents.ts` keeps the documents, rows, engine and vocabulary in step,
 * `run-search.ts` turns a query into a page of hits, `options.ts` checks options, and
 * `format/` writes and reads the serialised index.
 *
 * This module must not import `segment/`: a segmenter is passed in, so that a prebuilt index
 * can be loaded and queried without unified or retext.
 *
 * @module
 */

import type { Synonyms } from './synonyms.js'
import type { Analyzer } from '../analysis/analyzer.js'
import type { CompoundTable } from '../analysis/compound-table.js'
import { DocumentNotFoundError, InvalidDocumentError, InvalidOptionError, SegmenterMissingError } from '../errors.js'
import type { DocumentId, DocumentInput, Metadata, ParagraphMode, SegmentInput } from '../model.js'
import type { QueryNode } from '../query/ast.js'
import { checkQueryTree } from '../query/check.js'
import { parseQuery } from '../query/parser.js'
import { version as zoekVersion } from '../version.js'
import { checkDocumentShape, checkSegments, Documents, type BulkCollector } from './documents.js'
import { serializedAnalyzer } from './format/common.js'
import { writeVersion2, type SerializedIndex } from './format/v2.js'
import { checkSearchOptions, checkSuggestOptions, type AddAllOptions, type SearchOptions, type SuggestOptions } from './options.js'
import { runSearch, toSentenceInfo } from './run-search.js'
import type { SearchResults, SentenceInfo, Suggestion } from './types.js'

/** Splits a document's text into sentences. */
export type Segmenter = (text: string, options: { readonly paragraphs: ParagraphMode }) => readonly SegmentInput[]

/**
 * A searchable collection of Dutch documents, indexed sentence by sentence.
 *
 * Create one with `createIndex()` or load one with `loadIndex()`; do not construct it directly.
 */
export class SentenceIndex<M extends object = Metadata> {
  /** The analyzer every document and query goes through. */
  readonly analyzer: Analyzer
  /** How added documents are divided into paragraphs. */
  readonly paragraphs: ParagraphMode
  readonly #segmenter: Segmenter | undefined
  readonly #documents: Documents

  /**
   * @param analyzer - the analyzer
   * @param paragraphs - the paragraph mode for added documents
   * @param segmenter - the sentence segmenter, or undefined for a query-only index
   * @param compounds - the compound splits the analyzer reads, when it splits compounds
   * @param collector - collects the postings of an empty index's first documents (see `Documents`)
   * @internal
   */
  constructor(analyzer: Analyzer, paragraphs: ParagraphMode, segmenter: Segmenter | undefined, compounds?: CompoundTable, collector?: () => BulkCollector) {
    this.analyzer = analyzer
    this.paragraphs = paragraphs
    this.#segmenter = segmenter
    this.#documents = new Documents(analyzer, compounds, collector)
  }

  /**
   * Gives the index its table of related words for `expand` (the option `synonyms`).
   *
   * @param synonyms - the checked table, or undefined for none
   * @returns the index
   * @internal
   */
  withSynonyms(synonyms: Synonyms | undefined): this {
    this.#documents.synonyms = synonyms
    return this
  }

  /** The number of documents. */
  get documentCount(): number {
    return this.#documents.size
  }

  /** The number of indexed sentences. */
  get sentenceCount(): number {
    return this.#documents.engine.documentCount
  }

  /**
   * True when a document with this id is in the index.
   *
   * @param id - a document id
   */
  has(id: DocumentId): boolean {
    return this.#documents.get(id) !== undefined
  }

  /**
   * Adds a document: segments its text into sentences and indexes each. Every property
   * other than `id` and `text` is metadata, stored and returned with each hit.
   *
   * @param document - `{ id, text, ...metadata }`
   * @throws {@link InvalidDocumentError} when the document is malformed; nothing is added
   * @throws {@link DuplicateIdError} when the id is taken; nothing is added
   * @throws {@link SegmenterMissingError} when the index was loaded query-only
   * @example
   * ```ts
   * const index = createIndex()
   * index.add({ id: 'a', text: 'Mechelen is een stad. Er wonen veel nieuwkomers.', year: 2019 })
   * index.sentenceCount // => 2
   * ```
   */
  add(document: DocumentInput<M>): void {
    this.addAll([document])
  }

  /**
   * Adds many documents. All are checked before any is added, so a bad one adds none.
   *
   * @param documents - the documents
   * @param options - progress reporting; see {@link AddAllOptions}
   * @throws {@link InvalidDocumentError} or {@link DuplicateIdError}; nothing is added
   * @throws {@link SegmenterMissingError} when the index was loaded query-only
   */
  addAll(documents: readonly DocumentInput<M>[], options: AddAllOptions = {}): void {
    if (!Array.isArray(documents)) throw new InvalidDocumentError('addAll expects an array of documents.')
    const segmenter = this.#segmenter
    if (segmenter === undefined) throw new SegmenterMissingError()
    const checked = this.#documents.checkNew(documents)
    const segmented = checked.map((doc) => ({ doc, segments: segmenter(doc.text, { paragraphs: this.paragraphs }) }))
    this.#documents.insert(segmented, options.onProgress)
  }

  /**
   * Adds a document whose sentences you segmented yourself, optionally with interview
   * structure. Needs no segmenter, so it also works on a query-only index.
   *
   * @param document - `{ id, text, ...metadata }`
   * @param segments - the sentences, in order, not overlapping, within the text
   * @throws {@link InvalidDocumentError} for a malformed document or segment; nothing is added
   * @throws {@link DuplicateIdError} when the id is taken; nothing is added
   */
  addSegmented(document: DocumentInput<M>, segments: readonly SegmentInput[]): void {
    const [doc] = this.#documents.checkNew([document])
    checkSegments(doc.text, segments)
    this.#documents.insert([{ doc, segments }])
  }

  /**
   * Removes a document and all its sentences.
   *
   * @param id - the document's id
   * @throws {@link DocumentNotFoundError} when no such document exists; nothing changes
   */
  remove(id: DocumentId): void {
    this.#documents.remove(id)
  }

  /**
   * Replaces a document with a new version under the same id.
   *
   * @param document - the new version
   * @throws {@link DocumentNotFoundError} when no document has this id; nothing changes
   * @throws {@link InvalidDocumentError} for a malformed document; nothing changes
   */
  replace(document: DocumentInput<M>): void {
    const [doc] = checkDocumentShape([document])
    if (this.#documents.get(doc.id) === undefined) throw new DocumentNotFoundError(doc.id)
    const segmenter = this.#segmenter
    if (segmenter === undefined) throw new SegmenterMissingError()
    const segments = segmenter(doc.text, { paragraphs: this.paragraphs })
    this.#documents.remove(doc.id)
    this.#documents.insert([{ doc, segments }])
  }

  /**
   * Searches the sentences. A string is parsed with `parseQuery` (see its grammar); a tree is
   * used as given.
   *
   * - Words match their analysed form: `migranten` finds `migrant`.
   * - `"…"` matches only sentences with those words in that order; `"…"~N` allows N moves.
   * - `kinder*` is a prefix, `burgemeestr~` a fuzzy word; `+word` is required, `-word` excluded.
   * - `role:answer`, `speaker:"Bart Somers"` and `document:<id>` filter.
   * - Stop words count little when the query has other words, but a query of only stop
   *   words still finds sentences. A query of only exclusions finds nothing.
   *
   * @param query - a query string or a query tree
   * @param options - see {@link SearchOptions}
   * @returns the hits of the requested page, best first, with `total`: how many hits there are in all
   * @throws {@link InvalidOptionError} for an unknown or invalid option or a malformed tree
   * @throws `QuerySyntaxError` for a malformed query string, in strict mode only
   * @example
   * ```ts
   * const index = createIndex()
   * index.add({ id: 1, text: 'Het zieke kind van Vlaanderen. Een kind is niet ziek.' })
   * index.search('"zieke kind"').map((hit) => hit.text) // => ['Het zieke kind van Vlaanderen.']
   * index.search('kind -Vlaanderen').total // => 1
   * ```
   */
  search(query: string | QueryNode, options: SearchOptions<M> = {}): SearchResults<M> {
    const settings = checkSearchOptions(options)
    if (typeof query !== 'string') return runSearch(this.#documents, checkQueryTree(query), settings)
    const parse = () => parseQuery(query, { defaultOperator: settings.defaultOperator, strict: settings.strict, asYouType: settings.asYouType })
    return runSearch(this.#documents, { query, parse }, settings)
  }

  /**
   * Completes a prefix to words of the indexed text, most useful first: words in more
   * sentences first, then shorter ones. Words are returned in their commonest written form.
   *
   * @param prefix - the beginning of a word, as typed
   * @param options - see {@link SuggestOptions}
   * @returns words as they stand in the text, each with the number of sentences it occurs in
   * @throws {@link InvalidOptionError} for a non-string prefix or an invalid option
   * @example
   * ```ts
   * const index = createIndex()
   * index.add({ id: 1, text: 'Kinderen spelen. De kinderen lachen. Kinderarmoede is een probleem.' })
   * index.suggest('kinder') // => [{ word: 'kinderen', sentences: 2 }, { word: 'Kinderarmoede', sentences: 1 }]
   * ```
   */
  suggest(prefix: string, options: SuggestOptions = {}): Suggestion[] {
    if (typeof prefix !== 'string') throw new InvalidOptionError('prefix', `expected a string, got ${typeof prefix}`)
    const { limit } = checkSuggestOptions(options)
    const start = this.analyzer.normalize(prefix)
    if (start === '') return []
    return this.#documents.vocabulary.withPrefix(start, limit).map(({ surface, sentences }) => ({ word: surface, sentences }))
  }

  /**
   * Lists the indexed sentences, as the index holds them: of every document in the order they
   * were added, or of one document. Nothing is segmented or analysed again, so this also shows
   * what a loaded index holds (roles, speakers and pull-quote links included).
   *
   * @param documentId - list only this document's sentences
   * @returns the sentences, in document order
   * @throws {@link DocumentNotFoundError} when `documentId` is given and not in the index
   * @example
   * ```ts
   * const index = createIndex()
   * index.add({ id: 'a', text: 'Mechelen is een stad. Er wonen veel nieuwkomers.' })
   * index.sentences().map((s) => `${s.id}: ${s.text}`)
   * // => ['a#0: Mechelen is een stad.', 'a#1: Er wonen veel nieuwkomers.']
   * ```
   */
  sentences(documentId?: DocumentId): SentenceInfo<M>[] {
    const documents = this.#documents
    const entries = documentId === undefined ? [...documents.entries()] : [documents.get(documentId)]
    return entries.flatMap((entry) => {
      if (entry === undefined) throw new DocumentNotFoundError(documentId as DocumentId)
      return documents.rowsOf(entry).map((row) => toSentenceInfo<M>(row, entry.text.slice(row.start, row.end)))
    })
  }

  /**
   * Serialises the index as plain JSON data (format 2): a versioned envelope with the
   * analyzer's identity, the documents, their sentences as compact columns, the vocabulary and
   * MiniSearch's inverted index. `loadIndex` reads it. The same index always gives the same bytes.
   *
   * @returns the envelope; pass it to `JSON.stringify` to store it
   */
  toJSON(): SerializedIndex {
    return writeVersion2(this.#documents.contents({ zoekVersion, analyzer: serializedAnalyzer(this.analyzer), paragraphs: this.paragraphs }))
  }

  /**
   * Restores documents, rows and the engine's index from a validated envelope.
   *
   * @param data - an envelope that passed `validateEnvelope`
   * @internal
   */
  restore(data: SerializedIndex): void {
    this.#documents.restore(data)
  }
}
