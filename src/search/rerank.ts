/**
 * The best results ranked again from their tokens, for what the index's terms cannot tell:
 *
 * - query words next to each other: a sentence that holds two words of the query side by
 *   side, as the query has them, says what the query says more likely than one that holds
 *   them apart (*de politie heeft hem moeten doodschieten* for `waarom schoot de politie
 *   iemand dood`);
 * - query words in the very form typed: a term stands for all the forms of a word, and the
 *   form the query has, or for a word the index lacks the words a fallback found in its place,
 *   is what the reader means (`Marokkanen` finds *Marokkanen* before *Marokkaanse*; the typo
 *   `Marrokanen` likewise; `multiprobleemgezinnen`, looked up as its parts, raises the
 *   sentences with *gezinnen* over those with only *gezin*).
 *
 * The index keeps no positions and no surface forms, so a sentence's tokens are read: each
 * pair found gives the sentence the weight `adjacent` of its own score, and each word in its
 * own form the weight `exact` of its score with its context (which thus weighs as before),
 * per query word it holds.
 *
 * @module
 */

import type { Analyzer, Token } from '../analysis/analyzer.js'
import type { QueryNode } from '../query/ast.js'
import { weighsLikeStopWord } from './plan.js'

/**
 * How many of the best results are ranked again, whatever the page: a page of the default
 * limit, whose sentences a static index loads to show them anyway (a window of 20 or 30 scored
 * the same on the answering dev set, and made a static index read 30 sentences' blocks).
 */
export const RERANK_WINDOW = 10

/** A word of the query, as a sentence's tokens are compared with it. */
export interface QueryWord {
  /** Its term. */
  readonly term: string
  /** Its place among the query's distinct terms: words of one term share it. */
  readonly slot: number
  /** The normalised forms that are the word itself: the word typed, or the words a fallback found in its place (near words, parts). */
  readonly forms: ReadonlySet<string>
  /** The terms of those forms: only a token with one of them is normalised and compared. */
  readonly formTerms: ReadonlySet<string>
  /** True when it weighs like a stop word: its form says nothing (*was* or *is*). */
  readonly light: boolean
}

/** What the best results are ranked again by: the query's words and the pairs of them next to each other. */
export interface QueryWords {
  readonly words: readonly QueryWord[]
  /** Pairs of words next to each other in the query, by their terms, at least one of them not light. */
  readonly pairs: readonly (readonly [first: string, second: string])[]
  /**
   * What the tokens of each row read so far gave, by row: kept with the plan, which is kept
   * until the documents change, so a query searched again (a page turned, a list drawn
   * again) reads no tokens.
   */
  readonly factors: Map<number, RerankFactors>
}

/** Words and pairs are counted in the bits of a number: a query's first 31 count. */
const MAX_COUNTED = 31

/**
 * The words of a query that its best results are ranked again by: a single word, or the words
 * of the query's top AND or OR, required or not (a phrase, prefix, fuzzy word or field breaks a pair), or
 * undefined when nothing would count (no pair, and no word that does not weigh like a stop word).
 *
 * @param tree - the parsed query
 * @param analyzer - the index's analyzer
 * @param replacements - for a word a fallback looked up, by its normalised form: the words found in its place
 * @param weights - the weights `adjacent` and `exact`; 0 leaves that way of ranking out
 */
