/**
 * The analyzer: the one place that sets the order of the analysis stages.
 *
 * 1. tokenize: words, numbers and hyphen parts, with offsets into the original text;
 * 2. normalize: NFC, lowercase, ASCII apostrophes, no diacritics;
 * 3. stop: mark Snowball's Dutch stop words (for ranking only; they stay in the index);
 * 4. override: irregular forms and false `ge-` conflations get a fixed term (`overrides.ts`);
 * 5. stem: Kraaij-Pohlmann by default (numbers and the clitics `'s`, `'t`, `'n` are not stemmed).
 *
 * Queries go through the same analyzer as documents.
 *
 * @module
 */

import { InvalidOptionError } from '../errors.js'
import { fnv1a64 } from './fingerprint.js'
import { normalizeWord } from './normalize.js'
import { getStemmer, type StemAlgorithm } from './stem/index.js'
import { dutchStemOverrides } from './overrides.js'
import { dutchStopWords } from './stopwords.js'
import { isNumber, scanTokens, TOKEN_PATTERN, type RawToken, type TokenKind } from './tokenize.js'

/** A token after analysis: where it stands, and the term the index stores for it. */
export interface Token extends RawToken {
  /** The term: normalised and stemmed. */
  readonly term: string
  /** True for a stop word, which counts little in ranking. */
  readonly stop: boolean
}

/** Options of {@link createAnalyzer}. */
export interface AnalyzerOptions {
  /** The stemmer: `'kraaij-pohlmann'` (default), `'porter'` or `'none'`. */
  readonly stemmer?: StemAlgorithm | 'none'
  /** Stop words in normalised form (lowercase, no diacritics). Default: {@link dutchStopWords}. */
  readonly stopWords?: readonly string[]
  /**
   * Apply the Dutch stem overrides (irregular plurals and verbs, `ge-` words that are not
   * participles; see {@link dutchStemOverrides}) before stemming. Default true. An analyzer
   * without them is version 1, the rules of indexes written before they existed.
   */
  readonly overrides?: boolean
}

/** What identifies an analyzer. Every serialised index records it. */
export interface AnalyzerIdentity {
  /** The analyzer's name, e.g. `zoek-dutch`. */
  readonly name: string
  /** The version of its rules; it changes whenever a rule changes what a text analyses to. */
  readonly version: string
  /** A hash of its configuration, word lists and rules. */
  readonly fingerprint: string
}

/** An analyzer's configuration, with every default filled in. */
export interface AnalyzerConfig {
  readonly stemmer: StemAlgorithm | 'none'
  readonly stopWords: readonly string[]
  readonly overrides: boolean
}

/** A configured analysis pipeline. */
export interface Analyzer extends AnalyzerIdentity {
  /** The configuration it was created with, defaults filled in. */
  readonly config: AnalyzerConfig
  /**
   * Analyses running text.
   *
   * @param text - any string
   * @returns the tokens, in order, with offsets into `text`
   */
  analyze(text: string): Token[]
  /**
   * The term of one word: normalised and stemmed, as {@link Analyzer.analyze} would give it.
   *
   * @param word - one word as typed
   */
  term(word: string): string
  /**
   * Normalises one word without stemming it, as prefix and fuzzy queries need.
   *
   * @param word - one word as typed
   */
  normalize(word: string): string
}

const ANALYZER_NAME = 'zoek-dutch'
/**
 * The version of the rules; bump whenever a rule changes what any text analyses to.
 * Version 1: tokenizer, normalisation, stop words and stemmer. Version 2: with overrides.
 */
const ANALYZER_VERSION = (overrides: boolean): string => (overrides ? '2' : '1')
const CACHE_LIMIT = 20_000

const DEFAULTS = Object.freeze({ stemmer: 'kraaij-pohlmann' as StemAlgorithm | 'none', stopWords: dutchStopWords, overrides: true })

