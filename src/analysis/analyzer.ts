/**
 * The analyzer: the one place that sets the order of the analysis stages. A configuration's
 * chain is one ordered list of named stages ({@link ANALYSIS_STAGES}, built by `chainOf`); each
 * stage carries the function it runs and its identity (its rules' and word lists' data), and
 * the fingerprint is computed from the chain, so a stage cannot be added without changing it.
 *
 * 1. tokenize: words, numbers and hyphen parts, with offsets into the original text;
 * 2. normalize: NFC, lowercase, ASCII apostrophes, no diacritics;
 * 3. stop words: mark Snowball's Dutch stop words (for ranking only; they stay in the index);
 * 4. compounds: a compound word is followed, at its position, by one `compound-part` token per
 *    part, each with its own offsets (`kinderarmoede` → `kind`, `armoede`; `compounds.ts`);
 * 5. overrides: irregular forms and false `ge-` conflations get a fixed term
 *    (`rules/overrides.ts`, also for compounds whose head is an irregular plural: werkdagen as
 *    werkdag; a strong verb's term is the stem of its infinitive);
 * 6. word forms: plurals the stemmers do not take back are stemmed as their singular
 *    (`rules/plurals.ts`: tekens as teken, categorieën as categorie, initiatieven as
 *    initiatief); with Kraaij-Pohlmann, a word is stemmed in the form the stemmer reads right
 *    (`rules/s-endings.ts`: Vlaamse as Vlaams, mens as mensen; `rules/long-vowels.ts`:
 *    vergelijkbare as vergelijkbaar; `rules/eer-verbs.ts`);
 * 7. stem: Kraaij-Pohlmann by default (numbers and the clitics `'s`, `'t`, `'n` are not stemmed;
 *    with the word-form rules, the ge infix comes out of participles only, `rules/infix-ge.ts`);
 * 8. stem repairs, with the word-form rules and Kraaij-Pohlmann, in this order: the final -t
 *    and -d it leaves on some forms off (`rules/final-dt.ts`: woont as wonen, woord as woorden,
 *    plaatst as plaatsen), a plural -s after t, k or p off (`rules/s-endings.ts`: documents as
 *    document, and splitst, once its -t is off, as splitsen), the -e of inflected adjectives off
 *    and long vowels it doubles in some forms only written single (`rules/long-vowels.ts`:
 *    grote as groot, probleem as problemen), Latin singulars as their plurals
 *    (`rules/latin-plurals.ts`: museum as musea), and the forms of the -eer and -er verbs
 *    joined (`rules/eer-verbs.ts`: adviseert and adviseren as `adviser`);
 * 9. stop terms: with the word-form rules, a word that is no stop word does not get a stop
 *    word's term unless it is a form of it (`rules/stop-terms.ts`: overheid is `over+`).
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
import { FREE_BASE_PREFIXES } from './rules/affixes.js'
import { fnv1a64 } from './fingerprint.js'
import { normalizeWord } from './normalize.js'
import { getStemmer, type StemAlgorithm } from './stem/index.js'
import { stemKraaijPohlmannWith, type KraaijPohlmannOptions } from './stem/kraaij-pohlmann.js'
import { INFIX_GE_RULE, isParticipleInfix } from './rules/infix-ge.js'
import {
  COMPOUND_PLURAL_RULE,
  dutchStemOverrides,
  isStrongVerb,
  overrideOf as overrideOfWord,
  singularOfCompoundPlural,
  VERB_FIRST_PART_RULE,
} from './rules/overrides.js'
import { EER_RULE, eerVerbForm, joinEerStems } from './rules/eer-verbs.js'
import { FINAL_DT_RULE, joinFinalDt } from './rules/final-dt.js'
import { bareAdjective, joinLongVowels, LONG_VOWEL_RULE, openSyllableForm } from './rules/long-vowels.js'
import { joinLatinPlurals, LATIN_PLURAL_RULE } from './rules/latin-plurals.js'
import { joinFinalS, sEndingForm, S_ENDING_RULE } from './rules/s-endings.js'
import { ENS_PLURAL_RULE, singularOfAtiefPlural, singularOfEenPlural, singularOfEnsPlural } from './rules/plurals.js'
import { dutchStopWords } from './data/stopwords.js'
import { DERIVATION_RULE, derivedTerm } from './rules/derivations.js'
import { stopTermCheck, STOP_TERM_RULE } from './rules/stop-terms.js'
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
  /** Stop words, compared as words are once normalised (lowercase, no diacritics: `De` is `de`). Default: {@link dutchStopWords}. */
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
  /** The names of the stages of its analysis chain, in the order they run (see {@link ANALYSIS_STAGES}). */
  readonly stages: readonly string[]
  /**
   * True when an index keeps the compound parts and the parts of hyphenated words under terms
   * of their own, apart from the same words standing alone, so that a word ranks above a part
   * (analyzer version 5 and later; version 1 indexes keep them together, as they were written).
   */
  readonly marksParts: boolean
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
  /**
   * True when a word with this term is a stop word or a form of one that the list may lack
   * (*doet* and *gedaan* of *doen*, *kunt* of *kunnen*): the term of a stop word, which the
   * stop-terms stage gives no other word. Always false without that stage (no overrides).
   *
   * @param term - a term, as {@link Analyzer.term} gives it
   */
  isStopTerm(term: string): boolean
}

