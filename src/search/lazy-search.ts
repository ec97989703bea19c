/**
 * One attempt of a search over data that is loaded as searches need it (the static index, the
 * PostgreSQL index): the in-process planner and search run over stand-ins that note what they
 * read and do not have, and the attempt gives up when anything was noted. Its caller loads what
 * was noted and tries again; the attempt that notes nothing is the loaded index's answer.
 *
 * @module
 */

import type { QueryNode } from '../query/ast.js'
import { checkQueryTree } from '../query/check.js'
import { parseQuery } from '../query/parser.js'
import type { Documents } from './documents.js'
import type { ResolvedSearchOptions } from './options.js'
import { planOf, runSearch, type PlanSettings, type QueryText } from './run-search.js'
import type { SearchResults } from './types.js'
import type { Metadata } from '../model.js'

/** The hits of a search over partly loaded data, and whether `total` is exact. */
export interface LazySearchResults<M extends object = Metadata> extends SearchResults<M> {
  /** False when `total` counts candidates whose sentences were not loaded to check them: an upper bound. */
  readonly totalExact: boolean
}

/**
 * The query as `runSearch` takes it: a checked tree, or the text with its parser.
 *
 * @param query - a query string or tree
 * @param settings - the checked search options
 */
export function askedOf(query: string | QueryNode, settings: PlanSettings): QueryNode | QueryText {
  if (typeof query !== 'string') return checkQueryTree(query)
  return { query, parse: () => parseQuery(query, { defaultOperator: settings.defaultOperator, strict: settings.strict, asYouType: settings.asYouType }) }
}

/** What an attempt reads besides the documents: the set the stand-ins note into, and a switch for planning. */
export interface AttemptState {
  /** What the stand-ins noted as needed and not loaded; the attempt clears it only when it gives up on an exact total. */
  readonly missing: Set<string>
  /** Told true while the query is planned, false after. */
  planning(on: boolean): void
}

/**
 * Plans and runs a search once.
 *
 * @param documents - the documents, over the stand-ins
 * @param asked - the query, from {@link askedOf}
 * @param settings - the checked options
 * @param state - what the stand-ins note, and the planning switch
 * @param exactTotal - true when `total` must be exact, whatever it loads
 * @returns the results, or undefined when something was missing
 */
export function attemptSearch<M extends object>(
  documents: Documents,
  asked: QueryNode | QueryText,
  settings: ResolvedSearchOptions<M>,
  state: AttemptState,
  exactTotal: boolean,
): LazySearchResults<M> | undefined {
  state.planning(true)
  try {
    planOf(documents, asked, settings)
  } finally {
    state.planning(false)
  }
  if (state.missing.size > 0) return undefined
  const results = runSearch<M>(documents, asked, settings)
  if (state.missing.size > 0) return undefined
  // The total, read now: a sentence it would have to check and that is not loaded counts as a hit.
  const total = results.total
  const totalExact = state.missing.size === 0
  if (!totalExact && !exactTotal) state.missing.clear()
  return Object.defineProperties([...results], {
    total: { value: total, enumerable: false },
    totalExact: { value: totalExact, enumerable: false },
  }) as LazySearchResults<M>
}
