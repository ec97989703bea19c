/**
 * A sentence index kept in PostgreSQL, on one server or hash-partitioned by document over
 * several (`sql.ts` has the tables).
 *
 * Writing analyses each document with zoek's analyzer, exactly as the in-process index does,
 * and writes a batch of documents in one statement per server. Searching runs zoek's own
 * planner, ranking and highlighting (`run-search.ts`) over stand-ins, as the static index does
 * (`lazy-search.ts`): the sentence columns and the vocabulary are loaded once per generation of
 * the index, and what a query needs beyond them, the posting lists of its terms (read through
 * the GIN index of the sentences' `tsvector`) and the texts of the documents it checks and
 * shows, is fetched from every server at once and merged before anything is scored. So every
 * score uses the document frequencies of the whole corpus, servers rank consistently, and the
 * hits are the in-process index's, in its order.
 *
 * @module
 */

import { composeAnalyzer, type Analyzer, type AnalyzerOptions } from '../../analysis/analyzer.js'
import { CompoundTable, type CompoundSplitter } from '../../analysis/compound-table.js'
import { hash32 } from '../../analysis/fingerprint.js'
import { DocumentNotFoundError, DuplicateIdError, IndexFormatError, InvalidDocumentError, InvalidOptionError, ZoekError } from '../../errors.js'
import type { DocumentId, DocumentInput, JsonValue, Metadata, ParagraphMode, Role, SegmentInput } from '../../model.js'
import type { QueryNode } from '../../query/ast.js'
import { version as zoekVersion } from '../../version.js'
import { checkDocumentShape, checkSegments, Documents } from '../documents.js'
import { SentenceMiniSearch } from '../engine/sentence-minisearch.js'
import { analyzerOptionsOf, checkAnalyzerIdentity, serializedAnalyzer, type SerializedAnalyzer } from '../format/common.js'
import { byTerm, postingOf, type Posting } from '../format/v2.js'
import { askedOf, attemptSearch, type AttemptState, type LazySearchResults } from '../lazy-search.js'
import { foldName } from '../plan.js'
import { planOf } from '../run-search.js'
import { checkSearchOptions, checkSuggestOptions, type SearchOptions, type SuggestOptions } from '../options.js'
import { RowTable, type DocumentEntry } from '../rows.js'
import type { Segmenter } from '../sentence-index.js'
import type { Suggestion } from '../types.js'
import type { Synonyms } from '../synonyms.js'
import { commonestForm, Vocabulary, wordsOfSentence, type SerializedVocabulary } from '../vocabulary.js'
import { lowerBound } from '../lower-bound.js'
import { batchParameters, FormCounts, lexemeOf, quoteLexeme, type SegmentedRow } from './ingest.js'
import { PostgresError } from './postgres-error.js'
import * as sql from './sql.js'
import { conditionOf, selectMatching } from './to-sql.js'

/** The hits of a PostgreSQL index's search, with `totalExact` as the static index has it. */
export interface PostgresSearchResults<M extends object = Metadata> extends LazySearchResults<M> {}

/** Options of {@link PostgresIndex.addAll}. */
export interface PostgresAddOptions {
  /** Called after each batch with the number of documents written and the total. */
  readonly onProgress?: (done: number, total: number) => void
  /** Documents per statement (default 200). */
  readonly batchSize?: number
}

/** What {@link openPostgres} needs besides the servers. */
export interface PostgresSetup {
  readonly table: string
  /** The analyzer's options when given; otherwise the stored index's, or the defaults. */
  readonly analyzer: AnalyzerOptions | undefined
  readonly paragraphs: ParagraphMode
  readonly segmenter: Segmenter
  readonly lexicon: CompoundSplitter
  /** Related words for `expand` (see `IndexOptions.synonyms`). */
  readonly synonyms?: Synonyms
}

/** More rounds than any query needs; a guard against data changing under a search forever. */
const MAX_ROUNDS = 24
/** What searches may keep loaded (posting entries plus documents) before it is dropped: a bound on memory, about 100 MB. */
const MAX_CACHED = 2_000_000
/** How often a search starts again when the index changed while it loaded. */
const MAX_RESTARTS = 5

