/**
 * The options of the sentence index's methods, their defaults and their checks.
 *
 * @module
 */

import { checkOptionNames, isCount } from '../check.js'
import { InvalidOptionError } from '../errors.js'
import { roles, type Metadata, type Role } from '../model.js'
import type { DefaultOperator } from '../query/parser.js'
import type { HitInfo } from './types.js'
import { checkWeights, DEFAULT_WEIGHTS, type RankingWeights } from './weights.js'

/** Options of {@link SentenceIndex.search}. */
export interface SearchOptions<M extends object = Metadata> {
  /** The most hits to return. Default 10. */
  readonly limit?: number
  /** How many hits to skip, for paging. Default 0. */
  readonly offset?: number
  /** How clauses separated by whitespace combine: `'or'` (default) or `'and'`. Ignored when the query is a tree. */
  readonly defaultOperator?: DefaultOperator
  /** Throw `QuerySyntaxError` for a malformed query string instead of making the best of it. Default false. */
  readonly strict?: boolean
  /** For search as you type: a last word still being typed also matches as a prefix (see `parseQuery`). Default false. */
  readonly asYouType?: boolean
  /**
   * Keeps only the hits for which it returns true; runs before paging, so `total` counts what
   * it keeps. It gets a {@link HitInfo}: the hit without `highlights`, `context` and `explain`.
   */
  readonly filter?: (hit: HitInfo<M>) => boolean
  /**
   * Score factors per role, e.g. `{ answer: 1.5, pullquote: 0.5 }`. Default `{ question: 0.7 }`:
   * an interviewer's question counts 0.7 of its score, so that a short question does not rank
   * above the answer that holds the same words; a `roleBoost` given (even `{}`) replaces it.
   */
  readonly roleBoost?: Partial<Readonly<Record<Role, number>>>
  /** Adds up to this many sentences of the same paragraph before and after each hit. Default 0. */
  readonly context?: number
  /** `'collapse'` (default): a pull quote that repeats a body sentence is returned as that sentence. `'keep'`: both are hits. */
  readonly duplicates?: 'collapse' | 'keep'
  /** Adds `explain` to each hit: the matched terms, their fields and score parts. Default false. */
  readonly explain?: boolean
  /**
   * A word of five letters or more that matches nothing in the index is looked up, in turn, as
   * the head of compounds the index has (`schoot` finds *doodschieten*), at the weight `part`;
   * as a fuzzy word (`regerng` finds *regering*): one edit up to seven letters, two from
   * eight, at the weight `expansion` per edit; and as a compound of words the index has
   * (`multiprobleemgezinnen` finds *multiprobleem* and *gezinnen*), at the weight `split`. Two
   * words next to each other of which the index lacks one also find the words that join them
   * (`rode lantaarn` finds *rodelantaarndrager*), at the weight `joined`. Not for excluded
   * words, nor for the word being typed (`asYouType`) while words of the index begin with it.
   * Default true.
   */
  readonly typoFallback?: boolean
  /**
   * The search-box preset: besides the forms of the query words, find related words at lower
   * weights (a word's family: racist for racisme, islam for islamitisch, at the weight
   * `family`; its synonyms when the index has a table of them, the option `synonyms`, at
   * `synonym`; the parts of a compound the index does not have, at `split`), and find a
   * sentence through its context: the other sentences of its paragraph and, for an answer,
   * the question it answers (the weights `paragraph` and `question`); a query that names a
   * speaker (every word of the name, or its last word) also finds what that speaker says
   * (`speaker`). May add hits that hold no form of a query word.
   * Without it, context only ranks: a hit whose paragraph (or question) also matches comes
   * first, and no hit lacks a form of a query word. Default false.
   */
  readonly expand?: boolean
  /**
   * What each way of finding a sentence counts, as a factor of a query word's own score: some
   * or all of {@link RankingWeights}, the rest their defaults. A weight of 0 turns its way off,
   * e.g. `{ part: 0 }`: a word is not found inside compounds.
   */
  readonly weights?: Partial<RankingWeights>
}

/** Options of {@link SentenceIndex.suggest}. */
export interface SuggestOptions {
  /** The most suggestions to return. Default 10. */
  readonly limit?: number
}

