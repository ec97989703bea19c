/**
 * Query words next to each other: a sentence that holds two words of the query side by side,
 * as the query has them, says what the query says more likely than one that holds them apart
 * (*de politie heeft hem moeten doodschieten* for `waarom schoot de politie iemand dood`). The
 * index keeps no positions, so the best results are ranked again from their tokens: each pair
 * found gives a sentence the weight `adjacent` of its own score per query word it holds.
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
export const ADJACENT_WINDOW = 10

/** The pairs of words next to each other in a query, by their terms, and the terms of all its words. */
export interface Adjacency {
  readonly pairs: readonly (readonly [first: string, second: string])[]
  readonly terms: ReadonlySet<string>
}

/**
 * The pairs of words next to each other among the words of a query's top AND or OR, of which
 * at least one does not weigh like a stop word (*de politie*, not *in de*), or undefined when
 * there are none.
 *
 * @param tree - the parsed query
 * @param analyzer - the index's analyzer
 */
export function adjacencyOf(tree: QueryNode, analyzer: Analyzer): Adjacency | undefined {
  if (tree.type !== 'and' && tree.type !== 'or') return undefined
  const words = tree.children.map((child) => {
    if (child.type !== 'term') return undefined
    const tokens = analyzer.analyze(child.text).filter((t) => t.kind === 'word' || t.kind === 'number')
    return tokens.length === 1 ? { term: tokens[0].term, light: weighsLikeStopWord(tokens[0], analyzer) } : undefined
  })
  const pairs: [string, string][] = []
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]]
    if (first !== undefined && second !== undefined && first.term !== second.term && !(first.light && second.light)) pairs.push([first.term, second.term])
  }
  if (pairs.length === 0) return undefined
  return { pairs, terms: new Set(words.flatMap((word) => (word === undefined ? [] : [word.term]))) }
}

/**
 * What a sentence's own score is multiplied by for the query's pairs it holds side by side:
 * the weight times the number of such pairs, per query word it holds; 0 for none.
 *
 * @param tokens - the sentence's tokens
 * @param adjacency - the query's pairs
 * @param weight - the weight `adjacent`
 */
export function adjacencyFactor(tokens: readonly Token[], adjacency: Adjacency, weight: number): number {
  const found = new Set<number>()
  const held = new Set<string>()
  let previous: string | undefined
  for (const token of tokens) {
    // Compound parts come after their word and are not next to anything.
    if (token.kind !== 'word' && token.kind !== 'number') continue
    if (adjacency.terms.has(token.term)) held.add(token.term)
    if (previous !== undefined)
      for (let i = 0; i < adjacency.pairs.length; i++) if (adjacency.pairs[i][0] === previous && adjacency.pairs[i][1] === token.term) found.add(i)
    previous = token.term
  }
  return found.size === 0 ? 0 : (weight * found.size) / Math.max(1, held.size)
}
