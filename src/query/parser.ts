/**
 * The query parser: consumes lexemes and returns a {@link QueryNode} tree.
 *
 * @module
 */

import type { BooleanNode, QueryNode } from './ast.js'
import { lex } from './lexer.js'

/** How top-level words combine when the query does not say. */
export type DefaultOperator = 'and' | 'or'

/** Options of {@link parseQuery}. */
export interface ParseOptions {
  /** How plain words combine: `'or'` (default) ranks sentences with more of them higher. */
  readonly defaultOperator?: DefaultOperator
}

/**
 * Parses a query string. Plain words become `term` nodes, text in double quotes becomes a
 * `phrase` node, and the top level combines them with the default operator. Lenient: any
 * input gives a tree, and an empty query gives an empty `or`.
 *
 * @param query - the query as typed
 * @param options - see {@link ParseOptions}
 * @returns the query tree
 * @example
 * ```ts
 * parseQuery('armoede "zieke kind"')
 * // => { type: 'or', start: 0, end: 20, children: [
 * //      { type: 'term', text: 'armoede', start: 0, end: 7 },
 * //      { type: 'phrase', text: 'zieke kind', start: 8, end: 20 } ] }
 * ```
 */
export function parseQuery(query: string, options: ParseOptions = {}): BooleanNode {
  const children: QueryNode[] = lex(query).map((lexeme) =>
    lexeme.type === 'phrase'
      ? { type: 'phrase', text: lexeme.text, start: lexeme.start, end: lexeme.end }
      : { type: 'term', text: lexeme.text, start: lexeme.start, end: lexeme.end },
  )
  return { type: options.defaultOperator ?? 'or', children, start: 0, end: query.length }
}
