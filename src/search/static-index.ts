/**
 * A static index, read shard by shard as queries need them (`format/static.ts` writes it).
 *
 * The search is the in-process index's own code (`run-search.ts`) over stand-ins that read the
 * loaded shards: a term, a word, a sentence's length or a sentence whose shard is not loaded
 * yet is noted as needed and answered as absent (a sentence the exact check needs is taken as
 * it stands). When a search noted anything, the shards are fetched together and the search runs
 * again; the search whose every read was answered is the result. So the hits are the loaded
 * index's hits, in its order, with its highlights, and a query loads only its shards: the
 * words of the query (analysing and expanding them), the postings of their terms, the lengths
 * of the candidates, and the blocks of the hits of the page.
 *
 * @module
 */

import type { Synonyms } from './synonyms.js'
import { composeAnalyzer, type Analyzer } from '../analysis/analyzer.js'
import type { CompoundPart } from '../analysis/compound-table.js'
import { IndexFormatError, InvalidOptionError, StaticLoadError, ZoekError } from '../errors.js'
import type { DocumentId, JsonValue, Metadata } from '../model.js'
import type { QueryNode } from '../query/ast.js'
import { Documents } from './documents.js'
import { SentenceMiniSearch } from './engine/sentence-minisearch.js'
import { analyzerOptionsOf, checkAnalyzerIdentity } from './format/common.js'
import {
  MANIFEST_FILE,
  shardFile,
  validateManifest,
  type ShardKind,
  type StaticManifest,
  readBlock,
  readSplits,
  readTermShard,
  readWordShard,
  shardOf,
  termKey,
} from './format/static.js'
import { byTerm, type Posting } from './format/v2.js'
import { checkSearchOptions, checkSuggestOptions, type SearchOptions, type SuggestOptions } from './options.js'
import { fillSpans, RowTable, type DocumentEntry } from './rows.js'
import { askedOf, attemptSearch, type AttemptState, type LazySearchResults } from './lazy-search.js'
import type { Suggestion } from './types.js'
import { Vocabulary } from './vocabulary.js'

/**
 * The hits of a static index's search: the loaded index's, and whether `total` is exact
 * (see {@link StaticIndex.search}).
 */
export interface StaticSearchResults<M extends object = Metadata> extends LazySearchResults<M> {}

/** Reads one file of a static index by its name; resolves to its bytes or text. */
export type StaticReader = (name: string) => Promise<ArrayBuffer | Uint8Array | string>

/** Options of {@link openStatic}. */
export interface StaticIndexOptions {
  /** The `fetch` to read a URL with (default: the global one). */
  readonly fetch?: (url: string) => Promise<Response>
  /**
   * Related words for `expand`, at the weight `synonym`: `dutchSynonyms()` from `zoek/synonyms`,
   * or a table of your own (see `IndexOptions.synonyms`). Default: none.
   */
  readonly synonyms?: Synonyms
}

/** More rounds than any query needs (words, postings, lengths, blocks, the blocks the check turned down); a guard against a damaged index. */
const MAX_ROUNDS = 24

const NO_METADATA: Metadata = Object.freeze({})

/**
 * Opens a static index: reads its manifest and checks that this zoek analyses text as the
 * index was built.
 *
 * @param source - the index's base URL, or in Node a directory path, or a reader of its files
 * @param options - see {@link StaticIndexOptions}
 * @returns the index, with nothing but the manifest loaded
 * @throws `StaticLoadError` when the manifest cannot be read; `IndexFormatError` when it is not
 *   a static zoek index this version reads; `AnalyzerMismatchError` for another analyzer
 * @internal
 */
