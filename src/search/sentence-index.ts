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

import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from 'minisearch'
import type { Analyzer, Token } from '../analysis/analyzer.js'
import { dutchStopWords } from '../analysis/stopwords.js'
import { DocumentNotFoundError, DuplicateIdError, InvalidDocumentError, InvalidOptionError, SegmenterMissingError } from '../errors.js'
import { assertNever, type QueryNode } from '../query/ast.js'
import { parseQuery, type DefaultOperator } from '../query/parser.js'
import type { ParagraphMode } from '../segment/paragraphs.js'
import { mergeSpans, termSpans, type Span } from './highlight.js'
import { findPhrase } from './phrase.js'
import { checksumOf, INDEX_FORMAT, INDEX_FORMAT_VERSION, isJsonValue, type SerializedIndex } from './serialize.js'
import { roles, type DocumentId, type DocumentInput, type JsonValue, type SearchHit, type SegmentInput } from './types.js'
import { version as zoekVersion } from '../version.js'

/** Splits a document's text into sentences. */
export type Segmenter = (text: string, options: { readonly paragraphs: ParagraphMode }) => readonly SegmentInput[]

/** Options of {@link SentenceIndex.search}. */
export interface SearchOptions {
  /** The most hits to return. Default 10. */
  readonly limit?: number
  /** How plain words combine: `'or'` (default) or `'and'`. Ignored when the query is a tree. */
  readonly defaultOperator?: DefaultOperator
}

/** Options of {@link SentenceIndex.addAll}. */
export interface AddAllOptions {
  /** Called after each document with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

interface DocumentEntry {
  readonly id: DocumentId
  readonly text: string
  readonly metadata: { readonly [key: string]: JsonValue }
  readonly rows: number[]
}

interface Row extends SegmentInput {
  readonly document: DocumentEntry
  /** Ordinal of the sentence in its document. */
  readonly index: number
}

/** Ranking weight of a stop word in a query that has other words. */
const STOP_WORD_BOOST = 0.1
const SEARCH_DEFAULTS = Object.freeze({ limit: 10, defaultOperator: 'or' as DefaultOperator })
const DEFAULT_STOP_WORDS = JSON.stringify(dutchStopWords)

/** What one query compiles to: MiniSearch's query, and whether hits need an exact check. */
interface CompiledQuery {
  readonly query: Query | undefined
  /** Terms of plain words, for highlights. */
  readonly terms: ReadonlySet<string>
  /** True when the query has a phrase, which MiniSearch cannot check. */
  readonly needsVerification: boolean
}

/**
 * A searchable collection of Dutch documents, indexed sentence by sentence.
 *
 * Create one with `createIndex()` or load one with `loadIndex()`; do not construct it directly.
 */
export class SentenceIndex {
  /** The analyzer every document and query goes through. */
  readonly analyzer: Analyzer
  /** How added documents are divided into paragraphs. */
  readonly paragraphs: ParagraphMode
  readonly #segmenter: Segmenter | undefined
  readonly #documents = new Map<DocumentId, DocumentEntry>()
  #rows: (Row | undefined)[] = []
  #minisearch: MiniSearch<{ id: number; text: string }>
  #dirty = false

