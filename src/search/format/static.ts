/**
 * The static index: a serialised index cut into files that a browser or a CDN serves as they
 * are, so that a query loads only what it needs (`search/static-index.ts` reads them).
 *
 * - `zoek-static.json`, the manifest: the analyzer's identity, the sentence columns ranking
 *   reads for every sentence (sentences per document, paragraph steps, roles, speakers,
 *   pull-quote links), the first key of every shard, and the build, which is in every other
 *   file's name so that caches never mix two builds;
 * - `terms-N.<build>.json`: the posting lists of a range of terms, as in format 2, with the
 *   number of terms of each of their sentences, which BM25 reads for every candidate (compound
 *   parts are terms of their own, so a word needs one shard and finds the compounds too), and
 *   the compound splits a query with those terms needs: of the words whose term is in range
 *   (to analyse the query) and of the words with a part whose term is (to check and highlight
 *   its hits);
 * - `words-N.<build>.json`: the vocabulary of a range of normalised words, for prefix, fuzzy
 *   and as-you-type expansion and suggestions (the compound splits of words are in the terms
 *   shard of their term, which a query needs anyway);
 * - `docs-N.<build>.json`: a block of whole documents (id, text, metadata) and their sentences'
 *   offsets. A hit is analysed with the splits its query's terms shards brought: those are
 *   the splits of every word of it that can match the query (a word's own term never depends
 *   on its split, and parts stand at their word's position).
 *
 * The files are written from format 2, so a static index holds exactly what `toJSON` holds.
 *
 * @module
 */

import type { Token } from '../../analysis/analyzer.js'
import type { CompoundPart } from '../../analysis/compound-table.js'
import { checksum64 } from '../../analysis/fingerprint.js'
import type { DocumentId, Metadata, ParagraphMode, Role } from '../../model.js'
import { PART_MARK } from '../index-terms.js'
import { lowerBound } from '../lower-bound.js'
import type { SerializedVocabulary } from '../vocabulary.js'
import { checkAnalyzer, checkArray, checkVocabulary, fail, isDocumentId, isJsonValue, isObject, type SerializedAnalyzer } from './common.js'
import {
  checkOptionalColumns,
  forEachPosting,
  postingValid,
  sparse,
  type Posting,
  type SentenceColumns,
  type SerializedDocument,
  type SerializedIndex,
} from './v2.js'

/** The `format` field of a static index's manifest. */
export const STATIC_FORMAT = 'zoek-static'
/** The manifest's format version this zoek writes and reads. */
export const STATIC_FORMAT_VERSION = 2
/** The manifest's file name. */
export const MANIFEST_FILE = 'zoek-static.json'

/** The kinds of shard, as they begin a file's name. */
export type ShardKind = 'terms' | 'words' | 'docs'

/** Split words as columns: normalised words, and their parts' offsets as counts (start, end, start, end, …). */
export interface SplitColumns {
  readonly words: readonly string[]
  readonly parts: readonly string[]
}

/**
 * The manifest of a static index, as read. In the file, `sentences.counts`,
 * `sentences.paragraphs` and `blocks` are written with {@link encodeCounts}.
 */
export interface StaticManifest {
  readonly format: typeof STATIC_FORMAT
  readonly formatVersion: typeof STATIC_FORMAT_VERSION
  readonly zoekVersion: string
  readonly analyzer: SerializedAnalyzer
  readonly paragraphs: ParagraphMode
  /** A checksum of every shard: part of every file's name. */
  readonly build: string
  /** MiniSearch's average number of terms per sentence. */
  readonly average: number
  /** The sentence columns that ranking reads for every sentence (format 2's, without offsets). */
  readonly sentences: Pick<SentenceColumns, 'counts' | 'paragraphs' | 'roles' | 'speakers' | 'duplicateOf'>
  /** The splits of the compound words of the speakers' names, which `expand` analyses. */
  readonly names: SplitColumns
  /** The first key of each terms shard: a term, without the mark of a compound part (`termKey`). */
  readonly terms: readonly string[]
  /** The first normalised word of each words shard. */
  readonly words: readonly string[]
  /** The number of documents of each docs block. */
  readonly blocks: readonly number[]
}