const NO_METADATA: Metadata = Object.freeze({})

/**
 * Creates the tables when they are missing and opens the index.
 *
 * @param clients - one client per server, in a fixed order (documents are placed by a hash of their id)
 * @param setup - table prefix, analyzer, paragraph mode, segmenter and compound lexicon
 * @internal
 */
export async function openPostgres<M extends object = Metadata>(clients: readonly sql.SqlClient[], setup: PostgresSetup): Promise<PostgresIndex<M>> {
  const tables = sql.tablesOf(setup.table)
  const servers = new Servers(clients)
  await servers.each(async (client) => {
    for (const statement of sql.schemaOf(tables)) await client.query(statement)
  })
  const stored = await servers.each(async (client) => (await client.query(sql.selectMeta(tables))).rows[0])
  const recorded = stored.find((row) => row !== undefined)?.analyzer as SerializedAnalyzer | undefined
  const options = setup.analyzer ?? (recorded === undefined ? {} : analyzerOptionsOf(recorded))
  const probe = composeAnalyzer(options, undefined)
  const identity = serializedAnalyzer(probe)
  for (const row of stored) {
    if (row === undefined) continue
    checkAnalyzerIdentity(probe, row.analyzer as SerializedAnalyzer, {
      index: `The PostgreSQL index "${setup.table}"`,
      zoekVersion: String(row.zoek_version),
      remedy: 'Open it with its analyzer options, or write it into another table.',
    })
  }
  await servers.each((client) => client.query(sql.insertMeta(tables), [JSON.stringify(identity), zoekVersion]))
  return new PostgresIndex<M>(servers, tables, options, setup)
}

/** The servers of an index: each statement's failure is a {@link PostgresError} naming its server. */
class Servers {
  constructor(readonly clients: readonly sql.SqlClient[]) {}

  get size(): number {
    return this.clients.length
  }

  /** Runs `work` on one server. */
  async on<T>(shard: number, work: (client: sql.SqlClient) => Promise<T>, added?: number): Promise<T> {
    try {
      return await work(this.clients[shard])
    } catch (error) {
      throw error instanceof ZoekError ? error : new PostgresError(shard, this.size, error, added)
    }
  }

  /** Runs `work` on every server at once; fails when any fails. */
  each<T>(work: (client: sql.SqlClient, shard: number) => Promise<T>): Promise<T[]> {
    return Promise.all(this.clients.map((_, shard) => this.on(shard, (client) => work(client, shard))))
  }

  /** The server of a document: a hash of its id. */
  of(id: DocumentId): number {
    return hash32(JSON.stringify(id)) % this.size
  }
}

/** The sentence columns and vocabulary of one generation of the index, and what searches loaded since. */
interface Generation {
  readonly key: string
  /** Each document's sequence number, ascending. */
  readonly seqs: Float64Array
  readonly firstRow: Int32Array
  readonly ids: DocumentId[]
  readonly texts: (string | undefined)[]
  readonly metadata: (Metadata | undefined)[]
  readonly lengths: Int32Array
  readonly average: number
  readonly rows: RowTable
  readonly documents: Documents
  readonly vocabulary: Vocabulary
  readonly postings: Map<string, Posting | null>
  readonly duplicates: number
  readonly multiSentence: number
  /** The distinct speakers of the sentences. */
  readonly speakers: readonly string[]
  stale: boolean
  /** Posting entries and documents loaded by searches; past {@link MAX_CACHED} they are dropped before the next search. */
  cached: number
}

function checkAddOptions(options: PostgresAddOptions): { batchSize: number; onProgress: PostgresAddOptions['onProgress'] } {
  const batchSize = options.batchSize ?? 200
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new InvalidOptionError('batchSize', 'expected a positive integer')
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw new InvalidOptionError('onProgress', 'expected a function')
  return { batchSize, onProgress: options.onProgress }
}

/** The documents' ids as the index stores them (JSON); throws for an id given twice. */
function uniqueKeys(documents: readonly DocumentInput[]): string[] {
  const seen = new Set<string>()
  for (const doc of documents) {
    const key = JSON.stringify(doc.id)
    if (seen.has(key)) throw new DuplicateIdError(doc.id)
    seen.add(key)
  }
  return [...seen]
}