/** Options of {@link SentenceIndex.addAll}. */
export interface AddAllOptions {
  /** Called after each document with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

/** Search options with every default filled in. */
export interface ResolvedSearchOptions<M extends object = Metadata> {
  readonly limit: number
  readonly offset: number
  readonly defaultOperator: DefaultOperator
  readonly strict: boolean
  readonly asYouType: boolean
  readonly filter: SearchOptions<M>['filter']
  readonly roleBoost: NonNullable<SearchOptions['roleBoost']>
  readonly context: number
  readonly duplicates: 'collapse' | 'keep'
  readonly explain: boolean
  readonly typoFallback: boolean
  readonly expand: boolean
  /** The defaults themselves ({@link DEFAULT_WEIGHTS}) when the search gives none. */
  readonly weights: RankingWeights
}

/**
 * The default `roleBoost`. A question's factor, by answering nDCG@10 on the dev set
 * (bench/ABLATION.md): 1, 0.9, 0.7, 0.5 gave 0.582, 0.588, 0.592, 0.593 with the defaults and
 * 0.692, 0.698, 0.707, 0.707 with expand.
 */
const DEFAULT_ROLE_BOOST: ResolvedSearchOptions['roleBoost'] = Object.freeze({ question: 0.7 })

const SEARCH_DEFAULTS: ResolvedSearchOptions = Object.freeze({
  limit: 10,
  offset: 0,
  defaultOperator: 'or' as DefaultOperator,
  strict: false,
  asYouType: false,
  filter: undefined,
  roleBoost: DEFAULT_ROLE_BOOST,
  context: 0,
  duplicates: 'collapse',
  explain: false,
  typoFallback: true,
  expand: false,
  weights: DEFAULT_WEIGHTS,
})

const SEARCH_OPTION_NAMES = Object.keys(SEARCH_DEFAULTS)

/**
 * Checks search options and fills in the defaults.
 *
 * @param options - the options as given
 * @returns every option, checked
 * @throws {@link InvalidOptionError} for an unknown option or an invalid value
 */
export function checkSearchOptions<M extends object>(options: SearchOptions<M>): ResolvedSearchOptions<M> {
  checkOptionNames(options, SEARCH_OPTION_NAMES, 'search')
  // Field by field rather than spread over the defaults: the same shape for every search, and
  // several times faster, which a rare word's search of a few microseconds notices. An option
  // given as undefined takes its default; null is checked like any other value.
  const o = options
  const d = SEARCH_DEFAULTS
  const merged: ResolvedSearchOptions<M> = {
    limit: o.limit === undefined ? d.limit : o.limit,
    offset: o.offset === undefined ? d.offset : o.offset,
    defaultOperator: o.defaultOperator === undefined ? d.defaultOperator : o.defaultOperator,
    strict: o.strict === undefined ? d.strict : o.strict,
    asYouType: o.asYouType === undefined ? d.asYouType : o.asYouType,
    filter: o.filter,
    roleBoost: o.roleBoost === undefined ? d.roleBoost : o.roleBoost,
    context: o.context === undefined ? d.context : o.context,
    duplicates: o.duplicates === undefined ? d.duplicates : o.duplicates,
    explain: o.explain === undefined ? d.explain : o.explain,
    typoFallback: o.typoFallback === undefined ? d.typoFallback : o.typoFallback,
    expand: o.expand === undefined ? d.expand : o.expand,
    weights: checkWeights(o.weights),
  }
  for (const name of ['limit', 'offset', 'context'] as const) {
    if (!isCount(merged[name])) throw new InvalidOptionError(name, `expected a whole number ≥ 0, got ${JSON.stringify(merged[name])}`)
  }
  if (merged.defaultOperator !== 'and' && merged.defaultOperator !== 'or')
    throw new InvalidOptionError('defaultOperator', `expected 'and' or 'or', got ${JSON.stringify(merged.defaultOperator)}`)
  for (const name of ['strict', 'asYouType', 'explain', 'typoFallback', 'expand'] as const) {
    if (typeof merged[name] !== 'boolean') throw new InvalidOptionError(name, 'expected true or false')
  }
  if (merged.filter !== undefined && typeof merged.filter !== 'function') throw new InvalidOptionError('filter', 'expected a function')
  if (merged.duplicates !== 'collapse' && merged.duplicates !== 'keep')
    throw new InvalidOptionError('duplicates', `expected 'collapse' or 'keep', got ${JSON.stringify(merged.duplicates)}`)
  const boost = merged.roleBoost
  if (boost !== DEFAULT_ROLE_BOOST) {
    if (typeof boost !== 'object' || boost === null) throw new InvalidOptionError('roleBoost', 'expected an object of role → factor')
    for (const [role, factor] of Object.entries(boost)) {
      if (!roles.includes(role as Role)) throw new InvalidOptionError('roleBoost', `unknown role "${role}"; roles are ${roles.join(', ')}`)
      if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0)
        throw new InvalidOptionError('roleBoost', `the factor for ${role} must be a number > 0`)
    }
  }
  return merged
}

/**
 * Checks suggest options and fills in the default.
 *
 * @param options - the options as given
 * @returns the limit
 * @throws {@link InvalidOptionError} for an unknown option or an invalid limit
 */
export function checkSuggestOptions(options: SuggestOptions): { readonly limit: number } {
  checkOptionNames(options, ['limit'], 'suggest')
  const limit = options.limit ?? 10
  if (!isCount(limit)) throw new InvalidOptionError('limit', `expected a whole number ≥ 0, got ${JSON.stringify(limit)}`)
  return { limit }
}
