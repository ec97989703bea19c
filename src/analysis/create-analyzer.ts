/**
 * The analyzers of the indexing path: {@link composeAnalyzer} with the compound lexicon.
 * The query-only path does not import this module, so it never loads the lexicon.
 *
 * @module
 */

import { composeAnalyzer, type Analyzer, type AnalyzerOptions, type Token } from './analyzer.js'
import { splitWord } from './compounds.js'

/**
 * Creates an analyzer.
 *
 * @param options - the stemmer, stop words, overrides and compound splitting; see {@link AnalyzerOptions}
 * @returns an analyzer whose identity reflects its options
 * @throws `InvalidOptionError` for an unknown option or stemmer
 * @example
 * ```ts
 * const analyzer = createAnalyzer()
 * analyzer.analyze('De camera’s van de N-VA').map((t) => t.term)
 * // => ['de', 'camera', 'van', 'de', 'nva', 'n', 'va']
 * analyzer.analyze('Kinderarmoede').map((t) => `${t.surface}:${t.kind}`)
 * // => ['Kinderarmoede:word', 'Kind:compound-part', 'armoede:compound-part']
 * ```
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return composeAnalyzer(options, splitWord)
}

/** The default analyzer: Kraaij-Pohlmann stemming, Snowball's Dutch stop words, overrides and compound splitting. */
export const defaultAnalyzer: Analyzer = createAnalyzer()

/**
 * Analyses text with the default analyzer.
 *
 * @param text - any string
 * @returns tokens `{ surface, term, start, end, position, kind, stop }` with offsets into `text`
 * @example
 * ```ts
 * analyze('Zo’n 12,5 procent geïnvesteerd').map((t) => t.term)
 * // => ["zo'n", '12,5', 'procent', 'invester']
 * ```
 */
export function analyze(text: string): Token[] {
  return defaultAnalyzer.analyze(text)
}