  /**
   * @param analyzer - the analyzer
   * @param paragraphs - the paragraph mode for added documents
   * @param segmenter - the sentence segmenter, or undefined for a query-only index
   * @internal
   */
  constructor(analyzer: Analyzer, paragraphs: ParagraphMode, segmenter: Segmenter | undefined) {
    this.analyzer = analyzer
    this.paragraphs = paragraphs
    this.#segmenter = segmenter
    this.#minisearch = new MiniSearch(miniSearchOptions(analyzer))
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
  add(document: DocumentInput): void {
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
  addAll(documents: readonly DocumentInput[], options: AddAllOptions = {}): void {
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
  addSegmented(document: DocumentInput, segments: readonly SegmentInput[]): void {
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
    for (const row of entry.rows) {
      const sentence = this.#rows[row] as Row
      // remove (not discard) updates every posting list now, so scores equal a fresh index's.
      this.#minisearch.remove({ id: row, text: entry.text.slice(sentence.start, sentence.end) })
      this.#rows[row] = undefined
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
  replace(document: DocumentInput): void {
    const [doc] = checkDocumentShape([document])
    if (!this.#documents.has(doc.id)) throw new DocumentNotFoundError(doc.id)
    const segmenter = this.#segmenter
    if (segmenter === undefined) throw new SegmenterMissingError()
    const segments = segmenter(doc.text, { paragraphs: this.paragraphs })
    this.remove(doc.id)
    this.#insert([{ doc, segments }])
  }

  /**
   * Searches the sentences. A string is parsed with `parseQuery`; a tree is used as given.
   *
   * - Plain words match their analysed form: `migranten` finds `migrant`.
   * - `"…"` matches only sentences with those words consecutively and in order.
   * - Stop words count little when the query has other words, but a query of only stop
   *   words still finds sentences.
   *
   * @param query - a query string or a query tree
   * @param options - see {@link SearchOptions}
   * @returns the best hits, best first
   * @throws {@link InvalidOptionError} for an unknown or invalid option
   * @example
   * ```ts
   * const index = createIndex()
   * index.add({ id: 1, text: 'Het zieke kind van Vlaanderen. Een kind is niet ziek.' })
   * index.search('"zieke kind"').map((hit) => hit.text) // => ['Het zieke kind van Vlaanderen.']
   * ```
   */
  search(query: string | QueryNode, options: SearchOptions = {}): SearchHit[] {
    const { limit, defaultOperator } = checkSearchOptions(options)
    const tree = typeof query === 'string' ? parseQuery(query, { defaultOperator }) : query
    const compiled = this.#compile(tree)
    if (compiled.query === undefined) return []
    const hits: SearchHit[] = []
    for (const result of this.#minisearch.search(compiled.query)) {
      if (hits.length >= limit) break
      const row = this.#rows[result.id as number]
      if (row === undefined) continue
      const text = row.document.text.slice(row.start, row.end)
      const tokens = this.analyzer.analyze(text)
      const phraseSpans: Span[] = []
      if (compiled.needsVerification && !matchesTree(tree, tokens, this.analyzer, phraseSpans)) continue
      hits.push(toHit(row, text, result, mergeSpans([...termSpans(tokens, matchedTerms(result, compiled.terms)), ...phraseSpans])))
    }
    return hits
  }

  /**
   * Serialises the index as plain JSON data: a versioned envelope with the analyzer's
   * identity, the documents, their sentences and MiniSearch's index. `loadIndex` reads it.
   *
   * @returns the envelope; pass it to `JSON.stringify` to store it
   */
  toJSON(): SerializedIndex {
    if (this.#dirty) this.#compact()
    const documents = [...this.#documents.values()]
    const documentNumber = new Map(documents.map((doc, i) => [doc, i]))
    const rows = this.#rows as Row[]
    const { stemmer, stopWords } = this.analyzer.config
    const envelope: Omit<SerializedIndex, 'checksum'> = {
      format: INDEX_FORMAT,
      formatVersion: INDEX_FORMAT_VERSION,
      zoekVersion,
      analyzer: {
        name: this.analyzer.name,
        version: this.analyzer.version,
        fingerprint: this.analyzer.fingerprint,
        stemmer,
        ...(JSON.stringify(stopWords) === DEFAULT_STOP_WORDS ? {} : { stopWords }),
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
      minisearch: canonical(this.#minisearch.toJSON()),
    }
    return { ...envelope, checksum: checksumOf(envelope) }
  }

  /**
   * Restores documents, rows and MiniSearch data from a validated envelope.
   *
   * @param data - an envelope that passed `validateEnvelope`
   * @internal
   */
  restore(data: SerializedIndex): void {
    const entries = data.documents.map((doc) => ({ id: doc.id, text: doc.text, metadata: doc.metadata, rows: [] as number[] }))
    const { segments } = data
    const rows: Row[] = segments.document.map((docNumber, i) => {
      const document = entries[docNumber]
      document.rows.push(i)
      return {
        document,
        index: document.rows.length - 1,
        start: segments.start[i],
        end: segments.end[i],
        paragraph: segments.paragraph[i],
        ...optional(segments.role[i], segments.speaker[i], segments.duplicateOf[i]),
      }
    })
    const minisearch = MiniSearch.loadJS<{ id: number; text: string }>(data.minisearch, miniSearchOptions(this.analyzer))
    for (const entry of entries) this.#documents.set(entry.id, entry)
    this.#rows = rows
    this.#minisearch = minisearch
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
      const entry: DocumentEntry = { id, text, metadata: structuredClone(metadata), rows: [] }
      const sentences = segments.map((segment, index) => {
        const row = this.#rows.length
        this.#rows.push({ ...pickSegment(segment), document: entry, index })
        entry.rows.push(row)
        return { id: row, text: text.slice(segment.start, segment.end) }
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
      segments: entry.rows.map((row) => this.#rows[row] as Row),
    }))
    this.#documents.clear()
    this.#rows = []
    this.#minisearch = new MiniSearch(miniSearchOptions(this.analyzer))
    this.#insert(live)
    this.#dirty = false
  }

  #compile(tree: QueryNode): CompiledQuery {
    checkTree(tree)
    // First pass: analyse every word, to know whether the query has words other than stop words.
    const words = new Map<QueryNode, Token[]>()
    let hasPhrase = false
    const collect = (node: QueryNode): void => {
      if (node.type === 'term') words.set(node, this.analyzer.analyze(node.text))
      else if (node.type === 'phrase') hasPhrase = true
      else node.children.forEach(collect)
    }
    collect(tree)
    const hasContentWord = [...words.values()].some((tokens) => tokens.some((token) => !token.stop))
    const terms = new Set<string>()
    const build = (node: QueryNode): Query | undefined => {
      switch (node.type) {
        case 'term': {
          const tokens = words.get(node) ?? []
          if (tokens.length === 0) return undefined
          const leafTerms = unique(tokens.map((token) => token.term))
          for (const term of leafTerms) terms.add(term)
          // Stop words count for little when the query has other words.
          const boost = hasContentWord && tokens.every((token) => token.stop) ? STOP_WORD_BOOST : 1
          return { combineWith: 'OR', queries: leafTerms, boostTerm: () => boost }
        }
        case 'phrase': {
          const phrase = phraseTerms(this.analyzer.analyze(node.text))
          return phrase.length === 0 ? undefined : { combineWith: 'AND', queries: unique(phrase) }
        }
        case 'and':
        case 'or': {
          const queries = node.children.map(build).filter((q): q is Query => q !== undefined)
          if (queries.length === 0) return undefined
          return queries.length === 1 ? queries[0] : { combineWith: node.type === 'and' ? 'AND' : 'OR', queries }
        }
        default:
          return assertNever(node)
      }
    }
    return { query: build(tree), terms, needsVerification: hasPhrase }
  }
}

/**
 * MiniSearch writes its terms in the order of its radix tree, which depends on the order of
 * insertions and loads. Sorting them makes equal indexes serialise to equal bytes.
 */
function canonical(data: AsPlainObject): AsPlainObject {
  return { ...data, index: [...data.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) }
}

/** The terms of a phrase, one per position: the whole word's term, not its parts'. */
function phraseTerms(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => token.kind !== 'part').map((token) => token.term)
}

/**
 * Evaluates a query tree on one sentence's tokens, exactly: phrases must stand in order.
 * Collects the spans of matched phrases.
 */
function matchesTree(node: QueryNode, tokens: readonly Token[], analyzer: Analyzer, phraseSpans: Span[]): boolean {
  switch (node.type) {
    case 'term': {
      const terms = new Set(analyzer.analyze(node.text).map((t) => t.term))
      return terms.size === 0 || tokens.some((token) => terms.has(token.term))
    }
    case 'phrase': {
      const phrase = phraseTerms(analyzer.analyze(node.text))
      const spans = findPhrase(tokens, phrase)
      phraseSpans.push(...spans)
      return phrase.length === 0 || spans.length > 0
    }
    case 'and':
      return node.children.map((child) => matchesTree(child, tokens, analyzer, phraseSpans)).every(Boolean)
    case 'or':
      return node.children.map((child) => matchesTree(child, tokens, analyzer, phraseSpans)).some(Boolean) || node.children.length === 0
    default:
      return assertNever(node)
  }
}

function matchedTerms(result: SearchResult, queryTerms: ReadonlySet<string>): Set<string> {
  return new Set(result.terms.filter((term) => queryTerms.has(term)))
}

function toHit(row: Row, text: string, result: SearchResult, highlights: Span[]): SearchHit {
  return {
    id: `${row.document.id}#${row.index}`,
    documentId: row.document.id,
    text,
    start: row.start,
    end: row.end,
    score: result.score,
    highlights,
    paragraph: row.paragraph,
    index: row.index,
    ...optional(row.role, row.speaker, row.duplicateOf),
    metadata: row.document.metadata,
  }
}

function optional(role: SegmentInput['role'] | null, speaker: string | null | undefined, duplicateOf: number | null | undefined): Pick<SegmentInput, 'role' | 'speaker' | 'duplicateOf'> {
  return {
    ...(role != null ? { role } : {}),
    ...(speaker != null ? { speaker } : {}),
    ...(duplicateOf != null ? { duplicateOf } : {}),
  }
}

function pickSegment(segment: SegmentInput): SegmentInput {
  return { start: segment.start, end: segment.end, paragraph: segment.paragraph, ...optional(segment.role, segment.speaker, segment.duplicateOf) }
}

function miniSearchOptions(analyzer: Analyzer) {
  return {
    fields: ['text'],
    storeFields: [] as string[],
    tokenize: (text: string) => analyzer.analyze(text).map((token) => token.term),
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (term: string) => [term], processTerm: (term: string) => term },
  }
}

const unique = (items: readonly string[]): string[] => [...new Set(items)]

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

function checkTree(node: unknown, depth = 0): QueryNode {
  const bad = (): never => {
    throw new InvalidOptionError('query', `expected a query string or a query tree, got ${JSON.stringify(node)?.slice(0, 80)}`)
  }
  if (depth > 100 || typeof node !== 'object' || node === null) return bad()
  const { type } = node as { type?: unknown }
  if (type === 'term' || type === 'phrase') {
    if (typeof (node as { text?: unknown }).text !== 'string') bad()
  } else if (type === 'and' || type === 'or') {
    const children = (node as { children?: unknown }).children
    if (!Array.isArray(children)) return bad()
    for (const child of children) checkTree(child, depth + 1)
  } else {
    bad()
  }
  return node as QueryNode
}

function checkSearchOptions(options: SearchOptions): Required<SearchOptions> {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'expected an object')
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(SEARCH_DEFAULTS, key)) throw new InvalidOptionError(key, `unknown search option; valid options are ${Object.keys(SEARCH_DEFAULTS).join(', ')}`)
  }
  const merged = { ...SEARCH_DEFAULTS, ...options }
  if (!Number.isSafeInteger(merged.limit) || merged.limit < 0) throw new InvalidOptionError('limit', `expected a whole number ≥ 0, got ${JSON.stringify(merged.limit)}`)
  if (merged.defaultOperator !== 'and' && merged.defaultOperator !== 'or') throw new InvalidOptionError('defaultOperator', `expected 'and' or 'or', got ${JSON.stringify(merged.defaultOperator)}`)
  return merged
}