/** Thrown inside a search when the index changed under it; the search starts again. */
class Changed extends Error {}

/**
 * A sentence index in PostgreSQL. Open one with `createPostgresIndex` (`zoek/postgres`).
 * Searches give the hits of an in-process index of the same documents added in the same
 * order: the same sentences, order, scores and highlights.
 */
export class PostgresIndex<M extends object = Metadata> {
  readonly #servers: Servers
  readonly #tables: sql.Tables
  readonly #options: AnalyzerOptions
  readonly #setup: PostgresSetup
  /** The analyzer that writes: it splits compounds with the lexicon and records the splits. */
  readonly #compounds: CompoundTable
  readonly #writer: Analyzer
  #generation: Generation | undefined
  #loading: Promise<Generation> | undefined
  readonly #missing = new Set<string>()

  /** @internal */
  constructor(servers: Servers, tables: sql.Tables, options: AnalyzerOptions, setup: PostgresSetup) {
    this.#servers = servers
    this.#tables = tables
    this.#options = options
    this.#setup = setup
    this.#compounds = new CompoundTable(setup.lexicon)
    this.#writer = composeAnalyzer(options, this.#compounds.split)
  }

  /** The number of servers the index is partitioned over. */
  get shards(): number {
    return this.#servers.size
  }

  /** The analyzer documents are written with. */
  get analyzer(): Analyzer {
    return this.#writer
  }

  /**
   * The number of documents and sentences, counted on every server.
   *
   * @returns `{ documents, sentences }`
   * @throws {@link PostgresError} when a server fails
   */
  async stats(): Promise<{ documents: number; sentences: number }> {
    const counts = await this.#servers.each(async (client) => (await client.query(sql.countRows(this.#tables))).rows[0])
    return {
      documents: counts.reduce((sum, row) => sum + Number(row.documents), 0),
      sentences: counts.reduce((sum, row) => sum + Number(row.sentences), 0),
    }
  }

