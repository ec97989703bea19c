/**
 * The write side of the sentence index: the documents, their sentence rows, the engine's
 * inverted index and the vocabulary, kept in step as documents come and go, and restored
 * together from a serialised index.
 *
 * @module
 */

import type { Synonyms } from './synonyms.js'
import type { Analyzer } from '../analysis/analyzer.js'
import type { CompoundTable } from '../analysis/compound-table.js'
import { DocumentNotFoundError, DuplicateIdError, IndexFormatError, InvalidDocumentError } from '../errors.js'
import { roles, type DocumentId, type DocumentInput, type Metadata, type SegmentInput } from '../model.js'
import { SentenceMiniSearch } from './engine/sentence-minisearch.js'
import { isJsonValue } from './format/common.js'
import type { IndexContents, SerializedIndex } from './format/v2.js'
import { indexTermsOf } from './index-terms.js'
import { optional, RowTable, type DocumentEntry, type Row } from './rows.js'
import { Vocabulary } from './vocabulary.js'

/** The metadata of every document that has none; frozen, since hits hand it out. */
const NO_METADATA: Metadata = Object.freeze({})

/** Collects the postings of sentences added to an empty index and makes their engine at once (`engine/posting-collector.ts`). */
export interface BulkCollector {
  add(row: number, terms: readonly string[]): void
  engine(rows: number): SentenceMiniSearch
}

/** A document to insert with its sentences. */
export interface SegmentedDocument {
  readonly doc: DocumentInput
  readonly segments: readonly SegmentInput[]
}

/** The documents of an index with everything made from them. */
export class Documents {
  #entries = new Map<DocumentId, DocumentEntry>()
  #rows = RowTable.empty()
  #engine = new SentenceMiniSearch()
  #vocabulary: Vocabulary
  /** How many rows are pull quotes that repeat another sentence. */
  #duplicates = 0
  /** Documents of more than one sentence, whose sentences have context. */
  #multiSentence = 0
  #generation = 0
  /** True after a removal, until the rows and the engine are rebuilt without its holes. */
  #dirty = false

  /**
   * @param analyzer - analyses every sentence added or removed
   * @param compounds - the compound splits the analyzer reads, when it splits compounds
   * @param collector - makes what collects the postings of the first documents of an empty
   *   index, when it is built in one go (`createIndex` passes it; the query-only path leaves it out)
   * @param synonyms - related words for `expand` (the index option `synonyms`); an index loaded
   *   from JSON is given them after it is restored (`SentenceIndex.withSynonyms`)
   */
  constructor(
    readonly analyzer: Analyzer,
    readonly compounds: CompoundTable | undefined,
    readonly collector?: () => BulkCollector,
    public synonyms?: Synonyms,
  ) {
    this.#vocabulary = new Vocabulary(analyzer, compounds)
  }

  /** The engine's index of the sentences. */
  get engine(): SentenceMiniSearch {
    return this.#engine
  }

  /** The sentence rows; removed ones are holes until the next compaction. */
  get rows(): RowTable {
    return this.#rows
  }

  /** Every word form of the documents. */
  get vocabulary(): Vocabulary {
    return this.#vocabulary
  }

  /** True when some sentence is a pull quote that repeats another. */
  get hasDuplicates(): boolean {
    return this.#duplicates > 0
  }

  /** A number that changes whenever the documents change, so that what was worked out from them can be kept until then. */
  get generation(): number {
    return this.#generation
  }

  /** True when some document has more than one sentence, so that sentences have context. */
  get hasContext(): boolean {
    return this.#multiSentence > 0
  }

  /** The number of documents. */
  get size(): number {
    return this.#entries.size
  }

  /**
   * A document, or undefined.
   *
   * @param id - its id
   */
  get(id: DocumentId): DocumentEntry | undefined {
    return this.#entries.get(id)
  }

  /** The documents, in the order they were added. */
  entries(): IterableIterator<DocumentEntry> {
    return this.#entries.values()
  }

  /**
   * The rows of a document that is in the index.
   *
   * @param entry - the document
   */
  rowsOf(entry: DocumentEntry): Row[] {
    return this.#rows.range(entry.first, entry.first + entry.count)
  }

