/**
 * The vocabulary of an index: every word form it has seen, normalised (lowercase, no
 * diacritics) but not stemmed, with its commonest surface form and the number of sentences
 * it occurs in. Prefix and fuzzy queries match against it and expand to the words' terms, so
 * typing `vergunni` finds `vergunning` although its stem is `vergunn`; `suggest` reads it.
 *
 * @module
 */

import type { Analyzer, Token } from '../analysis/analyzer.js'
import { lowerBound } from './lower-bound.js'
import { decodeParts, encodeParts, type CompoundPart, type CompoundTable } from '../analysis/compound-table.js'
import { editDistance } from './edit-distance.js'

/**
 * The surface forms of a word. Absent: its only form is the normalised word itself (most
 * words). A string: its only form. A map: each form with the number of sentences using it.
 */
type Forms = string | Map<string, number>

/** A word of a vocabulary that sentences change. */
interface WordEntry {
  /** The number of sentences it occurs in. */
  sentences: number
  forms: Forms | undefined
  /** The last sentence added that counted it: a sentence counts each word once. */
  counted: number
}

/** How the vocabulary is stored in a serialised index: parallel columns, sorted by word. */
export interface SerializedVocabulary {
  /** The commonest surface form of each word. */
  readonly words: readonly string[]
  /** The number of sentences each word occurs in. */
  readonly sentences: readonly number[]
  /**
   * The compounds among the words, when the analyzer splits them: the indexes of those words
   * (ascending) and their parts as `start-end` offsets into the normalised word (`0-4,6-13`).
   */
  readonly compounds?: { readonly words: readonly number[]; readonly parts: readonly string[] }
}

/**
 * For a static index, whose vocabulary arrives in shards by range of words: told which words
 * a lookup reads, so that it notes the shards it still needs (the search runs again once they
 * are loaded).
 */
export interface VocabularyCoverage {
  /** A lookup reads the words from `from` to `to`, both included (in code-unit order). */
  read(from: string, to: string): void
  /** A lookup reads every word. */
  readAll(): void
  /** True when every word is loaded. */
  complete(): boolean
}

/** The largest code unit: a prefix followed by it is above every word with that prefix. */
const LAST = '\uffff'

/** A word of the vocabulary that matched a prefix or fuzzy query. */
export interface VocabularyMatch {
  readonly normalized: string
  readonly surface: string
  readonly sentences: number
  /** For a fuzzy match: the edit distance to the word asked for. */
  readonly distance?: number
}

/**
 * The columns of a loaded vocabulary, sorted by normalised word. A loaded index reads them in
 * place (binary search on `keys`) until its first change: building two maps of every word
 * cost a load of the 40k haystack index ~5 ms and ~1.1 MB (scratch measurement).
 */
interface LoadedColumns {
  readonly keys: readonly string[]
  /** The commonest surface form of each word. */
  readonly words: readonly string[]
  readonly sentences: readonly number[]
}

/** ASCII text is already in NFC. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class is all of ASCII, control characters included
const ASCII = /^[\x00-\x7f]*$/

/** The most words one prefix or fuzzy query expands to; the commonest are kept. */
export const MAX_EXPANSIONS = 500

/**
 * The word forms of an index, kept up to date as sentences come and go. Memory matters here
 * (one entry per distinct word): a word is a count, plus its forms only when they are not
 * just the normalised word.
 */
export class Vocabulary {
  readonly #analyzer: Analyzer
  readonly #compounds: CompoundTable | undefined
  /** Each normalised word with its count and forms. */
  readonly #words = new Map<string, WordEntry>()
  /** The number of sentences added, which stamps the words each one counted. */
  #added = 0
  /** Letter masks of the words {@link near} has looked at; a word's mask never changes. */
  readonly #masks = new Map<string, number>()
  #sorted: readonly string[] | undefined
  /** The saved columns, while this vocabulary is as it was loaded; the maps above are empty then. */
  #loaded: LoadedColumns | undefined
  readonly #coverage: VocabularyCoverage | undefined