/**
 * A terms shard: posting lists in parallel columns, their numbers written with
 * {@link encodeCounts} (a fifth smaller than JSON numbers after gzip, on the haystack).
 */
export interface TermShard {
  /** The terms, in order of their key. */
  readonly terms: readonly string[]
  /** Each term's sentences as steps from the previous one (the first: the row itself). */
  readonly ids: readonly string[]
  /** Each term's frequency in each of its sentences, or '' when all are 1. */
  readonly frequencies: readonly string[]
  /**
   * The number of terms of each sentence of these posting lists, which BM25 reads, once per
   * sentence in order of row, as counts: lists of one shard share many sentences.
   */
  readonly lengths: string
  /**
   * The compound splits of the words whose term is in this shard's range (by `termKey`), and of
   * the words that have a part whose term is.
   */
  readonly splits: SplitColumns
}

/** A terms shard as the reader uses it: posting lists as in format 2, and their sentences' lengths. */
export interface DecodedTermShard {
  readonly postings: readonly Posting[]
  /** The sentences of the posting lists, in order, and the number of terms of each. */
  readonly rows: readonly number[]
  readonly lengths: readonly number[]
  readonly splits: ReadonlyMap<string, readonly CompoundPart[]>
}

/** The 64 characters of {@link encodeCounts}: a digit's value is its place; the upper 32 say that more digits follow. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_'
const DIGIT_VALUE = new Map([...DIGITS].map((digit, value) => [digit, value]))

/**
 * Writes counts (whole numbers ≥ 0) as text: each number in base 32, lowest digits first, with
 * every digit but the last taken from the upper half of the alphabet, so no separators are needed.
 *
 * @param values - whole numbers from 0 to 2^31 - 1
 * @example
 * ```ts
 * encodeCounts([3, 0, 40]) // => '30E1' (40 is 8 + 1 × 32: 'E', then '1')
 * ```
 */
export function encodeCounts(values: readonly number[]): string {
  let text = ''
  for (let value of values) {
    while (value >= 32) {
      text += DIGITS[32 + (value & 31)]
      value >>>= 5
    }
    text += DIGITS[value]
  }
  return text
}

/**
 * Reads counts written by {@link encodeCounts}.
 *
 * @param text - the encoded counts
 * @returns the numbers, or undefined when the text is not such an encoding
 */
export function decodeCounts(text: string): number[] | undefined {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const digit of text) {
    const n = DIGIT_VALUE.get(digit)
    if (n === undefined || shift > 30) return undefined
    if (n >= 32) {
      value += (n - 32) * 2 ** shift
      shift += 5
      continue
    }
    values.push(value + n * 2 ** shift)
    value = 0
    shift = 0
  }
  return shift === 0 ? values : undefined
}

/**
 * The sentences of a terms shard's posting lists, each once, in order of row: the order of the
 * shard's `lengths`.
 *
 * @param postings - the shard's posting lists
 */
export function rowsOfShard(postings: readonly Posting[]): number[] {
  const rows = new Set<number>()
  for (const [, steps, frequencies] of postings) forEachPosting(steps, frequencies, (row) => rows.add(row))
  return [...rows].sort((a, b) => a - b)
}

/**
 * Checks and decodes a terms shard.
 *
 * @param value - the parsed shard
 * @param rows - the number of sentences of the index
 * @returns its posting lists and lengths
 * @throws `IndexFormatError` naming the problem
 */
export function readTermShard(value: unknown, rows: number): DecodedTermShard {
  if (!isObject(value)) return fail('A terms shard must be an object.')
  const terms = checkArray(value.terms, 'terms shard terms', undefined, (term) => typeof term === 'string') as string[]
  const [ids, frequencies] = ['ids', 'frequencies'].map(
    (name) => checkArray(value[name], `terms shard ${name}`, terms.length, (text) => typeof text === 'string') as string[],
  )
  const postings = terms.map((term, k): Posting => {
    const steps = decodeCounts(ids[k])
    const posting: Posting = frequencies[k] === '' ? [term, steps ?? []] : [term, steps ?? [], decodeCounts(frequencies[k]) ?? []]
    if (steps === undefined || !postingValid(posting, rows)) fail(`The terms shard's posting of ${JSON.stringify(term)} is invalid.`)
    return posting
  })
  const sentences = rowsOfShard(postings)
  const lengths = typeof value.lengths === 'string' ? decodeCounts(value.lengths) : undefined
  if (lengths?.length !== sentences.length) fail(`The terms shard's "lengths" must be ${sentences.length} encoded counts.`)
  return { postings, rows: sentences, lengths: lengths as number[], splits: readSplits(value.splits, 'terms shard splits') }
}