const ANALYZER_NAME = 'zoek-dutch'
/** Kraaij-Pohlmann as the repairs use it: the ge infix is taken out of participles only. */
const KP_OPTIONS: KraaijPohlmannOptions = { infixGe: isParticipleInfix }
/**
 * The version of the rules; bump whenever a rule changes what any text analyses to
 * (`test/golden-terms.test.ts` fails until it is bumped or the change is undone).
 * Version 1: tokenizer, normalisation, stop words and stemmer. Version 2 (never released)
 * added the overrides. Version 3: overrides with the -ens plural rule, and compound splitting;
 * which of them are on is in the fingerprint. Version 4: the word-form rules of steps 5 and 6
 * above that version 3 did not have (all but the override table, the -ens plurals and the -eer
 * verbs). Version 5: nouns in -ing apart from their verbs, hyphenated words as their spelling
 * without hyphens, and the index's compound parts under terms of their own
 * (`search/index-terms.ts`). Version 6: a short dictionary entry without flags is split when
 * it is two nouns (slag·schip; `compounds.ts`). Version 7: a listed word of a free-base prefix
 * and a noun flagged Cc has its base as a part (sub·menu), and a compound with an apostrophe s
 * splits as the word before it (context·menu's). Version 8: an unlisted word of a free-base
 * prefix and a compound has the compound's parts (super·markt·kringen). Version 9: adjectives
 * in -ig and -achtig apart from their nouns (huidige is not huid), and verbs in -igen with
 * their -ig (`rules/derivations.ts`). Version 10: nouns in -ster apart from the word before
 * them (venster is not ven), and nouns in -atie and adjectives in -atief apart from verbs in
 * -eren (informatie is not informeren); minister and -ster agents of a verb or noun
 * (spreekster) whole. Version 11: adjectives in -ioneel and -lijk and nouns in -isme, -iteit
 * and -sel apart from the words they are made from (optioneel is not optie, kwaliteit not kwaal).
 * Version 12: the stem overrides keep their derived words apart the same way (bekendheid,
 * geestelijk, gemeenschappelijk). Version 13: the nouns of separable verbs (toegang, uitslag,
 * weergave) and -el nouns of -elen verbs (druppel) are no compounds. Version 14: the stem of a
 * separable verb begins compounds (aankruis·vakje, omreken·factor). Version 15: lexicalised
 * compounds stay whole (leeftijd, stikstof, kantoor; `data/lexicalised.ts`).
 */
const ANALYZER_VERSION = (overrides: boolean, compounds: boolean): string => (overrides || compounds ? '15' : '1')
/** How many analysed surfaces one generation of the cache holds (see `composeAnalyzer`). */
const CACHE_LIMIT = 20_000
/** The longest segment before a hyphen that forms a word with what follows (e-mail, tv-programma). */
const MAX_JOINED_SEGMENT = 2

