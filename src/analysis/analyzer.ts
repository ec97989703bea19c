/**
 * The analyzer: the one place that sets the order of the analysis stages.
 *
 * 1. tokenize: words, numbers and hyphen parts, with offsets into the original text;
 * 2. normalize: NFC, lowercase, ASCII apostrophes, no diacritics;
 * 3. stop: mark Snowball's Dutch stop words (for ranking only; they stay in the index);
 * 4. compounds: a compound word is followed, at its position, by one `compound-part` token per
 *    part, each with its own offsets (`kinderarmoede` → `kind`, `armoede`; `compounds.ts`);
 * 5. override: irregular forms and false `ge-` conflations get a fixed term (`overrides.ts`,
 *    also for compounds whose head is an irregular plural: werkdagen as werkdag); plurals the
 *    stemmers do not take back are stemmed as their singular (`plurals.ts`: tekens as teken,
 *    categorieën as categorie, initiatieven as initiatief); with Kraaij-Pohlmann, a word is
 *    stemmed in the form the stemmer reads right (`s-endings.ts`: Vlaamse as Vlaams, mens as
 *    mensen; `long-vowels.ts`: vergelijkbare as vergelijkbaar);
 * 6. stem: Kraaij-Pohlmann by default (numbers and the clitics `'s`, `'t`, `'n` are not stemmed),
 *    then, with the word-form rules, its stems repaired in this order (`KP_STEM_REPAIRS`): the
 *    final -t and -d it leaves on some forms off (`final-dt.ts`: woont as wonen, woord as
 *    woorden, plaatst as plaatsen), a plural -s after t, k or p off (`s-endings.ts`: documents
 *    as document, and splitst, once its -t is off, as splitsen), the -e of
 *    inflected adjectives off and long vowels it doubles in some forms only written single
 *    (`long-vowels.ts`: grote as groot, probleem as problemen), Latin singulars as their plurals
 *    (`latin-plurals.ts`: museum as musea, operatoren as operator), and the forms of the -eer
 *    and -er verbs joined (`eer-verbs.ts`: adviseert and adviseren as `adviser`);
 * 7. stop terms: with the word-form rules, a word that is no stop word does not get a stop
 *    word's term unless it is a form of it (`stop-terms.ts`: overheid is `over+`, not `over`).
 *
 * Queries go through the same analyzer as documents. This module does not load the compound
 * lexicon: {@link composeAnalyzer} takes a splitter, and `create-analyzer.ts` passes the
 * lexicon's, so that the query-only path stays small.
 *
 * @module
 */

import { checkOptionNames } from '../check.js'
import { InvalidOptionError } from '../errors.js'
import type { CompoundPart, CompoundSplitter } from './compound-table.js'
import { LEXICON_ID } from './data/compound-lexicon-id.js'
import { fnv1a64 } from './fingerprint.js'
import { normalizeWord } from './normalize.js'
import { getStemmer, type StemAlgorithm } from './stem/index.js'
import { stemKraaijPohlmannWith, type KraaijPohlmannOptions } from './stem/kraaij-pohlmann.js'
import { INFIX_GE_RULE, isParticipleInfix } from './infix-ge.js'
import { COMPOUND_PLURAL_RULE, dutchStemOverrides, isStrongVerb, overrideOf as overrideOfWord, singularOfCompoundPlural, VERB_FIRST_PART_RULE } from './overrides.js'
import { EER_RULE, eerVerbForm, joinEerStems } from './eer-verbs.js'
import { FINAL_DT_RULE, joinFinalDt } from './final-dt.js'
import { bareAdjective, joinLongVowels, LONG_VOWEL_RULE, openSyllableForm } from './long-vowels.js'
import { joinLatinPlurals, LATIN_PLURAL_RULE } from './latin-plurals.js'
import { joinFinalS, sEndingForm, S_ENDING_RULE } from './s-endings.js'
import { ENS_PLURAL_RULE, singularOfAtiefPlural, singularOfEenPlural, singularOfEnsPlural } from './plurals.js'
import { dutchStopWords } from './stopwords.js'
import { stopTermCheck, STOP_TERM_RULE } from './stop-terms.js'
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
   * Apply the Dutch word-form rules: the stem overrides (irregular plurals, strong verbs also
   * with a prefix or first part, `ge-` words that are not participles; see
   * {@link dutchStemOverrides}), plurals in -s of nouns in -en (tekens as teken), no stop word's
   * term for a content word (overheid is `over+`), and, with Kraaij-Pohlmann, the repairs of its
   * stems (steps 5 and 6 above: one stem for all forms of the -eer and -er verbs, adviseert,
   * geadviseerd, adviseren, and the others). Default true. Without them and without compounds,
   * the analyzer is version 1, the rules of indexes written before they existed.
   */
  readonly overrides?: boolean
  /**
   * Split compounds into parts, indexed as extra tokens at the word's position (analyzer
   * version 3). Default true. Needs the compound lexicon when indexing; a serialised index
   * carries the splits of its own words.
   */
  readonly compounds?: boolean
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
  readonly compounds: boolean
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
/** Repairs of Kraaij-Pohlmann stems, in the order they run (each module says why). */
const KP_STEM_REPAIRS: readonly ((stem: string) => string)[] = [joinFinalDt, joinFinalS, joinLongVowels, joinLatinPlurals, joinEerStems]
/** Kraaij-Pohlmann as the repairs use it: the ge infix is taken out of participles only. */
const KP_OPTIONS: KraaijPohlmannOptions = { infixGe: isParticipleInfix }
/**
 * The version of the rules; bump whenever a rule changes what any text analyses to.
 * Version 1: tokenizer, normalisation, stop words and stemmer. Version 2 (never released)
 * added the overrides. Version 3: overrides with the -ens plural rule, and compound splitting;
 * which of them are on is in the fingerprint. Version 4: the word-form rules of steps 5 and 6
 * above that version 3 did not have (all but the override table, the -ens plurals and the -eer
 * verbs).
 */
