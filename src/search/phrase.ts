/**
 * Phrase verification by re-analysing a candidate sentence: the index stores no positions.
 *
 * @module
 */

import type { Token } from '../analysis/analyzer.js'
import type { Span } from './highlight.js'

/**
 * Finds where the phrase's terms stand at consecutive positions, in order. A position
 * matches a term when any token there (the whole word or one of its hyphen parts) has it.
 *
 * @param tokens - the analysed tokens of a sentence
 * @param phrase - the phrase's terms, one per position
 * @returns one span per occurrence, from the first matching token to the last
 * @example
 * ```ts
 * findPhrase(analyze('Het zieke kind van Vlaanderen'), ['ziek', 'kind']) // => [{ start: 4, end: 14 }]
 * ```
 */
export function findPhrase(tokens: readonly Token[], phrase: readonly string[]): Span[] {
  if (phrase.length === 0) return []
  const byPosition = new Map<number, Token[]>()
  for (const token of tokens) {
    const list = byPosition.get(token.position)
    if (list === undefined) byPosition.set(token.position, [token])
    else list.push(token)
  }
  const spans: Span[] = []
  for (const first of tokens) {
    if (first.term !== phrase[0]) continue
    let end = first.end
    let matched = true
    for (let j = 1; j < phrase.length && matched; j++) {
      const next = byPosition.get(first.position + j)?.find((token) => token.term === phrase[j])
      if (next === undefined) matched = false
      else end = next.end
    }
    if (matched) spans.push({ start: first.start, end })
  }
  return spans
}