export function queryWordsOf(
  tree: QueryNode,
  analyzer: Analyzer,
  replacements: ReadonlyMap<string, ReadonlySet<string>>,
  weights: { readonly adjacent: number; readonly exact: number },
): QueryWords | undefined {
  const children = tree.type === 'and' || tree.type === 'or' ? tree.children : [tree]
  const slots = new Map<string, number>()
  const words = children.map((child): QueryWord | undefined => {
    // A required word (+huizen) is a word of the query like any other.
    const node = child.type === 'required' ? child.child : child
    if (node.type !== 'term') return undefined
    const tokens = analyzer.analyze(node.text).filter((t) => t.kind === 'word' || t.kind === 'number')
    if (tokens.length !== 1) return undefined
    const [token] = tokens
    if (!slots.has(token.term)) {
      if (slots.size === MAX_COUNTED) return undefined
      slots.set(token.term, slots.size)
    }
    const word = analyzer.normalize(token.surface)
    const forms = replacements.get(word) ?? new Set([word])
    return {
      term: token.term,
      slot: slots.get(token.term) ?? 0,
      forms,
      formTerms: new Set([...forms].map((form) => analyzer.term(form))),
      light: weighsLikeStopWord(token, analyzer),
    }
  })
  const pairs: [string, string][] = []
  if (weights.adjacent > 0)
    for (let i = 0; i + 1 < words.length && pairs.length < MAX_COUNTED; i++) {
      const [first, second] = [words[i], words[i + 1]]
      if (first !== undefined && second !== undefined && first.term !== second.term && !(first.light && second.light)) pairs.push([first.term, second.term])
    }
  const present = words.filter((word) => word !== undefined)
  if (pairs.length === 0 && (weights.exact === 0 || present.every((word) => word.light))) return undefined
  return { words: present, pairs, factors: new Map() }
}

/**
 * For each way of ranking again, what a sentence's score is multiplied by (its factors) or what
 * that adds (its gains): `adjacent` of its own score, `exact` of its score with context.
 */
export interface RerankFactors {
  readonly adjacent: number
  readonly exact: number
}

/**
 * What a sentence's score gains from its factors: `adjacent` times its own score (without
 * context), `exact` times its score with context; undefined when it gains nothing.
 *
 * @param factors - the sentence's factors ({@link rerankFactors})
 * @param score - its score so far, context included
 * @param context - what context gave of that score
 */
export function rerankGains(factors: RerankFactors, score: number, context: number): RerankFactors | undefined {
  if (factors.adjacent === 0 && factors.exact === 0) return undefined
  return { adjacent: (score - context) * factors.adjacent, exact: score * factors.exact }
}

const NONE: RerankFactors = Object.freeze({ adjacent: 0, exact: 0 })

/** The number of bits set in a number. */
function bitCount(bits: number): number {
  let count = 0
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++
  return count
}

/**
 * What a sentence's scores are multiplied by for the query's pairs it holds side by side
 * (its own score: the weight `adjacent` times their number) and for the query words it holds
 * in the form typed (its score with context: the weight `exact` times their number, words that
 * weigh like stop words left out), each per query word it holds.
 *
 * @param tokens - the sentence's tokens
 * @param query - the query's words
 * @param normalize - the analyzer's normalisation
 * @param weights - the weights `adjacent` and `exact`
 */
export function rerankFactors(
  tokens: readonly Token[],
  query: QueryWords,
  normalize: (surface: string) => string,
  weights: { readonly adjacent: number; readonly exact: number },
): RerankFactors {
  const { words, pairs } = query
  // Bits by slot (words) and by index (pairs); a search has a few words.
  let held = 0
  let exact = 0
  let found = 0
  let previous: string | undefined
  for (const token of tokens) {
    // Compound parts come after their word: not next to anything, and not a form of the word.
    if (token.kind !== 'word' && token.kind !== 'number') continue
    for (const word of words) {
      if (token.term === word.term) held |= 1 << word.slot
      if (!word.formTerms.has(token.term) || !(word.forms.has(token.surface) || word.forms.has(normalize(token.surface)))) continue
      held |= 1 << word.slot
      if (!word.light) exact |= 1 << word.slot
    }
    if (previous !== undefined) for (let i = 0; i < pairs.length; i++) if (pairs[i][0] === previous && pairs[i][1] === token.term) found |= 1 << i
    previous = token.term
  }
  if (found === 0 && exact === 0) return NONE
  const per = Math.max(1, bitCount(held))
  return { adjacent: (weights.adjacent * bitCount(found)) / per, exact: (weights.exact * bitCount(exact)) / per }
}
