/**
 * The sentence index: every sentence of every document is one MiniSearch document, indexed
 * with zoek's Dutch analyzer. Documents, their texts and their segments live here; MiniSearch
 * holds only the inverted index.
 *
 * This module must not import `segment/`: a segmenter is passed in, so that a prebuilt index
 * can be loaded and queried without unified or retext.
 *
 * @module
 */

import MiniSearch from 'minisearch'
import type { Analyzer, Token } from '../analysis/analyzer.js'
import type { CompoundTable } from '../analysis/compound-table.js'
import { dutchStopWords } from '../analysis/stopwords.js'
import { DocumentNotFoundError, DuplicateIdError, IndexFormatError, InvalidDocumentError, InvalidOptionError, SegmenterMissingError } from '../errors.js'
import type { QueryNode } from '../query/ast.js'
import { checkQueryTree } from '../query/check.js'
import { parseQuery, type DefaultOperator } from '../query/parser.js'
import type { ParagraphMode } from '../segment/paragraphs.js'
import { mergeSpans, type Span } from './highlight.js'
import { candidateQuery, compile, matches, termWeights, type Plan, type SentenceView } from './plan.js'
import { compact, type SerializedIndex } from './format.js'
import { restoreMiniSearch } from './restore-minisearch.js'
import { checksumOf, INDEX_FORMAT, isJsonValue, type IndexSnapshot } from './serialize.js'
import { byRank, forEachResult, hasTerm, TopResults, type RawResult } from './raw-results.js'
import { optional, RowTable, type DocumentEntry, type Row } from './rows.js'
import { Vocabulary } from './vocabulary.js'
import { roles, type ContextSentence, type DocumentId, type DocumentInput, type Explanation, type HitInfo, type JsonValue, type Metadata, type Role, type SearchHit, type SearchResults, type SegmentInput, type SentenceInfo, type Suggestion } from './types.js'
import { version as zoekVersion } from '../version.js'

/** Splits a document's text into sentences. */
export type Segmenter = (text: string, options: { readonly paragraphs: ParagraphMode }) => readonly SegmentInput[]

/** Options of {@link SentenceIndex.search}. */
export interface SearchOptions<M extends object = Metadata> {
  /** The most hits to return. Default 10. */
  readonly limit?: number
  /** How many hits to skip, for paging. Default 0. */
  readonly offset?: number
  /** How clauses separated by whitespace combine: `'or'` (default) or `'and'`. Ignored when the query is a tree. */
  readonly defaultOperator?: DefaultOperator
  /** Throw `QuerySyntaxError` for a malformed query string instead of making the best of it. Default false. */
  readonly strict?: boolean
  /** For search as you type: a last word still being typed also matches as a prefix (see `parseQuery`). Default false. */
  readonly asYouType?: boolean
  /**
   * Keeps only the hits for which it returns true; runs before paging, so `total` counts what
   * it keeps. It gets a {@link HitInfo}: the hit without `highlights`, `context` and `explain`.
   */
  readonly filter?: (hit: HitInfo<M>) => boolean
  /** Score factors per role, e.g. `{ answer: 1.5, pullquote: 0.5 }`. Default none. */
  readonly roleBoost?: Partial<Readonly<Record<Role, number>>>
  /** Adds up to this many sentences of the same paragraph before and after each hit. Default 0. */
  readonly context?: number
  /** `'collapse'` (default): a pull quote that repeats a body sentence is returned as that sentence. `'keep'`: both are hits. */
  readonly duplicates?: 'collapse' | 'keep'
  /** Adds `explain` to each hit: the matched terms, their fields and score parts. Default false. */
  readonly explain?: boolean
  /**
   * A word of five letters or more that matches nothing in the index is looked up as a fuzzy
   * word (`regerng` finds *regering*), with fuzzy words' automatic distance and weight. Not
   * for excluded words, nor for the word being typed (`asYouType`) while words of the index
   * begin with it. Default true.
   */
  readonly typoFallback?: boolean
}

/** Options of {@link SentenceIndex.suggest}. */
export interface SuggestOptions {
  /** The most suggestions to return. Default 10. */
  readonly limit?: number
}