  /**
   * @param analyzer - the index's analyzer, whose normalisation keys the words
   * @param compounds - the index's compound splits, saved and restored with the words
   * @param coverage - for a static index: told which words each lookup reads
   */
  constructor(analyzer: Analyzer, compounds?: CompoundTable, coverage?: VocabularyCoverage) {
    this.#analyzer = analyzer
    this.#compounds = compounds
    this.#coverage = coverage
  }

  /** The number of distinct words. */
  get size(): number {
    return this.#loaded?.keys.length ?? this.#words.size
  }

  /**
   * Counts the words of one sentence in.
   *
   * @param tokens - the sentence's tokens
   */
  addSentence(tokens: readonly Token[]): void {
    this.#unpack()
    const sentence = ++this.#added
    const { normalize } = this.#analyzer
    // Each word once, with the surface form of its first occurrence (as wordsOfSentence gives them).
    for (const token of tokens) {
      const normalized = normalize(token.surface)
      const entry = this.#words.get(normalized)
      if (entry === undefined) {
        const surface = inNfc(token.surface)
        this.#words.set(normalized, { sentences: 1, forms: surface === normalized ? undefined : surface, counted: sentence })
        this.#sorted = undefined
        continue
      }
      if (entry.counted === sentence) continue
      entry.counted = sentence
      const forms = entry.forms ?? normalized
      const surface = inNfc(token.surface)
      if (typeof forms !== 'string') forms.set(surface, (forms.get(surface) ?? 0) + 1)
      else if (surface !== forms)
        // Most words have one form; a map of forms is made only when a second one turns up.
        entry.forms = new Map([
          [forms, entry.sentences],
          [surface, 1],
        ])
      entry.sentences++
    }
  }

  /**
   * Counts the words of one sentence out again.
   *
   * @param tokens - the sentence's tokens, as they were added
   */
  removeSentence(tokens: readonly Token[]): void {
    this.#unpack()
    for (const [normalized, surface] of this.#wordsOf(tokens)) {
      const entry = this.#words.get(normalized)
      if (entry === undefined) continue
      if (entry.sentences <= 1) {
        this.#words.delete(normalized)
        this.#sorted = undefined
        continue
      }
      entry.sentences--
      const forms = entry.forms
      if (forms instanceof Map) {
        const left = (forms.get(surface) ?? 1) - 1
        if (left > 0) forms.set(surface, left)
        else forms.delete(surface)
      }
    }
  }

  /** The distinct (normalised word, surface form) pairs of a sentence, whole words and parts alike. */
  #wordsOf(tokens: readonly Token[]): Map<string, string> {
    return wordsOfSentence(this.#analyzer.normalize, tokens)
  }