/** A block of documents: whole documents as columns, with their sentences' offsets. */
export interface DocumentBlock {
  readonly ids: readonly DocumentId[]
  readonly texts: readonly string[]
  /** Each document's metadata (null for none); absent when no document of the block has any. */
  readonly metadata?: readonly (Metadata | null)[]
  /**
   * Two counts per sentence ({@link encodeCounts}): the characters between it and the previous
   * sentence (or its document's start); then, for its document's last sentence, the characters
   * after it, and for another sentence its end ({@link encodeEnd}).
   */
  readonly bounds: string
}

/** Characters after which a sentence may end (with closing quotes and brackets). */
const SENTENCE_END = new Set('.!?:;…)"\'”’')
const WHITE_SPACE = /\s/

/**
 * Whether a sentence may end at `at`: after a character that ends sentences, before white
 * space or the end of the text.
 */
function endsSentence(text: string, at: number): boolean {
  return at > 0 && SENTENCE_END.has(text[at - 1]) && (at === text.length || WHITE_SPACE.test(text[at]))
}

/**
 * A sentence's end as one count: where a sentence may end (`endsSentence`), twice the number of
 * such places it passes (mostly 0); elsewhere, twice its length plus one.
 *
 * @param text - the document's text
 * @param start - the sentence's start
 * @param end - its end
 */
export function encodeEnd(text: string, start: number, end: number): number {
  if (!endsSentence(text, end)) return 2 * (end - start) + 1
  let passed = 0
  for (let at = start + 1; at < end; at++) if (endsSentence(text, at)) passed++
  return 2 * passed
}

/**
 * Reads a sentence's end written by {@link encodeEnd}.
 *
 * @param text - the document's text
 * @param start - the sentence's start
 * @param value - the count
 * @returns the end, or -1 when the count does not lead to one inside the text
 */
export function decodeEnd(text: string, start: number, value: number): number {
  if (value % 2 === 1) return start + (value - 1) / 2 <= text.length ? start + (value - 1) / 2 : -1
  for (let at = start + 1, passed = 0; at <= text.length; at++) {
    if (!endsSentence(text, at)) continue
    if (passed === value / 2) return at
    passed++
  }
  return -1
}

/** A docs block as the reader uses it: each sentence's gap after the previous one, and its length. */
export interface DecodedBlock {
  readonly documents: readonly SerializedDocument[]
  readonly gaps: readonly number[]
  readonly lengths: readonly number[]
}

/** One file of a static index: its name in the index's directory and its JSON text. */
export interface StaticFile {
  readonly name: string
  readonly text: string
}

/** How big the files of a static index are. */
export interface StaticLayout {
  /** About how many characters of JSON a terms shard holds; one long posting list may make it longer. */
  readonly termBytes: number
  /** About how many characters a words shard holds. */
  readonly wordBytes: number
  /** About how many characters of text a docs block holds; one long document may make it longer. */
  readonly blockBytes: number
}

/**
 * The default layout, chosen with `npm run bench:static` on the 40k-sentence haystack: terms
 * shards of ~12 kB of JSON and blocks of ~2.5 kB of text read 0.44× Pagefind's bytes for a
 * first query and 0.42× for a later one, and the whole index is 0.98× Pagefind's (blocks of
 * ~2 kB: 1.01×; of ~3 kB: 0.96×, each block read costing more).
 */
export const DEFAULT_LAYOUT: StaticLayout = { termBytes: 12_000, wordBytes: 12_000, blockBytes: 2_500 }

/**
 * The name of a shard's file.
 *
 * @param kind - the kind of shard
 * @param n - its number
 * @param build - the build of the manifest
 */
export const shardFile = (kind: ShardKind, n: number, build: string): string => `${kind}-${n}.${build}.json`

/**
 * The number of the shard whose first key is the last one not above `key` (0 when all are
 * above it; -1 when there are no shards).
 *
 * @param starts - the first key of each shard, sorted
 * @param key - the key
 */