/** Options of {@link SentenceIndex.addAll}. */
export interface AddAllOptions {
  /** Called after each document with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

/** The metadata of every document that has none; frozen, since hits hand it out. */
const NO_METADATA: { readonly [key: string]: JsonValue } = Object.freeze({})

/** What `explain` needs, worked out once per search. */
interface ExplainContext {
  readonly weights: ReadonlyMap<string, number>
  readonly checked: boolean
  readonly roleBoost: SearchOptions['roleBoost']
}

/** What every hit of a page needs from its search. */
interface PageContext {
  readonly plan: Plan
  readonly context: number
  readonly explain?: ExplainContext
}

interface ResolvedSearchOptions<M extends object = Metadata> {
  readonly limit: number
  readonly offset: number
  readonly defaultOperator: DefaultOperator
  readonly strict: boolean
  readonly asYouType: boolean
  readonly filter: SearchOptions<M>['filter']
  readonly roleBoost: SearchOptions['roleBoost']
  readonly context: number
  readonly duplicates: 'collapse' | 'keep'
  readonly explain: boolean
  readonly typoFallback: boolean
}
const SEARCH_DEFAULTS: ResolvedSearchOptions = Object.freeze({
  limit: 10,
  offset: 0,
  defaultOperator: 'or' as DefaultOperator,
  strict: false,
  asYouType: false,
  filter: undefined,
  roleBoost: undefined,
  context: 0,
  duplicates: 'collapse',
  explain: false,
  typoFallback: true,
})
const DEFAULT_STOP_WORDS = JSON.stringify(dutchStopWords)

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
  #documents = new Map<DocumentId, DocumentEntry>()
  #rows = RowTable.empty()
  #minisearch: MiniSearch<IndexedSentence>
  #vocabulary: Vocabulary
  readonly #compounds: CompoundTable | undefined
  /** How many rows are pull quotes that repeat another sentence. */
  #duplicates = 0
  #dirty = false

  /**
   * @param analyzer - the analyzer
   * @param paragraphs - the paragraph mode for added documents
   * @param segmenter - the sentence segmenter, or undefined for a query-only index
   * @param compounds - the compound splits the analyzer reads, when it splits compounds
   * @internal
   */
  constructor(analyzer: Analyzer, paragraphs: ParagraphMode, segmenter: Segmenter | undefined, compounds?: CompoundTable) {
    this.analyzer = analyzer
    this.paragraphs = paragraphs
    this.#segmenter = segmenter
    this.#compounds = compounds
    this.#minisearch = new MiniSearch(miniSearchOptions())
    this.#vocabulary = new Vocabulary(analyzer, compounds)
  }

  /** The number of documents. */
  get documentCount(): number {
    return this.#documents.size
  }

  /** The number of indexed sentences. */
  get sentenceCount(): number {
    return this.#minisearch.documentCount
  }

  /**
   * True when a document with this id is in the index.
   *
   * @param id - a document id
   */
  has(id: DocumentId): boolean {
    return this.#documents.has(id)
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
    const checked = this.#checkDocuments(documents)
    const segmented = checked.map((doc) => ({ doc, segments: segmenter(doc.text, { paragraphs: this.paragraphs }) }))
    this.#insert(segmented, options.onProgress)
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
    const [doc] = this.#checkDocuments([document])
    checkSegments(doc.text, segments)
    this.#insert([{ doc, segments }])
  }

