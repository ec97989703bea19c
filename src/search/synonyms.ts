/**
 * Related words for `expand`: a table of words and their synonyms, such as the one `zoek/synonyms`
 * derives from Open Dutch WordNet, looked up by a query word's term, so that every form of the
 * word finds them (`woningen` as `woning`: huis). The table belongs to an index (the option
 * `synonyms` of `createIndex`, `loadIndex` and the other indexes); a search adds its words at
 * the weight `synonym`, with `expand` only.
 *
 * @module
 */

import type { Analyzer } from '../analysis/analyzer.js'
import { InvalidOptionError } from '../errors.js'

/**
 * Words and their related words, all normalised as the analyzer normalises a word (lowercase,
 * no diacritics): `dutchSynonyms()` from `zoek/synonyms`, or a table of your own.
 *
 * @example
 * ```ts
 * const synonyms: Synonyms = new Map([['woning', ['huis', 'tehuis']]])
 * ```
 */
export type Synonyms = ReadonlyMap<string, readonly string[]>

/**
 * Reads a table of synonyms: one word a line, followed by its synonyms, separated by tabs.
 *
 * @param text - the lines
 * @returns the table
 * @example
 * ```ts
 * parseSynonyms('woning\thuis\ttehuis').get('woning') // => ['huis', 'tehuis']
 * ```
 */
export function parseSynonyms(text: string): Synonyms {
  const table = new Map<string, readonly string[]>()
  for (const line of text.split('\n')) {
    const [word, ...related] = line.split('\t')
    if (word !== '' && related.length > 0) table.set(word, related)
  }
  return table
}

/** The tables already checked: a table is read-only, so each is checked once (the interview's at every load). */
const checked = new WeakSet<object>()

/**
 * Checks the option `synonyms`.
 *
 * @param synonyms - the option as given
 * @returns the table, or undefined when none is given
 * @throws {@link InvalidOptionError} unless it is a Map of words to arrays of words
 */
export function checkSynonyms(synonyms: unknown): Synonyms | undefined {
  if (synonyms === undefined) return undefined
  if (!(synonyms instanceof Map)) throw new InvalidOptionError('synonyms', 'expected a Map of a word to an array of its synonyms')
  if (checked.has(synonyms)) return synonyms as Synonyms
  for (const [word, related] of synonyms) {
    if (typeof word !== 'string' || !Array.isArray(related) || related.some((other) => typeof other !== 'string'))
      throw new InvalidOptionError('synonyms', `expected a Map of a word to an array of its synonyms, got ${JSON.stringify(word)} → ${JSON.stringify(related)}`)
  }
  checked.add(synonyms)
  return synonyms as Synonyms
}

/** The first letters a word and its term share: a term may end anywhere, and a strong verb's is its infinitive's (liep: `loop`, as lopen). */
const SHARED_START = 2

/** The words of each table by their first letters, made once per table. */
const bucketsCache = new WeakMap<Synonyms, ReadonlyMap<string, readonly string[]>>()
/** The term of each word of a table that a search has looked at, per analyzer configuration (an analyzer made again with more splits gives the same terms). */
const termsCache = new WeakMap<Synonyms, Map<string, Map<string, string>>>()

/** The words of a table that may have a term: those that begin with the term's first letters, each with its term worked out once. */
function wordsWithTerm(synonyms: Synonyms, analyzer: Analyzer, term: string): string[] {
  let buckets = bucketsCache.get(synonyms)
  if (buckets === undefined) {
    const made = new Map<string, string[]>()
    for (const word of synonyms.keys()) {
      const start = word.slice(0, SHARED_START)
      const bucket = made.get(start)
      if (bucket === undefined) made.set(start, [word])
      else bucket.push(word)
    }
    bucketsCache.set(synonyms, (buckets = made))
  }
  let byAnalyzer = termsCache.get(synonyms)
  if (byAnalyzer === undefined) termsCache.set(synonyms, (byAnalyzer = new Map()))
  let terms = byAnalyzer.get(analyzer.fingerprint)
  if (terms === undefined) byAnalyzer.set(analyzer.fingerprint, (terms = new Map()))
  const found: string[] = []
  for (const word of buckets.get(term.slice(0, SHARED_START)) ?? []) {
    let wordTerm = terms.get(word)
    if (wordTerm === undefined) terms.set(word, (wordTerm = analyzer.term(word)))
    if (wordTerm === term) found.push(word)
  }
  return found
}

/** True for one word that the analyzer marks as a stop word (its own list, normalised as words are). */
function isStopWord(analyzer: Analyzer, word: string): boolean {
  const words = analyzer.analyze(word).filter((token) => token.kind === 'word' || token.kind === 'number')
  return words.length === 1 && words[0].stop
}

/**
 * The synonyms of a query word's term in a table: those of every word of the table with that
 * term (`gastarbeiders` has the term of gastarbeider, which the table lists), without stop
 * words and without words of that same term. Only the words of the table that begin as the
 * term does are analysed, each once, when a search first needs them.
 *
 * @param synonyms - the table
 * @param analyzer - the index's analyzer
 * @param term - the query word's term
 * @returns the synonyms, each once
 * @example
 * ```ts
 * synonymsOf(new Map([['gastarbeider', ['migrant']]]), defaultAnalyzer, defaultAnalyzer.term('gastarbeiders')) // => ['migrant']
 * ```
 */
export function synonymsOf(synonyms: Synonyms, analyzer: Analyzer, term: string): string[] {
  const found = new Set<string>()
  for (const word of wordsWithTerm(synonyms, analyzer, term)) {
    for (const other of synonyms.get(word) ?? []) if (!isStopWord(analyzer, other) && analyzer.term(other) !== term) found.add(other)
  }
  return [...found]
}