  /**
   * Adds documents: segments and analyses each, and writes them in batches, one statement per
   * batch and server, so that a document is in the index whole or not at all. All documents
   * are checked first (shape, ids given twice, ids already in the index): a bad one adds none.
   *
   * @param documents - `{ id, text, ...metadata }`
   * @param options - progress and batch size; see {@link PostgresAddOptions}
   * @throws {@link InvalidDocumentError} or {@link DuplicateIdError}; nothing is added
   * @throws {@link PostgresError} when a server fails; its `added` says how many documents went in, each whole
   * @example
   * ```ts
   * await index.addAll([{ id: 'a', text: 'Mechelen is een stad. Er wonen veel nieuwkomers.' }], {
   *   onProgress: (done, total) => console.log(`${done}/${total}`),
   * })
   * ```
   */
  async addAll(documents: readonly DocumentInput<M>[], options: PostgresAddOptions = {}): Promise<void> {
    if (!Array.isArray(documents)) throw new InvalidDocumentError('addAll expects an array of documents.')
    const { batchSize, onProgress } = checkAddOptions(options)
    const checked = checkDocumentShape(documents)
    await this.#checkNotTaken(uniqueKeys(checked))
    await this.#write(
      checked.map((doc) => ({ doc, segments: undefined })),
      batchSize,
      onProgress,
    )
  }

  /**
   * Adds a document whose sentences you segmented yourself, optionally with interview
   * structure (roles, speakers), as `SentenceIndex.addSegmented` does.
   *
   * @param document - `{ id, text, ...metadata }`
   * @param segments - the sentences, in order, not overlapping, within the text
   * @throws {@link InvalidDocumentError} or {@link DuplicateIdError}; nothing is added
   * @throws {@link PostgresError} when its server fails; nothing is added
   */
  async addSegmented(document: DocumentInput<M>, segments: readonly SegmentInput[]): Promise<void> {
    await this.addAllSegmented([[document, segments]])
  }

  /**
   * Adds many documents with their own sentences, in batches as {@link PostgresIndex.addAll}
   * does; all are checked first, so a bad one adds none.
   *
   * @param entries - `[document, segments]` pairs
   * @param options - progress and batch size
   * @throws {@link InvalidDocumentError} or {@link DuplicateIdError}; nothing is added
   * @throws {@link PostgresError} when a server fails; its `added` says how many documents went in, each whole
   */
  async addAllSegmented(entries: readonly (readonly [DocumentInput<M>, readonly SegmentInput[]])[], options: PostgresAddOptions = {}): Promise<void> {
    if (!Array.isArray(entries)) throw new InvalidDocumentError('addAllSegmented expects an array of [document, segments] pairs.')
    const { batchSize, onProgress } = checkAddOptions(options)
    const checked = checkDocumentShape(entries.map((entry) => (Array.isArray(entry) ? entry[0] : entry) as DocumentInput))
    for (const [i, doc] of checked.entries()) checkSegments(doc.text, entries[i][1])
    await this.#checkNotTaken(uniqueKeys(checked))
    await this.#write(
      checked.map((doc, i) => ({ doc, segments: entries[i][1].map((segment: SegmentInput) => ({ ...segment })) })),
      batchSize,
      onProgress,
    )
  }

  /** Writes checked documents in batches; a document without segments is segmented here. */
  async #write(
    items: readonly { doc: DocumentInput; segments: readonly SegmentInput[] | undefined }[],
    batchSize: number,
    onProgress: ((done: number, total: number) => void) | undefined,
  ): Promise<void> {
    let added = 0
    for (let from = 0; from < items.length; from += batchSize) {
      const batch = items.slice(from, from + batchSize)
      const segmented = batch.map(({ doc, segments }) => ({
        doc,
        segments: segments ?? this.#setup.segmenter(doc.text, { paragraphs: this.#setup.paragraphs }),
      }))
      // The first server hands out the order of documents for all.
      const seqs = await this.#servers.on(0, async (client) => (await client.query(sql.nextSequence(this.#tables), [batch.length])).rows, added)
      const byServer = Array.from({ length: this.#servers.size }, () => [] as SegmentedRow[])
      segmented.forEach(({ doc, segments }, k) => {
        byServer[this.#servers.of(doc.id)].push({ seq: Number(seqs[k].seq), doc, segments })
      })
      const written = await Promise.allSettled(
        byServer.map((rows, shard) =>
          rows.length === 0
            ? Promise.resolve()
            : this.#servers.on(shard, (client) => client.query(sql.insertBatch(this.#tables), batchParameters(rows, this.#writer, this.#compounds))),
        ),
      )
      const failed = written.findIndex((result) => result.status === 'rejected')
      if (failed >= 0) {
        const done = byServer.reduce((sum, rows, shard) => sum + (written[shard].status === 'fulfilled' ? rows.length : 0), added)
        const cause = (written[failed] as PromiseRejectedResult).reason
        throw new PostgresError(failed, this.#servers.size, cause instanceof PostgresError ? cause.cause : cause, done)
      }
      added += batch.length
      onProgress?.(added, items.length)
    }
  }

  /**
   * Adds one document; see {@link PostgresIndex.addAll}.
   *
   * @param document - `{ id, text, ...metadata }`
   */
  async add(document: DocumentInput<M>): Promise<void> {
    await this.addAll([document])
  }

  /**
   * Removes a document and its sentences, in one statement.
   *
   * @param id - the document's id
   * @throws {@link DocumentNotFoundError} when no such document exists; nothing changes
   * @throws {@link PostgresError} when its server fails; nothing changes
   */
  async remove(id: DocumentId): Promise<void> {
    const shard = this.#servers.of(id)
    await this.#servers.on(shard, async (client) => {
      const found = (await client.query(sql.selectDocumentForRemoval(this.#tables), [JSON.stringify(id)])).rows[0]
      if (found === undefined) throw new DocumentNotFoundError(id)
      const spans = (await client.query(sql.selectSpans(this.#tables), [found.seq])).rows
      const text = String(found.text)
      const forms = new FormCounts()
      for (const { start_at, end_at } of spans)
        forms.add(wordsOfSentence(this.#writer.normalize, this.#writer.analyze(text.slice(Number(start_at), Number(end_at)))))
      const { word, surface, sentences } = forms.columns()
      await client.query(sql.deleteDocument(this.#tables), [found.seq, word, surface, sentences])
      await client.query(sql.deleteUnusedForms(this.#tables))
    })
  }

  async #checkNotTaken(keys: readonly string[]): Promise<void> {
    for (let from = 0; from < keys.length; from += 5000) {
      const chunk = keys.slice(from, from + 5000)
      const taken = await this.#servers.each(async (client) => (await client.query(sql.selectTakenIds(this.#tables), [chunk])).rows)
      const first = taken.flat()[0]
      if (first !== undefined) throw new DuplicateIdError(JSON.parse(String(first.id)) as DocumentId)
    }
  }

  /**
   * Searches the index: the hits of an in-process index of the same documents, in the same
   * order, with the same scores and highlights. `total` is exact unless counting would load
   * sentences the page does not show (see `totalExact`; {@link PostgresIndex.count}).
   *
   * @param query - a query string, or a query tree
   * @param options - the options of `SentenceIndex.search`
   * @returns the hits of the page, with `total` and `totalExact`
   * @throws `QuerySyntaxError` and `InvalidOptionError` as `search` does; {@link PostgresError}
   *   when a server fails (never the hits of the servers that answered)
   * @example
   * ```ts
   * const hits = await index.search('nieuwkomer')
   * hits[0].text // => 'Er wonen veel nieuwkomers.'
   * ```
   */
  async search(query: string | QueryNode, options: SearchOptions<M> = {}): Promise<PostgresSearchResults<M>> {
    return this.#search(query, options, false)
  }

  /**
   * The exact number of hits of a query, loading whatever sentences the count must check.
   *
   * @param query - a query string, or a query tree
   * @param options - the options of `SentenceIndex.search` (paging does not matter)
   */
  async count(query: string | QueryNode, options: SearchOptions<M> = {}): Promise<number> {
    return (await this.#search(query, options, true)).total
  }

  /**
   * Completes a prefix to words of the indexed text, as the in-process index's `suggest` does.
   *
   * @param prefix - the beginning of a word, as typed
   * @param options - see `SuggestOptions`
   * @returns words as they stand in the text, each with the number of sentences it occurs in
   */
  async suggest(prefix: string, options: SuggestOptions = {}): Promise<Suggestion[]> {
    if (typeof prefix !== 'string') throw new InvalidOptionError('prefix', `expected a string, got ${typeof prefix}`)
    const { limit } = checkSuggestOptions(options)
    const generation = await this.#current()
    const start = generation.documents.analyzer.normalize(prefix)
    if (start === '') return []
    return generation.documents.vocabulary.withPrefix(start, limit).map(({ surface, sentences }) => ({ word: surface, sentences }))
  }

  async #search(query: string | QueryNode, options: SearchOptions<M>, exactTotal: boolean): Promise<PostgresSearchResults<M>> {
    const settings = checkSearchOptions(options)
    const asked = askedOf(query, settings)
    const state: AttemptState = { missing: this.#missing, planning: () => {} }
    return this.#rounds((generation) => attemptSearch<M>(generation.documents, asked, settings, state, exactTotal))
  }

  /**
   * A statement that selects, on one server, the sentences a query matches: the same sentences
   * as the query's hits (with `duplicates: 'keep'`, and without `expand`'s sentences found
   * through their context), except that a phrase with slop selects every sentence with all its
   * words. The query is planned as `search` plans it: words analysed, prefixes and typos
   * expanded through the vocabulary. Run it on every server and put the rows together.
   *
   * @param query - a query string, or a query tree
   * @param options - the options that shape a plan (`defaultOperator`, `strict`, `asYouType`, `typoFallback`, `weights`: a weight of 0 leaves its words out)
   * @returns the statement, selecting `document` (the id as JSON), `index` (the sentence's in
   *   its document) and `start` and `end` (UTF-16 offsets into the document's text), and its parameters
   * @example
   * ```ts
   * const { text, params } = await index.toSql('kinderarmoede OR "zieke kind"')
   * const { rows } = await pool.query(text, params)
   * ```
   */
  async toSql(query: string | QueryNode, options: SearchOptions<M> = {}): Promise<{ text: string; params: unknown[] }> {
    const settings = checkSearchOptions(options)
    const asked = askedOf(query, settings)
    const planned = await this.#rounds((generation) => {
      const { plan } = planOf(generation.documents, asked, settings)
      return this.#missing.size > 0 ? undefined : { plan, generation }
    })
    return selectMatching(
      this.#tables,
      conditionOf(planned.plan, {
        marksParts: planned.generation.documents.analyzer.marksParts && settings.weights.part > 0,
        speakersFolded: (value) => planned.generation.speakers.filter((speaker) => foldName(speaker) === value),
      }),
    )
  }

  /** Runs `attempt` until it reads nothing that is not loaded, loading what it noted in between, on one generation of the index. */
  async #rounds<T>(attempt: (generation: Generation) => T | undefined): Promise<T> {
    for (let restart = 0; ; restart++) {
      try {
        const generation = await this.#current()
        if (generation.cached > MAX_CACHED) this.#forget(generation)
        let loaded = false
        for (let round = 0; round < MAX_ROUNDS; round++) {
          if (generation.stale) this.#refresh(generation)
          this.#missing.clear()
          const result = attempt(generation)
          if (this.#missing.size === 0 && result !== undefined) {
            // What was loaded must be of the generation the columns are of.
            if (loaded && (await this.#generationKey()) !== generation.key) throw new Changed()
            return result
          }
          generation.stale = true
          await this.#load(generation, [...this.#missing])
          loaded = true
        }
        throw new IndexFormatError(`A search still lacked data after ${MAX_ROUNDS} rounds of loading.`, 'Check the tables of the index.')
      } catch (error) {
        if (!(error instanceof Changed) || restart >= MAX_RESTARTS)
          throw error instanceof Changed ? new PostgresError(0, this.#servers.size, 'the index kept changing during a search') : error
        this.#generation = undefined
      }
    }
  }

  /** The generation of every server, as one key. */
  async #generationKey(): Promise<string> {
    const rows = await this.#servers.each(async (client) => (await client.query(sql.selectGeneration(this.#tables))).rows[0])
    return rows.map((row) => String(row?.generation ?? '')).join(',')
  }

  /** The loaded generation, loaded again when a server's changed. */
  async #current(): Promise<Generation> {
    const key = await this.#generationKey()
    if (this.#generation?.key === key) return this.#generation
    if (this.#loading === undefined)
      this.#loading = this.#loadGeneration(key).finally(() => {
        this.#loading = undefined
      })
    const generation = await this.#loading
    this.#generation = generation
    return generation
  }

  /** Reads the sentence columns, the vocabulary and the splits of every server. */
  async #loadGeneration(key: string): Promise<Generation> {
    const t = this.#tables
    const parts = await this.#servers.each(async (client) => ({
      documents: (await client.query(sql.selectDocuments(t))).rows,
      sentences: (await client.query(sql.selectSentences(t))).rows,
      forms: (await client.query(sql.selectForms(t))).rows,
      splits: (await client.query(sql.selectSplits(t))).rows,
    }))
    // Each server's documents with their sentences, in the order of the whole index.
    const documents: { seq: number; id: DocumentId; count: number; sentences: Record<string, unknown>[] }[] = []
    for (const part of parts) {
      let at = 0
      for (const row of part.documents) {
        const seq = Number(row.seq)
        const count = Number(row.sentences)
        const sentences = part.sentences.slice(at, at + count)
        if (sentences.length !== count || sentences.some((sentence) => Number(sentence.seq) !== seq)) throw new Changed()
        at += count
        documents.push({ seq, id: JSON.parse(String(row.id)) as DocumentId, count, sentences })
      }
    }
    documents.sort((a, b) => a.seq - b.seq)
    const rowCount = documents.reduce((sum, doc) => sum + doc.count, 0)
    const columns = {
      counts: documents.map((doc) => doc.count),
      paragraphs: [] as number[],
      roles: [] as (Role | null)[],
      speakers: [] as (string | null)[],
      duplicateOf: [] as (number | null)[],
    }
    const spans = { start: new Int32Array(rowCount), end: new Int32Array(rowCount) }
    const lengths = new Int32Array(rowCount)
    const firstRow = new Int32Array(documents.length)
    const docOfRow = new Int32Array(rowCount)
    let average = 0
    let row = 0
    documents.forEach((doc, k) => {
      firstRow[k] = row
      let paragraph = 0
      for (const sentence of doc.sentences) {
        columns.paragraphs.push(Number(sentence.paragraph) - paragraph)
        paragraph = Number(sentence.paragraph)
        columns.roles.push((sentence.role as Role | null) ?? null)
        columns.speakers.push((sentence.speaker as string | null) ?? null)
        columns.duplicateOf.push(sentence.duplicate_of === null ? null : Number(sentence.duplicate_of))
        docOfRow[row] = k
        spans.start[row] = Number(sentence.start_at)
        spans.end[row] = Number(sentence.end_at)
        lengths[row] = Number(sentence.length)
        // MiniSearch's running average, computed as it computes it while adding.
        average = (average * row + lengths[row]) / (row + 1)
        row++
      }
    })
    const anyOf = <T>(values: (T | null)[]) => (values.some((value) => value !== null) ? values : null)
    const layout = { ...columns, roles: anyOf(columns.roles), speakers: anyOf(columns.speakers), duplicateOf: anyOf(columns.duplicateOf) }
    const texts = new Array<string | undefined>(documents.length)
    const metadata = new Array<Metadata | undefined>(documents.length)
    const ids = documents.map((doc) => doc.id)
    const store: EntryStore = {
      text: (doc) => (this.#has(texts[doc] !== undefined, `d:${doc}`) ? (texts[doc] as string) : ''),
      metadata: (doc) => (this.#has(texts[doc] !== undefined, `d:${doc}`) ? (metadata[doc] as Metadata) : NO_METADATA),
    }
    const entries = documents.map((doc, k) => new StoredEntry(store, k, ids[k], firstRow[k], doc.count))
    const rows = RowTable.fromLayout(entries, layout, { ...spans, ready: (at) => this.#has(texts[docOfRow[at]] !== undefined, `d:${docOfRow[at]}`) })
    const table = new CompoundTable(this.#setup.lexicon)
    const analyzer = composeAnalyzer(this.#options, table.split)
    const vocabulary = new Vocabulary(analyzer, table)
    vocabulary.restore(vocabularyOf(parts))
    const generation: Generation = {
      key,
      seqs: Float64Array.from(documents, (doc) => doc.seq),
      firstRow,
      ids,
      texts,
      metadata,
      lengths,
      average,
      rows,
      documents: new Documents(analyzer, table, undefined, this.#setup.synonyms),
      vocabulary,
      postings: new Map(),
      duplicates: layout.duplicateOf?.filter((d) => d !== null).length ?? 0,
      multiSentence: documents.filter((doc) => doc.count > 1).length,
      speakers: [...new Set(columns.speakers.filter((speaker): speaker is string => speaker !== null))],
      stale: true,
      cached: 0,
    }
    return generation
  }

  /** Makes the engine of the postings loaded so far and hands it, with the rows and vocabulary, to the search. */
  #refresh(generation: Generation): void {
    const postings = [...generation.postings.values()].filter((posting): posting is Posting => posting !== null).sort(byTerm)
    const engine = SentenceMiniSearch.restoreFrom(
      {
        average: generation.average,
        postings,
        lengthOf: (row) => generation.lengths[row],
        loaded: (term) => this.#has(generation.postings.has(term), `t:${term}`),
      },
      generation.lengths.length,
    )
    generation.documents.adopt({
      rows: generation.rows,
      engine,
      vocabulary: generation.vocabulary,
      duplicates: generation.duplicates,
      multiSentence: generation.multiSentence,
    })
    generation.stale = false
  }

  /** `loaded`, and when it is false, notes `key` as needed. */
  #has(loaded: boolean, key: string): boolean {
    if (!loaded) this.#missing.add(key)
    return loaded
  }

  /** Loads what an attempt noted: the postings of terms and the texts of documents, from every server at once. */
  async #load(generation: Generation, keys: readonly string[]): Promise<void> {
    const terms = keys.filter((key) => key.startsWith('t:')).map((key) => key.slice(2))
    const docs = keys.filter((key) => key.startsWith('d:')).map((key) => Number(key.slice(2)))
    const seqs = docs.map((doc) => generation.seqs[doc])
    const t = this.#tables
    const parts = await this.#servers.each(async (client) => ({
      postings: terms.length === 0 ? [] : (await client.query(sql.selectPostings(t), [terms, terms.map((term) => quoteLexeme(lexemeOf(term)))])).rows,
      texts: seqs.length === 0 ? [] : (await client.query(sql.selectTexts(t), [seqs])).rows,
    }))
    const lists = new Map<string, [number, number][]>(terms.map((term) => [term, []]))
    for (const part of parts) {
      for (const { term, seq, ord, frequency } of part.postings) {
        const doc = documentOf(generation, Number(seq))
        if (doc < 0) throw new Changed()
        lists.get(String(term))?.push([generation.firstRow[doc] + Number(ord), Number(frequency)])
      }
      for (const { seq, text, metadata } of part.texts) {
        const doc = documentOf(generation, Number(seq))
        if (doc < 0) throw new Changed()
        generation.texts[doc] = String(text)
        generation.metadata[doc] = metadata === null ? NO_METADATA : (metadata as Metadata)
      }
    }
    for (const doc of docs) if (generation.texts[doc] === undefined) throw new Changed()
    for (const [term, list] of lists) {
      generation.postings.set(term, list.length === 0 ? null : postingOf(term, list))
      generation.cached += list.length
    }
    generation.cached += docs.length
    // Also here, not only before loading: a search at once may have made its engine since.
    generation.stale = true
  }

  /** Drops the postings and texts searches loaded; the next searches load what they need again. */
  #forget(generation: Generation): void {
    generation.postings.clear()
    generation.texts.fill(undefined)
    generation.metadata.fill(undefined)
    generation.cached = 0
    generation.stale = true
  }
}

/** Reads a stored document's text and metadata, noting them as needed when they are not loaded. */
interface EntryStore {
  text(doc: number): string
  metadata(doc: number): Metadata
}

/** A document of the index: its id and rows at once, its text and metadata once a search loaded them. */
class StoredEntry implements DocumentEntry {
  constructor(
    readonly store: EntryStore,
    readonly doc: number,
    readonly id: DocumentId,
    readonly first: number,
    readonly count: number,
  ) {}

  get text(): string {
    return this.store.text(this.doc)
  }

  get metadata(): { readonly [key: string]: JsonValue } {
    return this.store.metadata(this.doc)
  }
}

/** The document of a sequence number, or -1 when the generation has none (it changed since). */
function documentOf(generation: Generation, seq: number): number {
  const { seqs } = generation
  const at = lowerBound(seqs.length, (k) => seqs[k], seq)
  return seqs[at] === seq ? at : -1
}

/** The vocabulary of every server: each word's forms summed, its commonest form shown, with the splits of its compounds. */
function vocabularyOf(parts: readonly { forms: Record<string, unknown>[]; splits: Record<string, unknown>[] }[]): SerializedVocabulary {
  const forms = new Map<string, Map<string, number>>()
  for (const part of parts)
    for (const { word, surface, sentences } of part.forms) {
      let counts = forms.get(String(word))
      if (counts === undefined) forms.set(String(word), (counts = new Map()))
      counts.set(String(surface), (counts.get(String(surface)) ?? 0) + Number(sentences))
    }
  const splits = new Map<string, string>()
  for (const part of parts) for (const { word, parts: encoded } of part.splits) splits.set(String(word), String(encoded))
  const words = [...forms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const compounds = { words: [] as number[], parts: [] as string[] }
  words.forEach((word, i) => {
    const encoded = splits.get(word)
    if (encoded === undefined) return
    compounds.words.push(i)
    compounds.parts.push(encoded)
  })
  return {
    words: words.map((word) => commonestForm(word, forms.get(word) as Map<string, number>)),
    sentences: words.map((word) => [...(forms.get(word) as Map<string, number>).values()].reduce((sum, n) => sum + n, 0)),
    ...(compounds.words.length > 0 ? { compounds } : {}),
  }
}