  /** The commonest surface form of a word; on a tie the lowercase one, then the first in code order. */
  #surfaceOf(normalized: string): string {
    const forms = this.#words.get(normalized)?.forms
    if (forms === undefined) return normalized
    if (typeof forms === 'string') return forms
    return commonestForm(normalized, forms)
  }

  /** Turns loaded columns into the maps that sentences added and removed keep up to date. */
  #unpack(): void {
    const loaded = this.#loaded
    if (loaded === undefined) return
    this.#loaded = undefined
    loaded.keys.forEach((key, i) => {
      this.#words.set(key, { sentences: loaded.sentences[i], forms: loaded.words[i] === key ? undefined : loaded.words[i], counted: 0 })
    })
  }

  #keys(): readonly string[] {
    return (this.#sorted ??= [...this.#words.keys()].sort())
  }

  /** The match for a word; `at` is its place in {@link #keys}. */
  #match(normalized: string, at: number): VocabularyMatch {
    const loaded = this.#loaded
    if (loaded !== undefined) return { normalized, surface: loaded.words[at], sentences: loaded.sentences[at] }
    return { normalized, surface: this.#surfaceOf(normalized), sentences: this.#words.get(normalized)?.sentences ?? 0 }
  }

  /**
   * The words that begin with a normalised prefix, commonest first.
   *
   * @param prefix - a normalised prefix
   * @param limit - the most words to return
   */
  withPrefix(prefix: string, limit = MAX_EXPANSIONS): VocabularyMatch[] {
    this.#coverage?.read(prefix, prefix + LAST)
    const keys = this.#keys()
    const found: VocabularyMatch[] = []
    for (let i = lowerBound(keys.length, (k) => keys[k], prefix); i < keys.length && keys[i].startsWith(prefix); i++) found.push(this.#match(keys[i], i))
    return commonestFirst(found).slice(0, limit)
  }

  /**
   * True when every word is at hand: always, but for a static index's vocabulary before it has
   * loaded all its shards. What needs many look-ups (a compound split against the words) waits
   * for that rather than asking for shard after shard.
   */
  get complete(): boolean {
    return this.#coverage?.complete() ?? true
  }

  /** Notes that a lookup needs every word (a static index loads them all once nothing else is missing). */
  readAll(): void {
    this.#coverage?.readAll()
  }

  /**
   * True when the vocabulary has this normalised word.
   *
   * @param word - a normalised word
   */
  has(word: string): boolean {
    this.#coverage?.read(word, word)
    const keys = this.#keys()
    return keys[lowerBound(keys.length, (k) => keys[k], word)] === word
  }

  /**
   * True when some word begins with a normalised prefix.
   *
   * @param prefix - a normalised prefix
   */
  hasPrefix(prefix: string): boolean {
    this.#coverage?.read(prefix, prefix + LAST)
    const keys = this.#keys()
    return keys[lowerBound(keys.length, (k) => keys[k], prefix)]?.startsWith(prefix) === true
  }

  /**
   * The words that hold a normalised piece after their first letters, commonest first: the
   * compounds that may end in a word (*doodschieten* holds *schiet*).
   *
   * @param piece - a normalised piece of a word
   * @param limit - the most words to return
   */
  containing(piece: string, limit = MAX_EXPANSIONS): VocabularyMatch[] {
    const found: VocabularyMatch[] = []
    this.#everyWord((key, place) => {
      if (key.length > piece.length && key.indexOf(piece, 1) > 0) found.push(this.#match(key, place))
    })
    return commonestFirst(found).slice(0, limit)
  }

  /**
   * The words within an edit distance of a normalised word, nearest first, then commonest.
   *
   * @param word - a normalised word
   * @param distance - the largest edit distance (`editDistance`: a swap of two neighbouring letters counts one)
   * @param limit - the most words to return
   */
  near(word: string, distance: number, limit = MAX_EXPANSIONS): VocabularyMatch[] {
    const found: VocabularyMatch[] = []
    const letters = letterMask(word)
    this.#everyWord((key, place) => {
      if (Math.abs(key.length - word.length) > distance) return
      // An edit adds or takes away at most one letter of each kind, so words whose sets of
      // letters differ in more than twice the distance are further away (no table needed).
      if (popcount(this.#maskOf(key) ^ letters) > 2 * distance) return
      const d = editDistance(key, word, distance)
      if (d <= distance) found.push({ ...this.#match(key, place), distance: d })
    })
    return found.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || b.sentences - a.sentences || (a.normalized < b.normalized ? -1 : 1)).slice(0, limit)
  }

  /**
   * Calls `visit` with every word and its place (in a loaded vocabulary, its column's index),
   * all of a static index's words read first. The words come unsorted: a changed index walks
   * its map.
   */
  #everyWord(visit: (key: string, place: number) => void): void {
    this.#coverage?.readAll()
    let place = 0
    for (const key of this.#loaded?.keys ?? this.#words.keys()) visit(key, place++)
  }

  /** The letter mask of a word of the vocabulary, made once per word. */
  #maskOf(key: string): number {
    let mask = this.#masks.get(key)
    if (mask === undefined) {
      mask = letterMask(key)
      this.#masks.set(key, mask)
    }
    return mask
  }

  /** The vocabulary as columns sorted by normalised word, for a serialised index. */
  toJSON(): SerializedVocabulary {
    const keys = this.#keys()
    const loaded = this.#loaded
    const columns =
      loaded !== undefined
        ? { words: loaded.words, sentences: loaded.sentences }
        : { words: keys.map((key) => this.#surfaceOf(key)), sentences: keys.map((key) => (this.#words.get(key) as WordEntry).sentences) }
    const table = this.#compounds
    if (table === undefined) return columns
    const compounds = { words: [] as number[], parts: [] as string[] }
    keys.forEach((key, i) => {
      const parts = table.get(key)
      if (parts === undefined) return
      compounds.words.push(i)
      compounds.parts.push(encodeParts(parts))
    })
    return compounds.words.length === 0 ? columns : { ...columns, compounds }
  }

  /**
   * Restores the vocabulary of a serialised index.
   *
   * @param data - validated columns
   */
  restore(data: SerializedVocabulary): void {
    this.#words.clear()
    const keys = data.words.map((surface) => this.#analyzer.normalize(surface))
    this.#loaded = { keys, words: data.words, sentences: data.sentences }
    this.#sorted = keys
    // toJSON writes the words in the order of their normalised forms, each once. When they no
    // longer are (normalisation changed since), the maps are built at once and sorted anew.
    if (!keys.every((key, i) => i === 0 || keys[i - 1] < key)) {
      this.#unpack()
      this.#sorted = undefined
    }
    const splits = new Map<string, readonly CompoundPart[]>()
    data.compounds?.words.forEach((i, k) => {
      const parts = decodeParts(data.compounds?.parts[k] ?? '', keys[i].length)
      if (parts !== undefined) splits.set(keys[i], parts)
    })
    // The loaded words, for the table to tell which words it must not send to a lexicon.
    this.#compounds?.load(splits, this.#sorted === keys ? { has: (word) => keys[lowerBound(keys.length, (k) => keys[k], word)] === word } : new Set(keys))
  }
}

/**
 * The words of one sentence as the vocabulary counts them: each normalised word once, with the
 * surface form of its first occurrence (in NFC), whole words and compound parts alike.
 *
 * @param normalize - the analyzer's normalisation
 * @param tokens - the sentence's tokens
 * @returns normalised word → surface form, in order of first occurrence
 */
export function wordsOfSentence(normalize: (text: string) => string, tokens: readonly Token[]): Map<string, string> {
  const words = new Map<string, string>()
  for (const token of tokens) {
    const normalized = normalize(token.surface)
    if (!words.has(normalized)) words.set(normalized, inNfc(token.surface))
  }
  return words
}

/** A surface form in NFC. */
const inNfc = (surface: string): string => (ASCII.test(surface) ? surface : surface.normalize('NFC'))

/**
 * The surface form a word is shown in: its commonest form; on a tie the lowercase one, then the
 * first in code order.
 *
 * @param normalized - the normalised word (its form when it has no forms counted)
 * @param forms - each surface form with the number of sentences using it
 */
export function commonestForm(normalized: string, forms: Iterable<readonly [string, number]>): string {
  const lower = (form: string) => (form === form.toLowerCase() ? 1 : 0)
  const [best] = [...forms].sort(([a, countA], [b, countB]) => countB - countA || lower(b) - lower(a) || (a < b ? -1 : a > b ? 1 : 0))
  return best?.[0] ?? normalized
}

function commonestFirst(matches: VocabularyMatch[]): VocabularyMatch[] {
  return matches.sort((a, b) => b.sentences - a.sentences || a.normalized.length - b.normalized.length || (a.normalized < b.normalized ? -1 : 1))
}

/**
 * The set of letters of a word as bits: a to z each a bit of its own, every other character
 * one bit by its code modulo 6 (bits 26 to 31).
 */
function letterMask(word: string): number {
  let mask = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97
    mask |= 1 << (code >= 0 && code < 26 ? code : 26 + ((code + 97) % 6))
  }
  return mask
}

/** The number of bits set in a 32-bit number. */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