const DEFAULTS = Object.freeze({ stemmer: 'kraaij-pohlmann' as StemAlgorithm | 'none', stopWords: dutchStopWords, overrides: true, compounds: true })

/**
 * A named stage of the analysis chain: what it does (`run`), and what identifies it in the
 * fingerprint (`identity`: its rules' and word lists' data). A stage that a configuration
 * turns off is not in that configuration's chain.
 */
export interface AnalysisStage<F = unknown> {
  readonly name: string
  readonly identity: { readonly [key: string]: unknown }
  readonly run: F
}

/** The stages of the analysis chain, in the order they run on a word. */
export interface AnalysisChain {
  /** Words, numbers and hyphen parts, with offsets into the original text (`tokenize.ts`). */
  readonly tokenize: AnalysisStage<typeof scanTokens>
  /** NFC, lowercase, ASCII apostrophes, no diacritics (`normalize.ts`). */
  readonly normalize: AnalysisStage<(surface: string) => string>
  /** Marks stop words, for ranking only (`data/stopwords.ts` by default). */
  readonly stopWords: AnalysisStage<(word: string) => boolean>
  /** Splits a compound into parts, each a token at the compound's position (`compounds.ts`). */
  readonly compounds?: AnalysisStage<CompoundSplitter>
  /** The fixed term of an irregular form, a strong verb or a false ge- conflation (`rules/overrides.ts`). */
  readonly overrides?: AnalysisStage<(word: string) => string | undefined>
  /**
   * The form the stemmer should see: a plural's singular (`rules/plurals.ts`), a form
   * Kraaij-Pohlmann reads right (`rules/s-endings.ts`, `rules/long-vowels.ts`, `rules/eer-verbs.ts`).
   */
  readonly wordForms?: AnalysisStage<(word: string) => string | undefined>
  /** The stemmer (`stem/`); with the word-form rules and Kraaij-Pohlmann, the ge infix of participles only (`rules/infix-ge.ts`). */
  readonly stem: AnalysisStage<(word: string) => string>
  /** Repairs of Kraaij-Pohlmann stems, in the order they run (`rules/final-dt.ts`, `s-endings.ts`, `long-vowels.ts`, `latin-plurals.ts`, `eer-verbs.ts`). */
  readonly stemRepairs?: AnalysisStage<readonly ((stem: string) => string)[]>
  /** A hyphenated word's term is that of its spelling without hyphens: e-mail meets email. */
  readonly hyphens?: AnalysisStage<(word: string) => string>
  /** A derived word (-ing, -aar, -baar, -heid, -atie, -ioneel, -isme, -iteit, -lijk, -sel, -ster, -ig) keeps its suffix on its term, apart from its base (`rules/derivations.ts`). */
  readonly derivations?: AnalysisStage<(word: string, term: string) => string>
  /** No stop word's term for a content word unless it is a form of it (`rules/stop-terms.ts`). */
  readonly stopTerms?: AnalysisStage<(stopWords: Iterable<string>, termOf: (word: string) => string) => (word: string, term: string) => string>
}

/** The names of the stages, in the order they run. */
export const ANALYSIS_STAGES: readonly (keyof AnalysisChain)[] = Object.freeze([
  'tokenize',
  'normalize',
  'stopWords',
  'compounds',
  'hyphens',
  'overrides',
  'wordForms',
  'stem',
  'stemRepairs',
  'derivations',
  'stopTerms',
])

/**
 * The order of the fingerprint's fields. The fingerprint of an analyzer is the hash of its
 * name, version and every stage's identity; this order keeps the fingerprints of the indexes
 * written so far. A field that is not listed (a new stage's) comes after them, in chain order,
 * so a new stage changes the fingerprint without an edit here.
 */
const FINGERPRINT_ORDER = [
  'stemmer',
  'stopWords',
  'tokens',
  'overrides',
  'verbFirstParts',
  'verbTerms',
  'plurals',
  'compoundPlurals',
  'stopTerms',
  'stems',
  'finalDt',
  'longVowels',
  'latinPlurals',
  'sEndings',
  'infixGe',
  'compounds',
]