export async function openStatic<M extends object = Metadata>(source: string | URL | StaticReader, options: StaticIndexOptions = {}): Promise<StaticIndex<M>> {
  const reader = readerOf(source, options)
  const counter = { bytes: 0, requests: 0 }
  const read = async (name: string): Promise<unknown> => {
    let body: ArrayBuffer | Uint8Array | string
    try {
      body = await reader(name)
    } catch (error) {
      throw error instanceof ZoekError ? error : new StaticLoadError(name, (error as Error).message ?? String(error))
    }
    counter.requests++
    if (typeof body !== 'string' && !(body instanceof ArrayBuffer) && !ArrayBuffer.isView(body))
      throw new StaticLoadError(name, 'the reader gave no text or bytes')
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body)
    counter.bytes += typeof body === 'string' ? new TextEncoder().encode(body).length : body.byteLength
    try {
      return JSON.parse(text)
    } catch (error) {
      throw new IndexFormatError(`${name} is not valid JSON (${(error as Error).message}).`, 'Write the static index again.')
    }
  }
  const manifest = validateManifest(await read(MANIFEST_FILE))
  return new StaticIndex<M>(manifest, read, counter, options.synonyms)
}

function readerOf(source: string | URL | StaticReader, options: StaticIndexOptions): StaticReader {
  if (typeof source === 'function') return source
  const isUrl = source instanceof URL || /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || options.fetch !== undefined
  if (isUrl) {
    const base = String(source).endsWith('/') ? String(source) : `${String(source)}/`
    const get = options.fetch ?? ((url: string) => fetch(url))
    return async (name) => {
      const response = await get(new URL(name, base).href)
      if (!response.ok) throw new StaticLoadError(name, `status ${response.status} ${response.statusText}`.trim())
      return response.arrayBuffer()
    }
  }
  if (typeof source !== 'string' || source === '') throw new InvalidOptionError('source', 'expected a base URL, a directory path or a reader function')
  // In a page, a path is a URL relative to the page.
  const page = (globalThis as { location?: { href?: string } }).location?.href
  if (page !== undefined) return readerOf(new URL(source, page), options)
  const directory = source.endsWith('/') ? source : `${source}/`
  // A variable name, so that bundlers for the browser leave Node's module alone.
  const fsModule = 'node:fs/promises'
  return async (name) => {
    const fs = (await import(/* @vite-ignore */ fsModule)) as { readFile(path: string): Promise<Uint8Array> }
    return fs.readFile(directory + name)
  }
}

/**
 * A static index: searched like a loaded index, with `await`, loading the shards each query
 * needs and keeping them. Open one with `openStaticIndex`.
 */
export class StaticIndex<M extends object = Metadata> {
  readonly #manifest: StaticManifest
  readonly #read: (name: string) => Promise<unknown>
  readonly #counter: { bytes: number; requests: number }
  #documents: Documents
  /** Related words for `expand`, given to each generation of the documents. */
  readonly #synonyms: Synonyms | undefined
  /**
   * The analyzer, made again when splits came in: it keeps each word's analysis, and a word
   * analysed before its split was loaded (a query word, while planning) must not stay unsplit.
   */
  #analyzer: Analyzer
  /** The number of splits the analyzer was made with. */
  #analyzedSplits = 0
  /** The analyzer without compound splitting, for the term of a word as a whole. */
  readonly #wholeWords: Analyzer
  readonly #rows: RowTable

  /** The shards a search asked for and did not have, as `kind:number`. */
  readonly #missing = new Set<string>()
  /** True when the attempt read every word of the vocabulary. */
  #readsAll = false
  /** True while a query is planned: a word of the query whose words shard is not loaded is noted. */
  #planning = false
  /** Shards being loaded, so that two searches at once fetch each once. */
  readonly #inFlight = new Map<string, Promise<void>>()

  readonly #terms: (readonly Posting[] | undefined)[]
  readonly #words: ({ readonly words: readonly string[]; readonly sentences: readonly number[] } | undefined)[]
  /** The number of terms of each sentence found in a loaded terms shard (0 for the others). */
  readonly #lengths: Int32Array
  readonly #blocks: boolean[]
  readonly #splits = new Map<string, readonly CompoundPart[]>()
  /** Each document's block, first row and, once its block is loaded, its id, text and metadata. */
  readonly #blockOfDocument: Int32Array
  readonly #firstDocument: number[] = []
  readonly #firstRow: Int32Array
  readonly #blockOfRow: Int32Array
  readonly #ids: (DocumentId | undefined)[]
  readonly #texts: string[]
  readonly #metadata: (Metadata | undefined)[]
  readonly #spans: { readonly start: Int32Array; readonly end: Int32Array }
  readonly #duplicates: number
  readonly #multiSentence: number
  /** True when shards came in since the engine and the vocabulary were made. */
  #stale = true