  /**
   * Checks new documents: their shape, and that no id is taken or given twice.
   *
   * @param documents - the documents as given
   * @returns the same documents
   * @throws {@link InvalidDocumentError} or {@link DuplicateIdError}
   */
  checkNew(documents: readonly DocumentInput[]): DocumentInput[] {
    const checked = checkDocumentShape(documents)
    const seen = new Set<DocumentId>()
    for (const doc of checked) {
      if (this.#entries.has(doc.id) || seen.has(doc.id)) throw new DuplicateIdError(doc.id)
      seen.add(doc.id)
    }
    return checked
  }

  /**
   * Adds checked documents with their sentences: rows, terms and word forms.
   *
   * @param batch - the documents and their sentences
   * @param onProgress - called after each document with the number done and the total
   */
  insert(batch: readonly SegmentedDocument[], onProgress?: (done: number, total: number) => void): void {
    this.#generation++
    // Into an empty index, the postings are collected and handed to the engine at once (as a
    // loaded index's are), instead of MiniSearch adding each sentence's terms to its tree.
    const bulk = this.#rows.length === 0 ? this.collector?.() : undefined
    batch.forEach(({ doc, segments }, done) => {
      const { id, text, ...metadata } = doc
      // A copy, so that later changes to the caller's object do not reach the index.
      const entry: DocumentEntry = {
        id,
        text,
        metadata: Object.keys(metadata).length === 0 ? NO_METADATA : structuredClone(metadata),
        first: this.#rows.length,
        count: segments.length,
      }
      const sentences = segments.map((segment, index) => {
        const row = this.#rows.add({ ...pickSegment(segment), document: entry, index })
        if (segment.duplicateOf !== undefined) this.#duplicates++
        const tokens = this.analyzer.analyze(text.slice(segment.start, segment.end))
        this.#vocabulary.addSentence(tokens)
        return { id: row, terms: indexTermsOf(tokens, this.analyzer.marksParts) }
      })
      if (bulk === undefined) this.#engine.addAll(sentences)
      else for (const { id: row, terms } of sentences) bulk.add(row, terms)
      this.#entries.set(id, entry)
      if (entry.count > 1) this.#multiSentence++
      onProgress?.(done + 1, batch.length)
    })
    if (bulk !== undefined && this.#rows.length > 0) this.#engine = bulk.engine(this.#rows.length)
  }

  /**
   * Removes a document and all its sentences.
   *
   * @param id - the document's id
   * @throws {@link DocumentNotFoundError} when no such document exists; nothing changes
   */
  remove(id: DocumentId): void {
    const entry = this.#entries.get(id)
    if (entry === undefined) throw new DocumentNotFoundError(id)
    for (let row = entry.first; row < entry.first + entry.count; row++) {
      const sentence = this.#rows.get(row) as Row
      const tokens = this.analyzer.analyze(entry.text.slice(sentence.start, sentence.end))
      // remove (not discard) updates every posting list now, so scores equal a fresh index's.
      this.#engine.remove({ id: row, terms: indexTermsOf(tokens, this.analyzer.marksParts) })
      this.#vocabulary.removeSentence(tokens)
      if (sentence.duplicateOf !== undefined) this.#duplicates--
      this.#rows.delete(row)
    }
    this.#entries.delete(id)
    this.#generation++
    if (entry.count > 1) this.#multiSentence--
    this.#dirty = true
  }

  /**
   * What the index holds, for the writer of format 2; compacts first after removals, so that
   * the rows are numbered without holes.
   *
   * @param header - the zoek version, analyzer and paragraph mode to record
   */
  contents(header: Pick<IndexContents, 'zoekVersion' | 'analyzer' | 'paragraphs'>): IndexContents {
    if (this.#dirty) this.#compact()
    const documents = [...this.#entries.values()]
    return {
      ...header,
      documents,
      sentences: this.#rows.range(0, this.#rows.length),
      vocabulary: this.#vocabulary.toJSON(),
      // In the order of the engine's radix tree; termData sorts the terms, so equal indexes give equal bytes.
      terms: this.#engine.termData(this.#rows.length),
    }
  }

  /**
   * Replaces everything with a validated serialised index. Nothing changes when it fails.
   *
   * @param data - an envelope that passed `validateEnvelope`
   * @throws {@link IndexFormatError} when a document id occurs twice
   */
  restore(data: SerializedIndex): void {
    const { counts, duplicateOf } = data.sentences
    const entries = new Array<DocumentEntry>(data.documents.length)
    for (let doc = 0, first = 0; doc < entries.length; first += counts[doc], doc++) {
      const saved = data.documents[doc]
      entries[doc] = { id: saved[0], text: saved[1], metadata: saved[2] ?? NO_METADATA, first, count: counts[doc] }
    }
    // validateEnvelope leaves this check to the map built here; nothing is changed yet when it fails.
    const byId = new Map<DocumentId, DocumentEntry>()
    for (const entry of entries) byId.set(entry.id, entry)
    if (byId.size !== entries.length) {
      const twice = entries.find((entry) => byId.get(entry.id) !== entry) as DocumentEntry
      throw new IndexFormatError(`Document id ${JSON.stringify(twice.id)} occurs twice. The data is not a zoek index this version can read.`)
    }
    const engine = SentenceMiniSearch.restore(data.terms, data.sentences.gaps.length)
    const vocabulary = new Vocabulary(this.analyzer, this.compounds)
    vocabulary.restore(data.vocabulary)
    this.#entries = byId
    this.#rows = RowTable.fromColumns(entries, data.sentences)
    this.#engine = engine
    this.#vocabulary = vocabulary
    this.#duplicates = duplicateOf === null ? 0 : duplicateOf.filter((d) => d !== null).length
    this.#multiSentence = entries.filter((entry) => entry.count > 1).length
    this.#generation++
  }

  /**
   * Takes over the parts of a static index (`search/static/`), which loads its shards as
   * searches need them and makes new parts when it has loaded more. Such documents are only
   * searched: there is no map of ids, and nothing is added or removed.
   *
   * @param parts - the rows, the engine, the vocabulary, and how many rows are pull quotes and
   *   documents have more than one sentence
   */
  adopt(parts: { rows: RowTable; engine: SentenceMiniSearch; vocabulary: Vocabulary; duplicates: number; multiSentence: number }): void {
    this.#entries.clear()
    this.#rows = parts.rows
    this.#engine = parts.engine
    this.#vocabulary = parts.vocabulary
    this.#duplicates = parts.duplicates
    this.#multiSentence = parts.multiSentence
    this.#generation++
  }

  /** Rebuilds the engine and the rows without the holes that removals left. */
  #compact(): void {
    const live = [...this.#entries.values()].map((entry) => ({ doc: { id: entry.id, text: entry.text, ...entry.metadata }, segments: this.rowsOf(entry) }))
    this.#entries.clear()
    this.#rows = RowTable.empty()
    this.#duplicates = 0
    this.#multiSentence = 0
    this.#engine = new SentenceMiniSearch()
    this.#vocabulary = new Vocabulary(this.analyzer, this.compounds)
    this.insert(live)
    this.#dirty = false
  }
}

function pickSegment(segment: SegmentInput): SegmentInput {
  return { start: segment.start, end: segment.end, paragraph: segment.paragraph, ...optional(segment.role, segment.speaker, segment.duplicateOf) }
}

/**
 * Checks the shape of documents: an object with a string or finite number id, a string text
 * and JSON metadata.
 *
 * @param documents - the documents as given
 * @returns the same documents
 * @throws {@link InvalidDocumentError} naming the first bad one
 */
export function checkDocumentShape(documents: readonly DocumentInput[]): DocumentInput[] {
  // Array.from, not map: a hole in a sparse array must be checked as a missing document.
  return Array.from(documents, (doc, i) => {
    const where = documents.length > 1 ? ` (document ${i})` : ''
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InvalidDocumentError(`A document must be an object with id and text${where}.`)
    const { id, text } = doc as { id?: unknown; text?: unknown }
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
      throw new InvalidDocumentError(`A document id must be a string or a finite number, got ${id === null ? 'null' : typeof id}${where}.`)
    }
    if (typeof text !== 'string')
      throw new InvalidDocumentError(`The text of document ${JSON.stringify(id)} must be a string, got ${text === null ? 'null' : typeof text}.`)
    const { id: _id, text: _text, ...metadata } = doc
    if (!isJsonValue(metadata))
      throw new InvalidDocumentError(
        `The metadata of document ${JSON.stringify(id)} must be JSON data (no functions, undefined, NaN, cycles or class instances).`,
      )
    return doc
  })
}

/**
 * Checks the sentences given for a document: integer offsets in order and within the text,
 * known roles, and pull-quote links to sentences of the same document.
 *
 * @param text - the document's text
 * @param segments - its sentences
 * @throws {@link InvalidDocumentError} naming the first bad one
 */
export function checkSegments(text: string, segments: readonly SegmentInput[]): void {
  if (!Array.isArray(segments)) throw new InvalidDocumentError('segments must be an array.')
  let previousEnd = 0
  Array.from(segments).forEach((segment, i) => {
    const ok =
      typeof segment === 'object' &&
      segment !== null &&
      Number.isSafeInteger(segment.start) &&
      Number.isSafeInteger(segment.end) &&
      Number.isSafeInteger(segment.paragraph) &&
      segment.start >= previousEnd &&
      segment.end > segment.start &&
      segment.end <= text.length &&
      segment.paragraph >= 0 &&
      (segment.role === undefined || roles.includes(segment.role)) &&
      (segment.speaker === undefined || typeof segment.speaker === 'string') &&
      (segment.duplicateOf === undefined || (Number.isSafeInteger(segment.duplicateOf) && segment.duplicateOf >= 0 && segment.duplicateOf < segments.length))
    if (!ok) throw new InvalidDocumentError(`Segment ${i} is invalid: segments need integer offsets in order, within the text, and a known role.`)
    previousEnd = segment.end
  })
}
