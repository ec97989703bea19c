/**
 * The typed query tree. It is plain data: apps may build it without the string syntax and
 * pass it to `search()` directly. Every node carries `start`/`end` offsets into the query
 * string it was parsed from (0 and 0 for nodes built by hand).
 *
 * @module
 */

/** One word, analysed like document text: `armoede`. */
export interface TermNode {
  readonly type: 'term'
  /** The word as typed. */
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Words that must stand consecutively and in order after analysis: `"zieke kind"`. */
export interface PhraseNode {
  readonly type: 'phrase'
  /** The phrase's text between the quotes. */
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Children that must all match (`and`) or of which any may match (`or`). */
export interface BooleanNode {
  readonly type: 'and' | 'or'
  readonly children: readonly QueryNode[]
  readonly start: number
  readonly end: number
}

/** Any node of the query tree; switch on `type`. */
export type QueryNode = TermNode | PhraseNode | BooleanNode

/**
 * Fails to compile when a `switch` over `QueryNode['type']` misses a case.
 *
 * @param node - the node no case handled
 * @throws always; it can only run on a malformed hand-built tree
 */
export function assertNever(node: never): never {
  throw new TypeError(`Unknown query node: ${JSON.stringify(node)}`)
}