  /** @internal */
  constructor(manifest: StaticManifest, read: (name: string) => Promise<unknown>, counter: { bytes: number; requests: number }, synonyms?: Synonyms) {
    this.#synonyms = synonyms
    this.#manifest = manifest
    this.#read = read
    this.#counter = counter
    const stored = manifest.analyzer
    this.#analyzer = composeAnalyzer(analyzerOptionsOf(stored), (word) => this.#split(word))
    this.#wholeWords = composeAnalyzer(analyzerOptionsOf(stored), undefined)
    checkAnalyzerIdentity(this.#analyzer, stored, { index: 'This static index', zoekVersion: manifest.zoekVersion, remedy: 'Write it again with this zoek.' })
    const { counts } = manifest.sentences
    const rows = manifest.sentences.paragraphs.length
    this.#terms = new Array(manifest.terms.length)
    this.#words = new Array(manifest.words.length)
    this.#lengths = new Int32Array(rows)
    this.#blocks = new Array(manifest.blocks.length).fill(false)
    this.#blockOfDocument = new Int32Array(counts.length)
    this.#firstRow = new Int32Array(counts.length)
    this.#blockOfRow = new Int32Array(rows)
    for (let block = 0, doc = 0, row = 0; block < manifest.blocks.length; block++) {
      this.#firstDocument.push(doc)
      for (let k = 0; k < manifest.blocks[block]; k++, doc++) {
        this.#blockOfDocument[doc] = block
        this.#firstRow[doc] = row
        for (let i = 0; i < counts[doc]; i++, row++) this.#blockOfRow[row] = block
      }
    }
    this.#ids = new Array(counts.length)
    this.#texts = new Array(counts.length)
    this.#metadata = new Array(counts.length)
    this.#spans = { start: new Int32Array(rows), end: new Int32Array(rows) }
    for (const [word, parts] of readSplits(manifest.names, 'names')) this.#splits.set(word, parts)
    const entries = Array.from(counts, (count, doc) => this.#entry(doc, count))
    this.#rows = RowTable.fromLayout(entries, manifest.sentences, { ...this.#spans, ready: (row) => this.#has('docs', this.#blockOfRow[row]) })
    this.#duplicates = manifest.sentences.duplicateOf?.filter((d) => d !== null).length ?? 0
    this.#multiSentence = counts.filter((count) => count > 1).length
    this.#documents = new Documents(this.#analyzer, undefined, undefined, this.#synonyms)
    this.#analyzedSplits = this.#splits.size
  }

  /** The number of documents. */
  get documentCount(): number {
    return this.#manifest.sentences.counts.length
  }

  /** The number of sentences. */
  get sentenceCount(): number {
    return this.#manifest.sentences.paragraphs.length
  }

  /** The bytes of every file read so far, the manifest included (as the reader gave them: uncompressed). */
  get bytesFetched(): number {
    return this.#counter.bytes
  }

  /** The number of files read so far, the manifest included. */
  get requests(): number {
    return this.#counter.requests
  }

  /** The analyzer every query goes through. */
  get analyzer(): Analyzer {
    return this.#analyzer
  }

  /**
   * Searches the index: the same hits, in the same order and with the same highlights, as the
   * loaded index's `search`. Loads the shards the page needs first (and keeps them).
   *
   * `total` is exact (`totalExact` true) unless counting would have to read sentences that are
   * not loaded: a phrase, a filter or an exclusion checks each candidate's sentence, and a
   * static index does not load every candidate's block for a number. Then `total` counts each
   * candidate it has not checked as a hit, so it is at most that many too high, and
   * `totalExact` is false; {@link StaticIndex.count} gives the exact number.
   *
   * @param query - a query string, or a query tree
   * @param options - the options of `SentenceIndex.search`
   * @returns the hits of the page, with `total` and `totalExact`
   * @throws `QuerySyntaxError` and `InvalidOptionError` as `search` does; `StaticLoadError` when a
   *   shard cannot be read (the index stays usable)
   */
  async search(query: string | QueryNode, options: SearchOptions<M> = {}): Promise<StaticSearchResults<M>> {
    return this.#search(query, options, false)
  }

  /**
   * The exact number of hits of a query (the `total` of the loaded index's `search`), loading
   * whatever sentences the count must check.
   *
   * @param query - a query string, or a query tree
   * @param options - the options of `SentenceIndex.search` (paging does not matter)
   * @returns the number of hits
   */
  async count(query: string | QueryNode, options: SearchOptions<M> = {}): Promise<number> {
    return (await this.#search(query, options, true)).total
  }

  async #search(query: string | QueryNode, options: SearchOptions<M>, exactTotal: boolean): Promise<StaticSearchResults<M>> {
    const settings = checkSearchOptions(options)
    const asked = askedOf(query, settings)
    const state: AttemptState = {
      missing: this.#missing,
      planning: (on) => {
        this.#planning = on
      },
    }
    return this.#rounds(() => attemptSearch<M>(this.#documents, asked, settings, state, exactTotal))
  }

  /**
   * Completes a prefix to words of the indexed text, as the loaded index's `suggest` does.
   *
   * @param prefix - the beginning of a word, as typed
   * @param options - see `SuggestOptions`
   * @returns words as they stand in the text, each with the number of sentences it occurs in
   */
  async suggest(prefix: string, options: SuggestOptions = {}): Promise<Suggestion[]> {
    if (typeof prefix !== 'string') throw new InvalidOptionError('prefix', `expected a string, got ${typeof prefix}`)
    const { limit } = checkSuggestOptions(options)
    const start = this.#analyzer.normalize(prefix)
    if (start === '') return []
    return this.#rounds(() => this.#documents.vocabulary.withPrefix(start, limit).map(({ surface, sentences }) => ({ word: surface, sentences })))
  }

  /** Runs `attempt` until it reads nothing that is not loaded, loading what it noted in between. */
  async #rounds<T>(attempt: () => T | undefined): Promise<T> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (this.#stale) this.#refresh()
      this.#missing.clear()
      this.#readsAll = false
      const result = attempt()
      if (this.#readsAll && this.#missing.size === 0) for (let n = 0; n < this.#words.length; n++) this.#has('words', n)
      if (this.#missing.size === 0 && result !== undefined) return result
      // What this attempt worked out from missing data (a plan kept for its query string) must
      // go, also when loading fails and the next search comes later.
      this.#stale = true
      await this.#load([...this.#missing])
    }
    throw new IndexFormatError(`A search still lacked shards after ${MAX_ROUNDS} rounds of loading.`, 'Write the static index again.')
  }

  /** Makes the engine and the vocabulary of what is loaded, and hands them to the search. */
  #refresh(): void {
    // Shards hold a word and its compound-part term together; the engine looks terms up in term order.
    const postings = this.#terms.flatMap((shard) => shard ?? []).sort(byTerm)
    const engine = SentenceMiniSearch.restoreFrom(
      {
        average: this.#manifest.average,
        postings,
        // The engine reads the lengths of the sentences of the postings it has: those came with them.
        lengthOf: (row) => this.#lengths[row],
        loaded: (term) => this.#has('terms', shardOf(this.#manifest.terms, termKey(term))),
      },
      this.sentenceCount,
    )
    if (this.#splits.size !== this.#analyzedSplits) {
      this.#analyzer = composeAnalyzer(analyzerOptionsOf(this.#manifest.analyzer), (word) => this.#split(word))
      this.#documents = new Documents(this.#analyzer, undefined, undefined, this.#synonyms)
      this.#analyzedSplits = this.#splits.size
    }
    const vocabulary = new Vocabulary(this.#analyzer, undefined, {
      read: (from, to) => {
        for (let n = shardOf(this.#manifest.words, from), last = shardOf(this.#manifest.words, to); n <= last; n++) this.#has('words', n)
      },
      // Every word (a fuzzy word, a typo) only once nothing else is missing: a query word
      // whose postings are not loaded yet looks like a typo until they are.
      readAll: () => {
        this.#readsAll = true
      },
      complete: () => {
        for (let n = 0; n < this.#words.length; n++) if (this.#words[n] === undefined) return false
        return true
      },
    })
    vocabulary.restore({ words: this.#words.flatMap((shard) => shard?.words ?? []), sentences: this.#words.flatMap((shard) => shard?.sentences ?? []) })
    this.#documents.adopt({ rows: this.#rows, engine, vocabulary, duplicates: this.#duplicates, multiSentence: this.#multiSentence })
    this.#stale = false
  }

  /** True when a shard is loaded (or there is none, -1); otherwise notes that it is needed. */
  #has(kind: ShardKind, n: number): boolean {
    if (n < 0) return true
    const loaded = kind === 'terms' ? this.#terms[n] !== undefined : kind === 'words' ? this.#words[n] !== undefined : this.#blocks[n]
    if (!loaded) this.#missing.add(`${kind}:${n}`)
    return loaded
  }

  /**
   * The compound split of a normalised word. While planning, a word whose split may be in a
   * terms shard not loaded yet (the shard of its term) is noted. So every term of the plan has
   * its shard loaded, with the splits of every word that has a part of that term: those of a
   * hit's words that checking and highlighting it against the plan need (the blocks hold none).
   */
  #split(word: string): readonly CompoundPart[] | undefined {
    const parts = this.#splits.get(word)
    if (parts === undefined && this.#planning) this.#has('terms', shardOf(this.#manifest.terms, termKey(this.#wholeWords.term(word))))
    return parts
  }

  /** Loads shards (`kind:number`) at once; a shard two searches need is fetched once. */
  async #load(shards: readonly string[]): Promise<void> {
    await Promise.all(
      shards.map((shard) => {
        let loading = this.#inFlight.get(shard)
        if (loading === undefined) {
          loading = this.#loadShard(shard).finally(() => this.#inFlight.delete(shard))
          this.#inFlight.set(shard, loading)
        }
        return loading
      }),
    )
  }

  async #loadShard(shard: string): Promise<void> {
    const [kind, number] = shard.split(':') as [ShardKind, string]
    const n = Number(number)
    const data = await this.#read(shardFile(kind, n, this.#manifest.build))
    const rows = this.sentenceCount
    switch (kind) {
      case 'terms': {
        const shard = readTermShard(data, rows)
        for (const [word, parts] of shard.splits) this.#splits.set(word, parts)
        shard.rows.forEach((row, k) => {
          this.#lengths[row] = shard.lengths[k]
        })
        this.#terms[n] = shard.postings
        break
      }
      case 'words':
        this.#words[n] = readWordShard(data)
        break
      case 'docs':
        this.#takeBlock(n, data)
        break
    }
    this.#stale = true
  }

  #takeBlock(n: number, data: unknown): void {
    const fromDoc = this.#firstDocument[n]
    const toDoc = fromDoc + this.#manifest.blocks[n]
    const { counts } = this.#manifest.sentences
    const block = readBlock(data, counts.slice(fromDoc, toDoc))
    block.documents.forEach(([id, text, metadata], k) => {
      this.#ids[fromDoc + k] = id
      this.#texts[fromDoc + k] = text
      this.#metadata[fromDoc + k] = metadata ?? NO_METADATA
    })
    fillSpans(this.#spans, { counts, gaps: block.gaps, lengths: block.lengths }, fromDoc, toDoc, this.#firstRow[fromDoc])
    this.#blocks[n] = true
  }

  /** A document whose id, text and metadata are read from its block; placeholders (noted) until it is loaded. */
  #entry(doc: number, count: number): DocumentEntry {
    const index = this
    const ready = () => index.#has('docs', index.#blockOfDocument[doc])
    return {
      get id(): DocumentId {
        return ready() ? (index.#ids[doc] as DocumentId) : ''
      },
      get text(): string {
        return ready() ? index.#texts[doc] : ''
      },
      get metadata(): { readonly [key: string]: JsonValue } {
        return ready() ? (index.#metadata[doc] as Metadata) : NO_METADATA
      },
      first: this.#firstRow[doc],
      count,
    }
  }
}
