/**
 * The terms the engine indexes for a sentence's tokens. A compound part (and a part of a
 * hyphenated word) is indexed under its
 * term with a mark in front, apart from the same term as a word of its own, so that a query
 * can find both and rank the word above the part (Lucene keeps an original token beside the
 * stem for the same reason). The analyzer's tokens keep the plain term: phrases, highlights
 * and the exact check work on those.
 *
 * @module
 */

import type { Token } from '../analysis/analyzer.js'

/** The mark in front of the term of a compound part; no analysed term begins with it. */
export const PART_MARK = '>'

/**
 * The engine term of a term found as a compound part.
 *
 * @param term - an analysed term
 * @example
 * ```ts
 * partTerm('armoed') // => '>armoed'
 * ```
 */
export const partTerm = (term: string): string => PART_MARK + term

/**
 * The engine terms of a sentence's tokens, in order.
 *
 * @param tokens - the analyser's tokens of the sentence
 * @param marksParts - whether parts are marked (`Analyzer.marksParts`)
 * @returns the term of each token, parts marked when `marksParts`
 */
export function indexTermsOf(tokens: readonly Token[], marksParts: boolean): string[] {
  return tokens.map((token) => (marksParts && (token.kind === 'compound-part' || token.kind === 'part') ? partTerm(token.term) : token.term))
}