const ANALYZER_VERSION = (overrides: boolean, compounds: boolean): string => (overrides || compounds ? '4' : '1')
const CACHE_LIMIT = 20_000

const DEFAULTS = Object.freeze({ stemmer: 'kraaij-pohlmann' as StemAlgorithm | 'none', stopWords: dutchStopWords, overrides: true, compounds: true })

/**
 * Composes the analysis pipeline. Use `createAnalyzer`, which brings the compound lexicon.
 *
 * @param options - see {@link AnalyzerOptions}
 * @param splitter - splits compounds when `options.compounds` is on; without one, no word splits
 * @returns an analyzer whose identity reflects its options
 * @throws {@link InvalidOptionError} for an unknown option or stemmer
 * @internal
 */
export function composeAnalyzer(options: AnalyzerOptions, splitter: CompoundSplitter | undefined): Analyzer {
  checkOptions(options)
  const stemmerName = options.stemmer ?? DEFAULTS.stemmer
  const stopWords = options.stopWords ?? DEFAULTS.stopWords
  const overrides = options.overrides ?? DEFAULTS.overrides
  const compounds = options.compounds ?? DEFAULTS.compounds
  const split = compounds ? splitter : undefined
  const overrideTable: ReadonlyMap<string, string> = overrides ? dutchStemOverrides : new Map()
  const stemWord = stemmerName === 'none' ? (word: string) => word : getStemmer(stemmerName)
  const stopSet = new Set(stopWords)

  /** What a surface form analyses to; the same surface always gives the same result. */
  interface Analysis {
    readonly normalized: string
    readonly term: string
    readonly stop: boolean
    /** The compound parts of a word whose normalised form has the surface's offsets. */
    readonly parts: readonly CompoundPart[] | undefined
  }
  const bySurface = new Map<string, Analysis>()
  const singularOf = overrides ? (word: string) => singularOfEnsPlural(word) ?? singularOfEenPlural(word) ?? singularOfAtiefPlural(word) ?? singularOfCompoundPlural(word) : () => undefined
  // The stem repairs are part of the word-form rules, for Kraaij-Pohlmann stems only.
  const repairStems = overrides && stemmerName === 'kraaij-pohlmann'
  const kpFormOf = repairStems ? (word: string) => sEndingForm(word) ?? bareAdjective(word) ?? openSyllableForm(word) ?? eerVerbForm(word) : () => undefined
  // With the repairs, the ge infix comes out only after a separable verb's first part (infix-ge.ts).
  const stemmed = repairStems ? (word: string) => KP_STEM_REPAIRS.reduce((stem, repair) => repair(stem), stemKraaijPohlmannWith(word, KP_OPTIONS)) : stemWord
  // A strong verb's term is the stem of its infinitive, which its derived nouns share (verbinding).
  const overrideOf = (word: string): string | undefined => {
    if (!overrides) return undefined
    const term = overrideOfWord(word)
    return term !== undefined && isStrongVerb(term) ? stemmed(term) : term
  }
  /** The stem of a word no override lists: of the form the stemmer should see, a plural as its singular or the form Kraaij-Pohlmann reads right. */
  const formStem = (word: string): string => {
    const form = singularOf(word) ?? kpFormOf(word)
    return form === undefined ? stemmed(word) : (overrideOf(form) ?? stemmed(form))
  }
  const stemOf = (word: string): string => overrideOf(word) ?? formStem(word)
  // A content word never gets a stop word's term unless it is a form of that stop word (stop-terms.ts).
  const checkStopTerm = overrides ? stopTermCheck([...stopSet].map(normalizeWord), stemOf) : (_word: string, term: string) => term
  const termOf = (word: string): string => {
    const override = overrideOf(word)
    if (override !== undefined) return override
    const term = formStem(word)
    return stopSet.has(word) ? term : checkStopTerm(word, term)
  }
  const analyzeSurface = (surface: string, kind: TokenKind): Analysis => {
    // Numbers and clitics (`'s`, `'t`, `'n`) are terms as they stand; parts and words are stemmed alike.
    const key = kind === 'number' ? `#${surface}` : surface
    let analysis = bySurface.get(key)
    if (analysis === undefined) {
      const normalized = normalizeWord(surface)
      const term = kind === 'number' || normalized.startsWith("'") ? normalized : termOf(normalized)
      // A part's offsets are offsets into the surface, so only words that normalise letter for letter are split.
      const parts = split !== undefined && kind !== 'number' && normalized.length === surface.length ? split(normalized) : undefined
      analysis = { normalized, term, stop: stopSet.has(normalized), parts }
      if (bySurface.size >= CACHE_LIMIT) bySurface.clear()
      bySurface.set(key, analysis)
    }
    return analysis
  }

  const version = ANALYZER_VERSION(overrides, compounds)
  // Earlier versions' fingerprints are kept as they were, so that their indexes still load.
  const fingerprint = fnv1a64(
    JSON.stringify({
      name: ANALYZER_NAME,
      version,
      stemmer: stemmerName,
      stopWords: [...stopSet].sort(),
      tokens: TOKEN_PATTERN,
      ...(overrides ? { overrides: [...overrideTable].sort(), verbFirstParts: VERB_FIRST_PART_RULE, verbTerms: 'stem of the infinitive', plurals: ENS_PLURAL_RULE, compoundPlurals: COMPOUND_PLURAL_RULE, stopTerms: STOP_TERM_RULE, ...(repairStems ? { stems: EER_RULE, finalDt: FINAL_DT_RULE, longVowels: LONG_VOWEL_RULE, latinPlurals: LATIN_PLURAL_RULE, sEndings: S_ENDING_RULE, infixGe: INFIX_GE_RULE } : {}) } : {}),
      ...(compounds ? { compounds: LEXICON_ID } : {}),
    }),
  )

  return Object.freeze({
    name: ANALYZER_NAME,
    version,
    fingerprint,
    config: Object.freeze({ stemmer: stemmerName, stopWords: Object.freeze([...stopWords]), overrides, compounds }),
    analyze(text: string): Token[] {
      const tokens: Token[] = []
      scanTokens(text, (surface, start, position, kind) => {
        const { term, stop, parts } = analyzeSurface(surface, kind)
        tokens.push({ surface, term, start, end: start + surface.length, position, kind, stop })
        if (parts === undefined) return
        for (const part of parts) {
          const partSurface = surface.slice(part.start, part.end)
          const analysis = analyzeSurface(partSurface, 'compound-part')
          tokens.push({ surface: partSurface, term: analysis.term, start: start + part.start, end: start + part.end, position, kind: 'compound-part', stop: analysis.stop })
        }
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
  checkOptionNames(options, Object.keys(DEFAULTS), 'analyzer')
  const { stemmer, stopWords, overrides, compounds } = options
  if (stemmer !== undefined && stemmer !== 'none') getStemmer(stemmer)
  if (overrides !== undefined && typeof overrides !== 'boolean') throw new InvalidOptionError('overrides', 'expected true or false')
  if (compounds !== undefined && typeof compounds !== 'boolean') throw new InvalidOptionError('compounds', 'expected true or false')
  if (stopWords !== undefined && (!Array.isArray(stopWords) || stopWords.some((w) => typeof w !== 'string'))) {
    throw new InvalidOptionError('stopWords', 'expected an array of strings')
  }
}