export function shardOf(starts: readonly string[], key: string): number {
  if (starts.length === 0) return -1
  const k = lowerBound(starts.length, (i) => starts[i], key)
  return k < starts.length && starts[k] === key ? k : Math.max(0, k - 1)
}

/**
 * The key a term is sharded by: the term, without the mark of a compound part, so that a word
 * and the same word inside compounds are in one shard.
 *
 * @param term - an engine term
 */
export const termKey = (term: string): string => (term.startsWith(PART_MARK) ? term.slice(PART_MARK.length) : term)

/** The name of every shard file, whatever its build: what a directory's earlier builds left behind. */
export const SHARD_FILE = /^(terms|words|docs)-\d+\.[0-9a-f]+\.json$/

/**
 * The words whose compound splits analysing a text looks up: the normalised surface of each of
 * its tokens (words, hyphen parts, compound parts; numbers are never split). Read from the
 * tokens, not from the splitter's calls: the analyzer asks once per surface and keeps the answer.
 *
 * @param tokens - the text's tokens
 * @param normalize - the analyzer's normalisation
 */
export const splitKeysOf = (tokens: readonly Token[], normalize: (word: string) => string): string[] =>
  tokens.flatMap((token) => (token.kind === 'number' ? [] : [normalize(token.surface)]))

/**
 * The compound words of a text, each with the key (`termKey`) of a term of one of its parts:
 * checking a sentence for a query term needs the split of every word of it with a part of that
 * term, and nothing else. A part's tokens follow the token of the word (or hyphen part) it was
 * split from.
 *
 * @param tokens - the text's tokens
 * @param normalize - the analyzer's normalisation
 * @returns `[key, word]` pairs, the word normalised
 */
export function partKeysOf(tokens: readonly Token[], normalize: (word: string) => string): [string, string][] {
  const pairs: [string, string][] = []
  let word = ''
  for (const token of tokens) {
    if (token.kind !== 'compound-part') word = token.surface
    else pairs.push([termKey(token.term), normalize(word)])
  }
  return pairs
}

/** A sentence of a document as the writer takes it: its offsets, paragraph and interview fields. */
export interface StaticSentence {
  readonly start: number
  readonly end: number
  readonly paragraph: number
  readonly role?: Role
  readonly speaker?: string
  readonly duplicateOf?: number
}

/** What the index holds besides its documents, as the builder's `finish` takes it. */
export interface StaticIndexParts {
  readonly zoekVersion: string
  readonly analyzer: SerializedAnalyzer
  readonly paragraphs: ParagraphMode
  /** MiniSearch's average number of terms per sentence. */
  readonly average: number
  /** The posting lists, sorted by term. */
  readonly postings: readonly Posting[]
  /** The number of terms of a sentence. */
  readonly lengthOf: (row: number) => number
  readonly vocabulary: SerializedVocabulary
  /** Normalises a word as the index's analyzer does (the vocabulary's keys). */
  readonly normalize: (word: string) => string
  /** The term of a normalised word as a whole word (its compound split does not change it). */
  readonly termOf: (word: string) => string
  /** The normalised words whose splits analysing this text looks up (for the speakers' names). */
  readonly asked: (text: string) => Iterable<string>
  /** The index's compound splits by normalised word. */
  readonly splits: SplitLookup
}

/** The compound splits of an index by normalised word: a map, or the index's table. */
export interface SplitLookup {
  get(word: string): readonly CompoundPart[] | undefined
}

/** A shard as the builder makes it: its kind, its number among its kind, its JSON text. */
export interface BuiltShard {
  readonly kind: ShardKind
  readonly n: number
  readonly text: string
}

/**
 * Writes a static index document by document: blocks of documents as they fill, then at the
 * end the terms and words shards and the manifest. The in-memory writer ({@link writeStatic})
 * and the streaming one both use it, so they write the same files.
 */