/**
 * Creates an analyzer.
 *
 * @param options - the stemmer and stop words; see {@link AnalyzerOptions}
 * @returns an analyzer whose identity reflects its options
 * @throws {@link InvalidOptionError} for an unknown option or stemmer
 * @example
 * ```ts
 * const analyzer = createAnalyzer()
 * analyzer.analyze('De camera’s van de N-VA').map((t) => t.term)
 * // => ['de', 'camera', 'van', 'de', 'n-va', 'n', 'va']
 * ```
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  checkOptions(options)
  const stemmerName = options.stemmer ?? DEFAULTS.stemmer
  const stopWords = options.stopWords ?? DEFAULTS.stopWords
  const overrides = options.overrides ?? DEFAULTS.overrides
  const overrideTable: ReadonlyMap<string, string> = overrides ? dutchStemOverrides : new Map()
  const stemWord = stemmerName === 'none' ? (word: string) => word : getStemmer(stemmerName)
  const stopSet = new Set(stopWords)

  /** What a surface form analyses to; the same surface always gives the same result. */
  interface Analysis {
    readonly normalized: string
    readonly term: string
    readonly stop: boolean
  }
  const bySurface = new Map<string, Analysis>()
  const analyzeSurface = (surface: string, kind: TokenKind): Analysis => {
    // Numbers and clitics (`'s`, `'t`, `'n`) are terms as they stand; parts and words are stemmed alike.
    const key = kind === 'number' ? `#${surface}` : surface
    let analysis = bySurface.get(key)
    if (analysis === undefined) {
      const normalized = normalizeWord(surface)
      const term = kind === 'number' || normalized.startsWith("'") ? normalized : (overrideTable.get(normalized) ?? stemWord(normalized))
      analysis = { normalized, term, stop: stopSet.has(normalized) }
      if (bySurface.size >= CACHE_LIMIT) bySurface.clear()
      bySurface.set(key, analysis)
    }
    return analysis
  }

  const version = ANALYZER_VERSION(overrides)
  // Version 1's fingerprint is kept as it was, so that indexes written before overrides still load.
  const fingerprint = fnv1a64(
    JSON.stringify({ name: ANALYZER_NAME, version, stemmer: stemmerName, stopWords: [...stopSet].sort(), tokens: TOKEN_PATTERN, ...(overrides ? { overrides: [...overrideTable].sort() } : {}) }),
  )

  return Object.freeze({
    name: ANALYZER_NAME,
    version,
    fingerprint,
    config: Object.freeze({ stemmer: stemmerName, stopWords: Object.freeze([...stopWords]), overrides }),
    analyze(text: string): Token[] {
      const tokens: Token[] = []
      scanTokens(text, (surface, start, position, kind) => {
        const { term, stop } = analyzeSurface(surface, kind)
        tokens.push({ surface, term, start, end: start + surface.length, position, kind, stop })
      })
      return tokens
    },
    term(word: string): string {
      return analyzeSurface(word, isNumber(normalizeWord(word)) ? 'number' : 'word').term
    },
    // Normalising needs no stem: read the cache, but do not fill it.
    normalize: (word: string) => bySurface.get(word)?.normalized ?? normalizeWord(word),
  })
}

function checkOptions(options: AnalyzerOptions): void {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'expected an object')
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(DEFAULTS, key)) throw new InvalidOptionError(key, `unknown analyzer option; valid options are ${Object.keys(DEFAULTS).join(', ')}`)
  }
  const { stemmer, stopWords, overrides } = options
  if (stemmer !== undefined && stemmer !== 'none') getStemmer(stemmer)
  if (overrides !== undefined && typeof overrides !== 'boolean') throw new InvalidOptionError('overrides', 'expected true or false')
  if (stopWords !== undefined && (!Array.isArray(stopWords) || stopWords.some((w) => typeof w !== 'string'))) {
    throw new InvalidOptionError('stopWords', 'expected an array of strings')
  }
}

/** The default analyzer: Kraaij-Pohlmann stemming and Snowball's Dutch stop words. */
export const defaultAnalyzer: Analyzer = createAnalyzer()

/**
 * Analyses text with the default analyzer.
 *
 * @param text - any string
 * @returns tokens `{ surface, term, start, end, position, kind, stop }` with offsets into `text`
 * @example
 * ```ts
 * analyze('Zo’n 12,5 procent geïnvesteerd').map((t) => t.term)
 * // => ["zo'n", '12,5', 'procent', 'investeer']
 * ```
 */
export function analyze(text: string): Token[] {
  return defaultAnalyzer.analyze(text)
}
