/**
 * Phrase verification by re-analysing a candidate sentence: the index stores no positions.
 *
 * @module
 */

import type { Token } from '../analysis/analyzer.js'
import type { Span } from '../model.js'

/** The most position combinations a sloppy phrase tries in one sentence. */
const MAX_COMBINATIONS = 10_000

/**
 * Finds where the phrase's terms stand in order at consecutive positions or, with `slop`,
 * within that many moves (Elasticsearch's meaning: the total distance the words must move
 * to stand in order, so two swapped words cost 2). A position matches a term when any token
 * there (a whole word, one of its hyphen parts or one of its compound parts) has it. Each
 * phrase word must stand at its own position.
 *
 * @param tokens - the analysed tokens of a sentence
 * @param phrase - the phrase's terms, one per position
 * @param slop - the moves allowed; 0 for an exact phrase
 * @returns per occurrence, the spans of its words (one span from first to last word when exact)
 * @example
 * ```ts
 * findPhrase(analyze('Het zieke kind van Vlaanderen'), ['ziek', 'kind']) // => [[{ start: 4, end: 14 }]]
 * findPhrase(analyze('het kind is zieke'), ['ziek', 'kind'], 2) // => []: it needs 3 moves
 * ```
 */
export function findPhrase(tokens: readonly Token[], phrase: readonly string[], slop = 0): Span[][] {
  if (phrase.length === 0) return []
  // Per phrase word, the tokens that carry its term.
  const candidates = phrase.map((term) => tokens.filter((token) => token.term === term))
  if (candidates.some((list) => list.length === 0)) return []
  if (slop === 0) return exactMatches(candidates)
  const matches: Span[][] = []
  let tried = 0
  const chosen: Token[] = []
  const visit = (i: number): void => {
    if (tried > MAX_COMBINATIONS) return
    if (i === phrase.length) {
      tried++
      const offsets = chosen.map((token, j) => token.position - j)
      if (Math.max(...offsets) - Math.min(...offsets) <= slop) matches.push(chosen.map(({ start, end }) => ({ start, end })))
      return
    }
    for (const token of candidates[i]) {
      if (chosen.some((other) => other.position === token.position)) continue
      chosen.push(token)
      visit(i + 1)
      chosen.pop()
    }
  }
  visit(0)
  return matches
}

function exactMatches(candidates: readonly Token[][]): Span[][] {
  const matches: Span[][] = []
  for (const first of candidates[0]) {
    let end = first.end
    let matched = true
    for (let j = 1; j < candidates.length && matched; j++) {
      const next = candidates[j].find((token) => token.position === first.position + j)
      if (next === undefined) matched = false
      else end = next.end
    }
    if (matched) matches.push([{ start: first.start, end }])
  }
  return matches
}