  /**
   * Removes a document and all its sentences.
   *
   * @param id - the document's id
   * @throws {@link DocumentNotFoundError} when no such document exists; nothing changes
   */
  remove(id: DocumentId): void {
    const entry = this.#documents.get(id)
    if (entry === undefined) throw new DocumentNotFoundError(id)
    for (let row = entry.first; row < entry.first + entry.count; row++) {
      const sentence = this.#rows.get(row) as Row
      const tokens = this.analyzer.analyze(entry.text.slice(sentence.start, sentence.end))
      // remove (not discard) updates every posting list now, so scores equal a fresh index's.
      this.#minisearch.remove({ id: row, terms: tokens.map((token) => token.term) })
      this.#vocabulary.removeSentence(tokens)
      if (sentence.duplicateOf !== undefined) this.#duplicates--
      this.#rows.delete(row)
    }
    this.#documents.delete(id)
    this.#dirty = true
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
    if (!this.#documents.has(doc.id)) throw new DocumentNotFoundError(doc.id)
    const segmenter = this.#segmenter
    if (segmenter === undefined) throw new SegmenterMissingError()
    const segments = segmenter(doc.text, { paragraphs: this.paragraphs })
    this.remove(doc.id)
    this.#insert([{ doc, segments }])
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
    const tree = typeof query === 'string' ? parseQuery(query, { defaultOperator: settings.defaultOperator, strict: settings.strict, asYouType: settings.asYouType }) : checkQueryTree(query)
    const plan = compile(tree, this.analyzer, this.#vocabulary, { hasTerm: (term) => hasTerm(this.#minisearch, term), typoFallback: settings.typoFallback })
    const candidates = candidateQuery(plan)
    if (candidates.query === undefined) return withTotal([], () => 0)
    const boost = settings.roleBoost
    const searchOptions = boost === undefined ? {} : { boostDocument: (id: number) => boost[this.#rows.get(id)?.role as Role] ?? 1 }
    const collapse = settings.duplicates === 'collapse' && this.#duplicates > 0
    // What every hit of the page needs, worked out once per search.
    const page: PageContext = {
      plan,
      context: settings.context,
      ...(settings.explain ? { explain: { weights: termWeights(plan), checked: !candidates.exact, roleBoost: settings.roleBoost } } : {}),
    }

    // Fast path: MiniSearch's results are the hits; keep the best in a heap, count the rest.
    if (candidates.exact && settings.filter === undefined && !collapse) {
      const top = new TopResults(settings.offset + settings.limit)
      let total = 0
      forEachResult(this.#minisearch, candidates.query, searchOptions, (result) => {
        if (!this.#rows.has(result.id)) return
        total++
        top.offer(result)
      })
      return withTotal(
        top
          .sorted()
          .slice(settings.offset)
          .map((result) => this.#hit(result, result.id, page, undefined)),
        () => total,
      )
    }

    // General path: rank everything, then check candidates in rank order only until the page
    // is full. The total checks the rest only when it is read.
    const ranked: RawResult[] = []
    forEachResult(this.#minisearch, candidates.query, searchOptions, (result) => ranked.push(result))
    ranked.sort(byRank)
    let cursor = 0
    const seen = new Set<number>()
    // The exact check also collects the highlights, so a hit on the page is not analysed twice.
    const next = (): { result: RawResult; rowId: number; spans?: Span[] } | undefined => {
      while (cursor < ranked.length) {
        const result = ranked[cursor++]
        const rowId = collapse ? this.#bodyRowOf(result.id) : result.id
        const row = this.#rows.get(rowId)
        if (row === undefined || seen.has(rowId)) continue
        const text = row.document.text.slice(row.start, row.end)
        const spans: Span[] = []
        if (!candidates.exact && !matches(plan, this.#viewOf(row, text), spans)) continue
        if (settings.filter !== undefined && !settings.filter(toHitInfo<M>(row, text, result.score))) continue
        seen.add(rowId)
        return { result, rowId, ...(candidates.exact ? {} : { spans }) }
      }
      return undefined
    }
    const hits: SearchHit<M>[] = []
    let accepted = 0
    while (hits.length < settings.limit) {
      const found = next()
      if (found === undefined) break
      accepted++
      if (accepted > settings.offset) hits.push(this.#hit(found.result, found.rowId, page, found.spans))
    }
    let total: number | undefined
    return withTotal(hits, () => {
      if (total === undefined) {
        total = accepted
        while (next() !== undefined) total++
      }
      return total
    })
  }

  /**
   * A hit of the page: its fields, its highlights, and on request context and explanation.
   * `spans` are the highlights the exact check already found, if it ran.
   */
  #hit(result: RawResult, rowId: number, page: PageContext, spans: Span[] | undefined): SearchHit<M> {
    const row = this.#rows.get(rowId) as Row
    const text = row.document.text.slice(row.start, row.end)
    let highlights = spans
    if (highlights === undefined) matches(page.plan, this.#viewOf(row, text), (highlights = []))
    return {
      ...toHitInfo<M>(row, text, result.score),
      highlights: mergeSpans(highlights),
      ...(page.context > 0 ? { context: this.#contextOf(row, page.context) } : {}),
      ...(page.explain !== undefined ? { explain: this.#explain(result, rowId, page.explain) } : {}),
    }
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
    for (const key of Object.keys(options)) if (key !== 'limit') throw new InvalidOptionError(key, 'unknown suggest option; the only option is limit')
    const limit = options.limit ?? 10
    if (!Number.isSafeInteger(limit) || limit < 0) throw new InvalidOptionError('limit', `expected a whole number ≥ 0, got ${JSON.stringify(limit)}`)
    const start = this.analyzer.normalize(prefix)
    if (start === '') return []
    return this.#vocabulary.withPrefix(start, limit).map(({ surface, sentences }) => ({ word: surface, sentences }))
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
    const entries = documentId === undefined ? [...this.#documents.values()] : [this.#documents.get(documentId)]
    return entries.flatMap((entry) => {
      if (entry === undefined) throw new DocumentNotFoundError(documentId as DocumentId)
      return this.#rowsOf(entry).map((row) => toSentenceInfo<M>(row, entry.text.slice(row.start, row.end)))
    })
  }

  /** The sentence as the exact check sees it; its tokens are analysed only when read. */
  #viewOf(row: Row, text: string): SentenceView {
    const analyzer = this.analyzer
    let tokens: Token[] | undefined
    return {
      get tokens() {
        return (tokens ??= analyzer.analyze(text))
      },
      documentId: row.document.id,
      ...optional(row.role, row.speaker, undefined),
    }
  }

  /** For a pull quote, the row of the body sentence it repeats; otherwise the row itself. */
  #bodyRowOf(rowId: number): number {
    const row = this.#rows.get(rowId)
    if (row?.duplicateOf === undefined) return rowId
    return row.duplicateOf < row.document.count ? row.document.first + row.duplicateOf : rowId
  }

  /** The rows of a document that is in the index. */
  #rowsOf(entry: DocumentEntry): Row[] {
    return this.#rows.range(entry.first, entry.first + entry.count)
  }

  #contextOf(row: Row, size: number): { before: ContextSentence[]; after: ContextSentence[] } {
    const siblings = this.#rowsOf(row.document).filter((other) => other.paragraph === row.paragraph)
    const at = siblings.indexOf(row)
    const view = (other: Row): ContextSentence => ({ id: `${other.document.id}#${other.index}`, text: other.document.text.slice(other.start, other.end), start: other.start, end: other.end, index: other.index })
    return { before: siblings.slice(Math.max(0, at - size), at).map(view), after: siblings.slice(at + 1, at + 1 + size).map(view) }
  }

  #explain(result: RawResult, rowId: number, { weights, checked, roleBoost: boost }: ExplainContext): Explanation {
    const row = this.#rows.get(rowId) as Row
    // The row MiniSearch scored: for a collapsed pull quote, the pull quote, whose role was boosted.
    const scored = this.#rows.get(result.id as number) as Row
    const parts = Object.entries(result.match).map(([term, fields]) => {
      const alone = this.#minisearch.search({ combineWith: 'OR', queries: [term] }, { filter: (r) => r.id === result.id })
      return { term, fields, score: alone[0]?.score ?? 0, weight: weights.get(term) ?? 1 }
    })
    return {
      score: result.score,
      queryTerms: result.queryTerms,
      parts,
      coordination: Object.keys(result.match).length,
      ...(boost !== undefined && scored.role !== undefined && boost[scored.role] !== undefined ? { roleBoost: boost[scored.role] as number } : {}),
      checked,
      ...(rowId !== result.id ? { collapsedFrom: `${row.document.id}#${scored.index}` } : {}),
    }
  }

  /**
   * Serialises the index as plain JSON data (format 2): a versioned envelope with the
   * analyzer's identity, the documents, their sentences as compact columns, the vocabulary and
   * MiniSearch's inverted index. `loadIndex` reads it. The same index always gives the same bytes.
   *
   * @returns the envelope; pass it to `JSON.stringify` to store it
   */
  toJSON(): SerializedIndex {
    if (this.#dirty) this.#compact()
    const documents = [...this.#documents.values()]
    const documentNumber = new Map(documents.map((doc, i) => [doc, i]))
    const rows = this.#rows.range(0, this.#rows.length)
    const { stemmer, stopWords, overrides, compounds } = this.analyzer.config
    const snapshot: Omit<IndexSnapshot, 'checksum'> = {
      format: INDEX_FORMAT,
      formatVersion: 1,
      zoekVersion,
      analyzer: {
        name: this.analyzer.name,
        version: this.analyzer.version,
        fingerprint: this.analyzer.fingerprint,
        stemmer,
        ...(JSON.stringify(stopWords) === DEFAULT_STOP_WORDS ? {} : { stopWords }),
        ...(overrides ? { overrides } : {}),
        ...(compounds ? { compounds } : {}),
      },
      paragraphs: this.paragraphs,
      documents: documents.map(({ id, text, metadata }) => ({ id, text, metadata })),
      segments: {
        document: rows.map((row) => documentNumber.get(row.document) as number),
        start: rows.map((row) => row.start),
        end: rows.map((row) => row.end),
        paragraph: rows.map((row) => row.paragraph),
        role: rows.map((row) => row.role ?? null),
        speaker: rows.map((row) => row.speaker ?? null),
        duplicateOf: rows.map((row) => row.duplicateOf ?? null),
      },
      vocabulary: this.#vocabulary.toJSON(),
      // In the order of MiniSearch's radix tree; `compact` sorts the terms, so equal indexes give equal bytes.
      minisearch: this.#minisearch.toJSON(),
    }
    const envelope = compact(snapshot)
    return { ...envelope, checksum: checksumOf(envelope) }
  }

  /**
   * Restores documents, rows and MiniSearch data from a validated envelope.
   *
   * @param data - an envelope that passed `validateEnvelope`
   * @internal
   */
  restore(data: SerializedIndex): void {
    this.#restoreWith(data, restoreMiniSearch<IndexedSentence>(data.terms, data.sentences.gaps.length, miniSearchOptions()))
  }

  #restoreWith(data: SerializedIndex, minisearch: MiniSearch<IndexedSentence>): void {
    const { counts, duplicateOf } = data.sentences
    const entries = new Array<DocumentEntry>(data.documents.length)
    for (let doc = 0, first = 0; doc < entries.length; first += counts[doc], doc++) {
      const saved = data.documents[doc]
      entries[doc] = { id: saved[0], text: saved[1], metadata: saved[2] ?? NO_METADATA, first, count: counts[doc] }
    }
    // validateEnvelope leaves this check to the map built here; nothing is changed yet when it fails.
    const documents = new Map<DocumentId, DocumentEntry>()
    for (const entry of entries) documents.set(entry.id, entry)
    if (documents.size !== entries.length) {
      const twice = entries.find((entry) => documents.get(entry.id) !== entry) as DocumentEntry
      throw new IndexFormatError(`Document id ${JSON.stringify(twice.id)} occurs twice. The data is not a zoek index this version can read.`)
    }
    const vocabulary = new Vocabulary(this.analyzer, this.#compounds)
    vocabulary.restore(data.vocabulary)
    this.#documents = documents
    this.#rows = RowTable.fromColumns(entries, data.sentences)
    this.#minisearch = minisearch
    this.#vocabulary = vocabulary
    this.#duplicates = duplicateOf === null ? 0 : duplicateOf.filter((d) => d !== null).length
  }

  #checkDocuments(documents: readonly DocumentInput[]): DocumentInput[] {
    const checked = checkDocumentShape(documents)
    const seen = new Set<DocumentId>()
    for (const doc of checked) {
      if (this.#documents.has(doc.id) || seen.has(doc.id)) throw new DuplicateIdError(doc.id)
      seen.add(doc.id)
    }
    return checked
  }

  #insert(batch: readonly { doc: DocumentInput; segments: readonly SegmentInput[] }[], onProgress?: (done: number, total: number) => void): void {
    batch.forEach(({ doc, segments }, done) => {
      const { id, text, ...metadata } = doc
      // A copy, so that later changes to the caller's object do not reach the index.
      const entry: DocumentEntry = { id, text, metadata: Object.keys(metadata).length === 0 ? NO_METADATA : structuredClone(metadata), first: this.#rows.length, count: segments.length }
      const sentences = segments.map((segment, index) => {
        const row = this.#rows.add({ ...pickSegment(segment), document: entry, index })
        if (segment.duplicateOf !== undefined) this.#duplicates++
        const tokens = this.analyzer.analyze(text.slice(segment.start, segment.end))
        this.#vocabulary.addSentence(tokens)
        return { id: row, terms: tokens.map((token) => token.term) }
      })
      this.#minisearch.addAll(sentences)
      this.#documents.set(id, entry)
      onProgress?.(done + 1, batch.length)
    })
  }

  /** Rebuilds MiniSearch and the rows without the holes that removals left. */
  #compact(): void {
    const live = [...this.#documents.values()].map((entry) => ({
      doc: { id: entry.id, text: entry.text, ...entry.metadata },
      segments: this.#rowsOf(entry),
    }))
    this.#documents.clear()
    this.#rows = RowTable.empty()
    this.#duplicates = 0
    this.#minisearch = new MiniSearch(miniSearchOptions())
    this.#vocabulary = new Vocabulary(this.analyzer, this.#compounds)
    this.#insert(live)
    this.#dirty = false
  }
}

/**
 * Adds `total` as a non-enumerable getter, so the hits still compare and serialise as a plain
 * array, and a total that needs more checking costs nothing until it is read.
 */
function withTotal<M extends object>(hits: SearchHit<M>[], total: () => number): SearchResults<M> {
  return Object.defineProperty(hits, 'total', { get: total, enumerable: false }) as SearchResults<M>
}

function toHitInfo<M extends object>(row: Row, text: string, score: number): HitInfo<M> {
  const { metadata, ...sentence } = toSentenceInfo<M>(row, text)
  return { ...sentence, score, metadata }
}

function toSentenceInfo<M extends object>(row: Row, text: string): SentenceInfo<M> {
  return {
    id: `${row.document.id}#${row.index}`,
    documentId: row.document.id,
    text,
    start: row.start,
    end: row.end,
    paragraph: row.paragraph,
    index: row.index,
    ...optional(row.role, row.speaker, row.duplicateOf),
    metadata: row.document.metadata as Readonly<M>,
  }
}

function pickSegment(segment: SegmentInput): SegmentInput {
  return { start: segment.start, end: segment.end, paragraph: segment.paragraph, ...optional(segment.role, segment.speaker, segment.duplicateOf) }
}

/** What MiniSearch indexes for a sentence: its id and its terms, already analysed. */
interface IndexedSentence {
  readonly id: number
  readonly terms: readonly string[]
}

/**
 * MiniSearch gets each sentence's terms ready-made, so every sentence is analysed once, by
 * zoek; the terms never contain whitespace, so joining and splitting them is lossless.
 */
function miniSearchOptions() {
  return {
    fields: ['terms'],
    storeFields: [] as string[],
    // The terms go to MiniSearch as the array they are: no joining and splitting on the way.
    extractField: (sentence: IndexedSentence, field: string) => (field === 'id' ? sentence.id : sentence.terms) as unknown as string,
    stringifyField: (terms: unknown) => terms as string,
    tokenize: (terms: string) => terms as unknown as string[],
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (term: string) => [term], processTerm: (term: string) => term },
  }
}

function checkDocumentShape(documents: readonly DocumentInput[]): DocumentInput[] {
  // Array.from, not map: a hole in a sparse array must be checked as a missing document.
  return Array.from(documents, (doc, i) => {
    const where = documents.length > 1 ? ` (document ${i})` : ''
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InvalidDocumentError(`A document must be an object with id and text${where}.`)
    const { id, text } = doc as { id?: unknown; text?: unknown }
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
      throw new InvalidDocumentError(`A document id must be a string or a finite number, got ${id === null ? 'null' : typeof id}${where}.`)
    }
    if (typeof text !== 'string') throw new InvalidDocumentError(`The text of document ${JSON.stringify(id)} must be a string, got ${text === null ? 'null' : typeof text}.`)
    const { id: _id, text: _text, ...metadata } = doc
    if (!isJsonValue(metadata)) throw new InvalidDocumentError(`The metadata of document ${JSON.stringify(id)} must be JSON data (no functions, undefined, NaN, cycles or class instances).`)
    return doc
  })
}

function checkSegments(text: string, segments: readonly SegmentInput[]): void {
  if (!Array.isArray(segments)) throw new InvalidDocumentError('segments must be an array.')
  let previousEnd = 0
  Array.from(segments).forEach((segment, i) => {
    const ok =
      typeof segment === 'object' && segment !== null &&
      Number.isSafeInteger(segment.start) && Number.isSafeInteger(segment.end) && Number.isSafeInteger(segment.paragraph) &&
      segment.start >= previousEnd && segment.end > segment.start && segment.end <= text.length && segment.paragraph >= 0 &&
      (segment.role === undefined || roles.includes(segment.role)) &&
      (segment.speaker === undefined || typeof segment.speaker === 'string') &&
      (segment.duplicateOf === undefined || (Number.isSafeInteger(segment.duplicateOf) && segment.duplicateOf >= 0 && segment.duplicateOf < segments.length))
    if (!ok) throw new InvalidDocumentError(`Segment ${i} is invalid: segments need integer offsets in order, within the text, and a known role.`)
    previousEnd = segment.end
  })
}

function checkSearchOptions<M extends object>(options: SearchOptions<M>): ResolvedSearchOptions<M> {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'expected an object')
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(SEARCH_DEFAULTS, key)) throw new InvalidOptionError(key, `unknown search option; valid options are ${Object.keys(SEARCH_DEFAULTS).join(', ')}`)
  }
  const merged: ResolvedSearchOptions<M> = { ...(SEARCH_DEFAULTS as ResolvedSearchOptions<M>), ...options }
  const count = (name: 'limit' | 'offset' | 'context') => {
    if (!Number.isSafeInteger(merged[name]) || merged[name] < 0) throw new InvalidOptionError(name, `expected a whole number ≥ 0, got ${JSON.stringify(merged[name])}`)
  }
  count('limit')
  count('offset')
  count('context')
  if (merged.defaultOperator !== 'and' && merged.defaultOperator !== 'or') throw new InvalidOptionError('defaultOperator', `expected 'and' or 'or', got ${JSON.stringify(merged.defaultOperator)}`)
  if (typeof merged.strict !== 'boolean') throw new InvalidOptionError('strict', 'expected true or false')
  if (typeof merged.asYouType !== 'boolean') throw new InvalidOptionError('asYouType', 'expected true or false')
  if (typeof merged.explain !== 'boolean') throw new InvalidOptionError('explain', 'expected true or false')
  if (typeof merged.typoFallback !== 'boolean') throw new InvalidOptionError('typoFallback', 'expected true or false')
  if (merged.filter !== undefined && typeof merged.filter !== 'function') throw new InvalidOptionError('filter', 'expected a function')
  if (merged.duplicates !== 'collapse' && merged.duplicates !== 'keep') throw new InvalidOptionError('duplicates', `expected 'collapse' or 'keep', got ${JSON.stringify(merged.duplicates)}`)
  const boost = merged.roleBoost
  if (boost !== undefined) {
    if (typeof boost !== 'object' || boost === null) throw new InvalidOptionError('roleBoost', 'expected an object of role → factor')
    for (const [role, factor] of Object.entries(boost)) {
      if (!roles.includes(role as Role)) throw new InvalidOptionError('roleBoost', `unknown role "${role}"; roles are ${roles.join(', ')}`)
      if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0) throw new InvalidOptionError('roleBoost', `the factor for ${role} must be a number > 0`)
    }
  }
  return merged
}