/**
 * The analysis chain of a configuration: every stage it runs, each with its identity.
 *
 * @param config - the configuration, defaults filled in
 * @param splitter - splits compounds when `config.compounds` is on
 * @returns the stages, those the configuration turns off left out
 */
function chainOf(config: AnalyzerConfig, splitter: CompoundSplitter | undefined): AnalysisChain {
  // Stop words compare with normalised words, so a list may have capitals and diacritics (De, één).
  const stopSet = new Set(config.stopWords.map(normalizeWord))
  // The stem repairs and the forms Kraaij-Pohlmann reads right are for Kraaij-Pohlmann stems only.
  const repairStems = config.overrides && config.stemmer === 'kraaij-pohlmann'
  const stemWord =
    config.stemmer === 'none' ? (word: string) => word : repairStems ? (word: string) => stemKraaijPohlmannWith(word, KP_OPTIONS) : getStemmer(config.stemmer)
  return {
    tokenize: { name: 'tokenize', identity: { tokens: TOKEN_PATTERN }, run: scanTokens },
    normalize: { name: 'normalize', identity: {}, run: normalizeWord },
    stopWords: { name: 'stop words', identity: { stopWords: [...stopSet].sort() }, run: (word) => stopSet.has(word) },
    // Without a splitter (a query-only index whose table has no split for a word), no word splits.
    ...(config.compounds
      ? {
          compounds: {
            name: 'compounds',
            identity: { compounds: LEXICON_ID, freeBasePrefixes: FREE_BASE_PREFIXES, listedRuns: true },
            run: splitter ?? (() => undefined),
          },
        }
      : {}),
    ...(config.overrides
      ? {
          overrides: {
            name: 'overrides',
            identity: {
              overrides: [...dutchStemOverrides].sort(),
              verbFirstParts: VERB_FIRST_PART_RULE,
              verbTerms: 'stem of the infinitive',
              linkingS: 'part+s',
            },
            run: overrideOfWord,
          },
          wordForms: {
            name: 'word forms',
            identity: { plurals: ENS_PLURAL_RULE, compoundPlurals: COMPOUND_PLURAL_RULE },
            run: (word: string) =>
              singularOfEnsPlural(word) ??
              singularOfEenPlural(word) ??
              singularOfAtiefPlural(word) ??
              singularOfCompoundPlural(word) ??
              (repairStems ? (sEndingForm(word) ?? bareAdjective(word) ?? openSyllableForm(word) ?? eerVerbForm(word)) : undefined),
          },
          hyphens: { name: 'hyphens', identity: { hyphens: 'joined', shortSegments: 2 }, run: (word: string) => word.replaceAll('-', '') },
          derivations: { name: 'derivations', identity: { derivations: DERIVATION_RULE }, run: derivedTerm },
          stopTerms: { name: 'stop terms', identity: { stopTerms: STOP_TERM_RULE }, run: stopTermCheck },
        }
      : {}),
    stem: { name: 'stem', identity: { stemmer: config.stemmer }, run: stemWord },
    ...(repairStems
      ? {
          stemRepairs: {
            name: 'stem repairs',
            identity: {
              stems: EER_RULE,
              finalDt: FINAL_DT_RULE,
              longVowels: LONG_VOWEL_RULE,
              latinPlurals: LATIN_PLURAL_RULE,
              sEndings: S_ENDING_RULE,
              infixGe: INFIX_GE_RULE,
            },
            run: [joinFinalDt, joinFinalS, joinLongVowels, joinLatinPlurals, joinEerStems],
          },
        }
      : {}),
  }
}

/**
 * The fingerprint of an analyzer: a hash of its name, version and the identities of the
 * stages of its chain.
 */
function fingerprintOf(version: string, chain: AnalysisChain): string {
  const fields = ANALYSIS_STAGES.flatMap((name) => Object.entries(chain[name]?.identity ?? {}))
  const rank = (key: string): number => (FINGERPRINT_ORDER.includes(key) ? FINGERPRINT_ORDER.indexOf(key) : FINGERPRINT_ORDER.length)
  // A stable sort: fields the order does not list keep their chain order, after the listed ones.
  fields.sort(([a], [b]) => rank(a) - rank(b))
  return fnv1a64(JSON.stringify({ name: ANALYZER_NAME, version, ...Object.fromEntries(fields) }))
}

