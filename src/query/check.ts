/**
 * Validation of query trees built by hand: `search()` takes a tree as plain data, so it checks
 * it before compiling it.
 *
 * @module
 */

import { isCount } from '../check.js'
import { InvalidOptionError } from '../errors.js'
import { filterFields, MAX_FUZZY_DISTANCE, type QueryNode } from './ast.js'

/** The deepest nesting a query tree may have. */
const MAX_DEPTH = 100

/**
 * Checks that a value is a well-formed query tree.
 *
 * @param node - a query tree, as data
 * @param depth - how deep `node` lies in the tree (0 for the root)
 * @returns the same value, typed
 * @throws {@link InvalidOptionError} naming the first malformed node
 */
export function checkQueryTree(node: unknown, depth = 0): QueryNode {
  const bad = (why: string): never => {
    throw new InvalidOptionError('query', `${why}: ${JSON.stringify(node)?.slice(0, 80)}`)
  }
  if (depth > MAX_DEPTH) return bad('the query tree is nested too deeply')
  if (typeof node !== 'object' || node === null) return bad('expected a query string or a query node')
  const n = node as Record<string, unknown>
  switch (n.type) {
    case 'term':
    case 'phrase':
    case 'prefix':
    case 'fuzzy':
      if (typeof n.text !== 'string') bad(`a ${n.type} node needs a string text`)
      if (n.type === 'phrase' && n.slop !== undefined && !isCount(n.slop)) bad('a phrase node needs a whole slop ≥ 0')
      if (n.type === 'fuzzy' && n.distance !== 'auto' && !isCount(n.distance, MAX_FUZZY_DISTANCE))
        bad(`a fuzzy node needs a distance of 0 to ${MAX_FUZZY_DISTANCE} or 'auto'`)
      break
    case 'field':
      if (!(filterFields as readonly unknown[]).includes(n.field) || typeof n.value !== 'string')
        bad(`a field node needs a field (${filterFields.join(', ')}) and a string value`)
      break
    case 'required':
    case 'not':
      checkQueryTree(n.child, depth + 1)
      break
    case 'and':
    case 'or':
      if (!Array.isArray(n.children)) return bad(`an ${n.type} node needs children`)
      for (const child of n.children) checkQueryTree(child, depth + 1)
      break
    default:
      bad('unknown query node type')
  }
  return node as QueryNode
}
