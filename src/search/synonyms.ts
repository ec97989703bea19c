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

/** The tables by term, per table and analyzer fingerprint (an analyzer made again with more splits gives the same terms). */
const byTermCache = new WeakMap<Synonyms, Map<string, ReadonlyMap<string, readonly string[]>>>()

/**
 * A table by the terms of its words: each term with the synonyms of every word of the table
 * that has it, without stop words and without the words of that term itself. Made once per
 * table and analyzer configuration, when a search first needs it.
 *
 * @param synonyms - the table
 * @param analyzer - the index's analyzer
 */
export function synonymsByTerm(synonyms: Synonyms, analyzer: Analyzer): ReadonlyMap<string, readonly string[]> {
  let byAnalyzer = byTermCache.get(synonyms)
  if (byAnalyzer === undefined) byTermCache.set(synonyms, (byAnalyzer = new Map()))
  let byTerm = byAnalyzer.get(analyzer.fingerprint)
  if (byTerm !== undefined) return byTerm
  const stop = new Set(analyzer.config.stopWords)
  const found = new Map<string, Set<string>>()
  for (const [word, related] of synonyms) {
    const term = analyzer.term(word)
    let words = found.get(term)
    for (const other of related) {
      if (stop.has(other) || analyzer.term(other) === term) continue
      if (words === undefined) found.set(term, (words = new Set()))
      words.add(other)
    }
  }
  byTerm = new Map([...found].map(([term, words]) => [term, [...words]]))
  byAnalyzer.set(analyzer.fingerprint, byTerm)
  return byTerm
}