export class StaticBuilder {
  readonly #layout: StaticLayout
  readonly #onShard: (shard: BuiltShard) => void
  readonly #checksums: string[] = []
  readonly #numbers: Record<ShardKind, number> = { terms: 0, words: 0, docs: 0 }
  // The sentence columns of the manifest.
  readonly #counts: number[] = []
  readonly #paragraphs: number[] = []
  readonly #roles: (Role | null)[] = []
  readonly #speakers: (string | null)[] = []
  readonly #duplicateOf: (number | null)[] = []
  readonly #blocks: number[] = []
  /** The compound words by the key of one of their parts' terms (`partKeysOf`). */
  readonly #parts = new Map<string, Set<string>>()
  // The block being filled.
  #documents: SerializedDocument[] = []
  #bounds: number[] = []
  #filled = 0

  /**
   * @param layout - the sizes of the shards
   * @param onShard - receives each shard as it is made
   */
  constructor(layout: StaticLayout, onShard: (shard: BuiltShard) => void) {
    this.#layout = layout
    this.#onShard = onShard
  }

  #emit(kind: ShardKind, value: unknown): void {
    const text = JSON.stringify(value)
    this.#checksums.push(checksum64(text))
    this.#onShard({ kind, n: this.#numbers[kind]++, text })
  }

  /**
   * Adds a document with its sentences, in the index's order.
   *
   * @param document - the document as format 2 stores it
   * @param sentences - its sentences
   * @param parts - its compound words with the keys of their parts' terms (`partKeysOf`)
   */
  addDocument(document: SerializedDocument, sentences: readonly StaticSentence[], parts: Iterable<readonly [string, string]>): void {
    const size = document[1].length + 16
    if (this.#documents.length > 0 && this.#filled + size > this.#layout.blockBytes) this.#flush()
    this.#documents.push(document)
    this.#filled += size
    this.#counts.push(sentences.length)
    const text = document[1]
    sentences.forEach((sentence, k) => {
      const previous = sentences[k - 1] as StaticSentence | undefined
      const last = k === sentences.length - 1
      this.#bounds.push(sentence.start - (previous?.end ?? 0), last ? text.length - sentence.end : encodeEnd(text, sentence.start, sentence.end))
      this.#paragraphs.push(sentence.paragraph - (previous?.paragraph ?? 0))
      this.#roles.push(sentence.role ?? null)
      this.#speakers.push(sentence.speaker ?? null)
      this.#duplicateOf.push(sentence.duplicateOf ?? null)
    })
    for (const [key, word] of parts) {
      const words = this.#parts.get(key)
      if (words === undefined) this.#parts.set(key, new Set([word]))
      else words.add(word)
    }
  }

  #flush(): void {
    if (this.#documents.length === 0) return
    this.#blocks.push(this.#documents.length)
    const documents = this.#documents
    const metadata = sparse(documents.map((document) => document[2] ?? null))
    const block: DocumentBlock = {
      ids: documents.map(([id]) => id),
      texts: documents.map(([, text]) => text),
      ...(metadata === null ? {} : { metadata }),
      bounds: encodeCounts(this.#bounds),
    }
    this.#emit('docs', block)
    this.#documents = []
    this.#bounds = []
    this.#filled = 0
  }

  /**
   * Writes the last block, the terms and words shards, and returns the manifest's file.
   *
   * @param parts - what the index holds besides its documents
   * @returns the manifest, whose build names every shard (`shardFile(kind, n, build)`)
   */
  finish(parts: StaticIndexParts): { readonly build: string; readonly manifest: StaticFile } {
    this.#flush()
    const layout = this.#layout
    // Terms: a word's postings and its postings as a compound part share a shard: one request finds both.
    const byKey = new Map<string, Posting[]>()
    for (const posting of parts.postings) {
      const key = termKey(posting[0])
      const same = byKey.get(key)
      if (same === undefined) byKey.set(key, [posting])
      else same.push(posting)
    }
    const termKeys = [...byKey.keys()].sort()
    const size = (key: string) => (byKey.get(key) as Posting[]).reduce((sum, posting) => sum + 2 * JSON.stringify(posting[1]).length + posting[0].length, 0)
    const termGroups = cut(termKeys, size, layout.termBytes)
    const termStarts = termGroups.map((group) => group[0])
    // The compound words, each with the shard of its term: analysing a query word needs the
    // shard that its postings are in anyway, and no words shard; and with the shards of its
    // parts' terms, whose queries check and highlight it.
    const { vocabulary } = parts
    const keys = vocabulary.words.map(parts.normalize)
    const splitsByShard = termGroups.map(() => new Set<string>())
    const shardOfKey = (key: string) => splitsByShard[Math.max(0, shardOf(termStarts, key))]
    for (const i of vocabulary.compounds?.words ?? []) shardOfKey(termKey(parts.termOf(keys[i])))?.add(keys[i])
    for (const [key, words] of this.#parts) for (const word of words) shardOfKey(key)?.add(word)
    termGroups.forEach((group, n) => {
      const postings = group.flatMap((key) => byKey.get(key) as Posting[])
      const shard: TermShard = {
        terms: postings.map(([term]) => term),
        ids: postings.map(([, steps]) => encodeCounts(steps)),
        frequencies: postings.map(([, , frequencies]) => (frequencies === undefined ? '' : encodeCounts(frequencies))),
        lengths: encodeCounts(rowsOfShard(postings).map(parts.lengthOf)),
        splits: splitColumns(splitsByShard[n], parts.splits),
      }
      this.#emit('terms', shard)
    })

    // Words: the vocabulary's columns in order of their normalised words.
    const wordStarts: string[] = []
    const places = keys.map((_, i) => i)
    for (const group of cut(places, (i) => vocabulary.words[i].length + 8, layout.wordBytes)) {
      wordStarts.push(keys[group[0]])
      const shard: SerializedVocabulary = { words: group.map((i) => vocabulary.words[i]), sentences: group.map((i) => vocabulary.sentences[i]) }
      this.#emit('words', shard)
    }

    const names = new Set<string>()
    for (const speaker of new Set(this.#speakers)) if (speaker !== null) for (const word of parts.asked(speaker)) names.add(word)
    const build = checksum64(this.#checksums.join(',')).slice(0, 12)
    const manifest: Omit<StaticManifest, 'sentences' | 'blocks'> & { sentences: object; blocks: string } = {
      format: STATIC_FORMAT,
      formatVersion: STATIC_FORMAT_VERSION,
      zoekVersion: parts.zoekVersion,
      analyzer: parts.analyzer,
      paragraphs: parts.paragraphs,
      build,
      average: parts.average,
      // The long number columns as counts in text (encodeCounts): a third smaller after gzip, and the manifest is read first.
      sentences: {
        counts: encodeCounts(this.#counts),
        paragraphs: encodeCounts(this.#paragraphs),
        roles: sparse(this.#roles),
        speakers: sparse(this.#speakers),
        duplicateOf: sparse(this.#duplicateOf),
      },
      names: splitColumns(names, parts.splits),
      terms: termStarts,
      words: wordStarts,
      blocks: encodeCounts(this.#blocks),
    }
    return { build, manifest: { name: MANIFEST_FILE, text: JSON.stringify(manifest) } }
  }
}

/** What the in-memory writer needs besides the serialised index. */
export interface StaticInputs {
  /** The index, format 2. */
  readonly data: SerializedIndex
  /** Normalises a word as the index's analyzer does (the vocabulary's keys). */
  readonly normalize: (word: string) => string
  /** The term of a normalised word as a whole word (its compound split does not change it). */
  readonly termOf: (word: string) => string
  /** Analyses a text as the index's analyzer does, with the index's splits. */
  readonly analyze: (text: string) => readonly Token[]
  /** The index's compound splits by normalised word. */
  readonly splits: ReadonlyMap<string, readonly CompoundPart[]>
}

/**
 * Cuts a serialised index into the files of a static index. The same index and layout always
 * give the same files.
 *
 * @param inputs - the index and how to analyse its text
 * @param layout - the sizes of the shards
 * @returns the manifest first, then every shard
 */
export function writeStatic(inputs: StaticInputs, layout: StaticLayout = DEFAULT_LAYOUT): StaticFile[] {
  const { data } = inputs
  const shards: BuiltShard[] = []
  const builder = new StaticBuilder(layout, (shard) => shards.push(shard))
  const columns = data.sentences
  let row = 0
  data.documents.forEach((document, doc) => {
    const sentences: StaticSentence[] = []
    const parts: [string, string][] = []
    let end = 0
    let paragraph = 0
    for (let k = 0; k < columns.counts[doc]; k++, row++) {
      const start = end + columns.gaps[row]
      end = start + columns.lengths[row]
      paragraph += columns.paragraphs[row]
      sentences.push({
        start,
        end,
        paragraph,
        ...(columns.roles?.[row] != null ? { role: columns.roles[row] as Role } : {}),
        ...(columns.speakers?.[row] != null ? { speaker: columns.speakers[row] as string } : {}),
        ...(columns.duplicateOf?.[row] != null ? { duplicateOf: columns.duplicateOf[row] as number } : {}),
      })
      parts.push(...partKeysOf(inputs.analyze(document[1].slice(start, end)), inputs.normalize))
    }
    builder.addDocument(document, sentences, parts)
  })
  const { build, manifest } = builder.finish({
    zoekVersion: data.zoekVersion,
    analyzer: data.analyzer,
    paragraphs: data.paragraphs,
    average: data.terms.average,
    postings: data.terms.postings,
    lengthOf: (at) => data.terms.lengths[at],
    vocabulary: data.vocabulary,
    normalize: inputs.normalize,
    termOf: inputs.termOf,
    asked: (text) => splitKeysOf(inputs.analyze(text), inputs.normalize),
    splits: inputs.splits,
  })
  return [manifest, ...shards.map(({ kind, n, text }) => ({ name: shardFile(kind, n, build), text }))]
}

/** The items in consecutive groups of about `size` (by `sizeOf`), none empty. */
function cut<T>(items: readonly T[], sizeOf: (item: T) => number, size: number): T[][] {
  const groups: T[][] = []
  let group: T[] = []
  let filled = 0
  for (const item of items) {
    const itemSize = sizeOf(item)
    if (group.length > 0 && filled + itemSize > size) {
      groups.push(group)
      group = []
      filled = 0
    }
    group.push(item)
    filled += itemSize
  }
  if (group.length > 0) groups.push(group)
  return groups
}

/** The splits of those words that are compounds, sorted by word. */
function splitColumns(words: Iterable<string>, splits: SplitLookup): SplitColumns {
  const compounds = [...words].filter((word) => splits.get(word) !== undefined).sort()
  return {
    words: compounds,
    parts: compounds.map((word) => encodeCounts((splits.get(word) as readonly CompoundPart[]).flatMap(({ start, end }) => [start, end]))),
  }
}

/**
 * Reads split words written by {@link splitColumns}: each word's parts, checked to be at least
 * two, in order of their starts, inside the word.
 *
 * @param columns - the split words
 * @param name - where they are, for the message
 * @returns the parts by word
 * @throws `IndexFormatError` for a malformed split
 */
export function readSplits(columns: unknown, name: string): Map<string, readonly CompoundPart[]> {
  if (!isObject(columns)) return fail(`"${name}" must be an object.`)
  const words = checkArray(columns.words, `${name}.words`, undefined, (word) => typeof word === 'string') as string[]
  const encoded = checkArray(columns.parts, `${name}.parts`, words.length, (parts) => typeof parts === 'string') as string[]
  const splits = new Map<string, readonly CompoundPart[]>()
  words.forEach((word, k) => {
    const offsets = decodeCounts(encoded[k])
    const parts: CompoundPart[] = []
    for (let i = 0; offsets !== undefined && i + 1 < offsets.length; i += 2) parts.push({ start: offsets[i], end: offsets[i + 1] })
    const valid =
      offsets !== undefined &&
      offsets.length % 2 === 0 &&
      parts.length >= 2 &&
      parts.every((part, i) => part.end > part.start && part.end <= word.length && (i === 0 || part.start >= parts[i - 1].start))
    if (!valid) fail(`"${name}" has an invalid split of ${JSON.stringify(word)}.`)
    splits.set(word, parts)
  })
  return splits
}

/**
 * Checks and decodes a docs block.
 *
 * @param value - the parsed block
 * @param counts - the number of sentences of each of its documents, from the manifest
 * @returns the documents and their sentences' offsets
 * @throws `IndexFormatError` naming the problem
 */
export function readBlock(value: unknown, counts: readonly number[]): DecodedBlock {
  if (!isObject(value)) return fail('A docs block must be an object.')
  const ids = checkArray(value.ids, 'docs block ids', counts.length, isDocumentId) as DocumentId[]
  const texts = checkArray(value.texts, 'docs block texts', counts.length, (text) => typeof text === 'string') as string[]
  const metadata =
    value.metadata === undefined
      ? undefined
      : (checkArray(
          value.metadata,
          'docs block metadata',
          counts.length,
          (data) => data === null || (isObject(data) && isJsonValue(data)),
        ) as (Metadata | null)[])
  const rows = counts.reduce((sum, count) => sum + count, 0)
  const bounds = typeof value.bounds === 'string' ? decodeCounts(value.bounds) : undefined
  if (bounds?.length !== 2 * rows) fail(`The docs block's "bounds" must be ${2 * rows} encoded counts.`)
  const values = bounds as number[]
  const gaps: number[] = []
  const lengths: number[] = []
  let at = 0
  texts.forEach((text, doc) => {
    let end = 0
    for (let k = 0; k < counts[doc]; k++, at += 2) {
      const start = end + values[at]
      end = k === counts[doc] - 1 ? text.length - values[at + 1] : decodeEnd(text, start, values[at + 1])
      if (end < start || end > text.length) fail(`The docs block's "bounds" put a sentence outside its document.`)
      gaps.push(values[at])
      lengths.push(end - start)
    }
  })
  const documents = ids.map((id, doc): SerializedDocument => (metadata?.[doc] == null ? [id, texts[doc]] : [id, texts[doc], metadata[doc] as Metadata]))
  return { documents, gaps, lengths }
}

/**
 * Checks a static index's manifest.
 *
 * @param value - the parsed manifest
 * @returns the manifest, typed
 * @throws `IndexFormatError` naming the first problem
 */
export function validateManifest(value: unknown): StaticManifest {
  if (!isObject(value) || value.format !== STATIC_FORMAT) fail(`The manifest's "format" must be "${STATIC_FORMAT}".`)
  if (value.formatVersion !== STATIC_FORMAT_VERSION)
    fail(`The static index has format version ${JSON.stringify(value.formatVersion)}; this zoek reads version ${STATIC_FORMAT_VERSION}.`)
  checkAnalyzer(value.analyzer)
  if (typeof value.zoekVersion !== 'string' || typeof value.build !== 'string' || !/^[0-9a-f]+$/.test(value.build))
    fail('"zoekVersion" and "build" must be strings.')
  if (typeof value.average !== 'number' || !(value.average >= 0)) fail('"average" must be a number ≥ 0.')
  const sentences = value.sentences
  if (!isObject(sentences)) return fail('"sentences" must be an object.')
  const decoded = (text: unknown, name: string): number[] =>
    (typeof text === 'string' ? decodeCounts(text) : undefined) ?? fail(`"${name}" must be encoded counts.`)
  const counts = decoded(sentences.counts, 'sentences.counts')
  const rows = counts.reduce((sum, count) => sum + count, 0)
  const paragraphs = decoded(sentences.paragraphs, 'sentences.paragraphs')
  if (paragraphs.length !== rows) fail(`"sentences.paragraphs" has ${paragraphs.length} entries, expected ${rows}.`)
  checkOptionalColumns(sentences, rows)
  readSplits(value.names, 'names')
  const terms = checkArray(value.terms, 'terms', undefined, (term) => typeof term === 'string') as string[]
  const words = checkArray(value.words, 'words', undefined, (word) => typeof word === 'string') as string[]
  if (!sortedStrictly(terms) || !sortedStrictly(words)) fail('"terms" and "words" must be sorted.')
  const blocks = decoded(value.blocks, 'blocks')
  if (blocks.some((n) => n < 1) || blocks.reduce((sum, n) => sum + n, 0) !== counts.length) fail('"blocks" must hold every document.')
  return { ...value, sentences: { ...sentences, counts, paragraphs }, blocks } as unknown as StaticManifest
}

/**
 * Checks a words shard: a vocabulary's columns, as format 2 stores them.
 *
 * @param value - the parsed shard
 * @returns the shard, typed
 * @throws `IndexFormatError` naming the problem
 */
export function readWordShard(value: unknown): SerializedVocabulary {
  checkVocabulary(value)
  return value as SerializedVocabulary
}

const sortedStrictly = (keys: readonly string[]): boolean => keys.every((key, i) => i === 0 || keys[i - 1] < key)