/**
 * Composes the analysis chain. Use `createAnalyzer`, which brings the compound lexicon.
 *
 * @param options - see {@link AnalyzerOptions}
 * @param splitter - splits compounds when `options.compounds` is on; without one, no word splits
 * @returns an analyzer whose identity reflects its options
 * @throws {@link InvalidOptionError} for an unknown option or stemmer
 * @internal
 */
export function composeAnalyzer(options: AnalyzerOptions, splitter: CompoundSplitter | undefined): Analyzer {
  checkOptions(options)
  const config: AnalyzerConfig = Object.freeze({
    stemmer: options.stemmer ?? DEFAULTS.stemmer,
    stopWords: Object.freeze([...(options.stopWords ?? DEFAULTS.stopWords)]),
    overrides: options.overrides ?? DEFAULTS.overrides,
    compounds: options.compounds ?? DEFAULTS.compounds,
  })
  const chain = chainOf(config, splitter)
  const { tokenize, normalize, stopWords, compounds, hyphens, overrides, wordForms, stem, stemRepairs, derivations, stopTerms } = chain
  const isStop = stopWords.run
  const stemmed = stemRepairs === undefined ? stem.run : (word: string) => stemRepairs.run.reduce((term, repair) => repair(term), stem.run(word))
  // A strong verb's term is the stem of its infinitive, which its derived nouns share (verbinding).
  const overrideOf = (word: string): string | undefined => {
    const term = overrides?.run(word)
    return term !== undefined && isStrongVerb(term) ? stemmed(term) : term
  }
  /** The stem of a word no override lists: of the form the stemmer should see, when a word-form rule gives one. */
  const formStem = (word: string): string => {
    const form = wordForms?.run(word)
    return form === undefined ? stemmed(word) : (overrideOf(form) ?? stemmed(form))
  }
  const stemOf = (word: string): string => overrideOf(word) ?? formStem(word)
  const normalizedStopWords = [...new Set(config.stopWords)].map(normalize.run)
  const checkStopTerm = stopTerms === undefined ? (_word: string, term: string) => term : stopTerms.run(normalizedStopWords, stemOf)
  const termOf = (word: string): string => {
    if (hyphens !== undefined && word.includes('-')) return termOf(hyphens.run(word))
    const override = overrideOf(word)
    if (override !== undefined) return override
    const stemmedForm = formStem(word)
    const term = derivations === undefined ? stemmedForm : derivations.run(word, stemmedForm)
    return isStop(word) ? term : checkStopTerm(word, term)
  }
  // The terms the stop terms stage keeps for stop words and their forms (no other word has
  // one), made when first asked for: an analyzer that only indexes never needs them.
  let stopTermSet: ReadonlySet<string> | undefined

  /** What a surface form analyses to; the same surface always gives the same result. */
  interface Analysis {
    readonly normalized: string
    readonly term: string
    readonly stop: boolean
    /** The compound parts of a word whose normalised form has the surface's offsets. */
    readonly parts: readonly CompoundPart[] | undefined
    /** As a compound part before a linking s: its term, worked out when first needed. */
    linkedTerm?: string
  }
  /**
   * The term of a compound part before a linking s: that of the part with its s when the
   * override table lists that word (gegevens·bron is data, gegevens, not a form of geven).
   */
  const linkedTermOf = (analysis: Analysis): string =>
    (analysis.linkedTerm ??= overrides === undefined ? analysis.term : (overrideOf(`${analysis.normalized}s`) ?? analysis.term))
  // The analyses of the surfaces met lately: the recent ones, and those of the generation before,
  // which move back to the recent ones when met again. A text with more distinct words than a
  // generation holds keeps its frequent words (clearing one map re-analysed them after each clear).
  let recent = new Map<string, Analysis>()
  let older = new Map<string, Analysis>()
  const cached = (key: string): Analysis | undefined => {
    const analysis = recent.get(key)
    if (analysis !== undefined) return analysis
    const old = older.get(key)
    if (old !== undefined) keep(key, old)
    return old
  }
  const keep = (key: string, analysis: Analysis): void => {
    if (recent.size >= CACHE_LIMIT) {
      older = recent
      recent = new Map()
    }
    recent.set(key, analysis)
  }
  const analyzeSurface = (surface: string, kind: TokenKind): Analysis => {
    // Numbers and clitics (`'s`, `'t`, `'n`) are terms as they stand; parts and words are stemmed alike.
    const key = kind === 'number' ? `#${surface}` : surface
    let analysis = cached(key)
    if (analysis !== undefined) return analysis
    const normalized = normalize.run(surface)
    // Another spelling of a word met before, letter for letter (Document, document): its
    // normalised form, as a surface, analyses the same, since normalising is idempotent.
    const letterForLetter = kind !== 'number' && normalized.length === surface.length
    const spelling = letterForLetter && normalized !== surface
    analysis = spelling ? cached(normalized) : undefined
    if (analysis === undefined) {
      const term = kind === 'number' || normalized.startsWith("'") ? normalized : termOf(normalized)
      // A part's offsets are offsets into the surface, so only words that normalise letter for letter are split.
      const parts = compounds !== undefined && letterForLetter ? compounds.run(normalized) : undefined
      analysis = { normalized, term, stop: isStop(normalized), parts }
      if (spelling) keep(normalized, analysis)
    }
    keep(key, analysis)
    return analysis
  }

  const version = ANALYZER_VERSION(config.overrides, config.compounds)
  return Object.freeze({
    name: ANALYZER_NAME,
    version,
    fingerprint: fingerprintOf(version, chain),
    config,
    stages: Object.freeze(ANALYSIS_STAGES.flatMap((name) => (chain[name] === undefined ? [] : [chain[name].name]))),
    marksParts: version !== '1',
    analyze(text: string): Token[] {
      const tokens: Token[] = []
      /** The last hyphen part, for a short one that forms a word with the part after it. */
      let previousPart: { readonly start: number; readonly end: number; readonly position: number } | undefined
      tokenize.run(text, (surface, start, position, kind) => {
        const { term, stop, parts } = analyzeSurface(surface, kind)
        tokens.push({ surface, term, start, end: start + surface.length, position, kind, stop })
        const before = previousPart
        previousPart = kind === 'part' ? { start, end: start + surface.length, position } : undefined
        if (parts === undefined) return
        // A hyphen after one or two letters joins them to the first part of the compound after
        // it, a word of its own: e-mail in e-mailadres, tv-programma in tv-programmamaker.
        const [first] = parts
        if (
          hyphens !== undefined &&
          kind === 'part' &&
          before !== undefined &&
          before.position === position &&
          before.end - before.start <= MAX_JOINED_SEGMENT &&
          before.end + 1 === start &&
          first.start === 0
        ) {
          const joined = text.slice(before.start, start + first.end)
          const analysis = analyzeSurface(joined, 'word')
          tokens.push({
            surface: joined,
            term: analysis.term,
            start: before.start,
            end: start + first.end,
            position,
            kind: 'compound-part',
            stop: analysis.stop,
          })
        }
        for (const part of parts) {
          const partSurface = surface.slice(part.start, part.end)
          const analysis = analyzeSurface(partSurface, 'compound-part')
          tokens.push({
            surface: partSurface,
            term: surface[part.end] === 's' ? linkedTermOf(analysis) : analysis.term,
            start: start + part.start,
            end: start + part.end,
            position,
            kind: 'compound-part',
            stop: analysis.stop,
          })
        }
      })
      return tokens
    },
    term(word: string): string {
      return analyzeSurface(word, isNumber(normalize.run(word)) ? 'number' : 'word').term
    },
    // Normalising needs no stem: read the cache, but do not fill it.
    normalize: (word: string) => (recent.get(word) ?? older.get(word))?.normalized ?? normalize.run(word),
    isStopTerm: (term: string) => (stopTermSet ??= new Set(stopTerms === undefined ? [] : normalizedStopWords.map(stemOf))).has(term),
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
