/**
 * The typed query tree. It is plain data: apps may build it without the string syntax and
 * pass it to `search()` directly. Every node carries `start`/`end` offsets into the query
 * string it was parsed from (use 0 for nodes built by hand).
 *
 * Matching:
 * - `and`: every child matches, and no `not` child does.
 * - `or`: every `required` child matches, no `not` child does, and when there is no
 *   `required` child, at least one other child does. More matching children rank higher.
 * - A required filter (`+role:answer`, and any filter outside an `OR` chain) restricts the
 *   hits of the other children; unlike a required word, it does not make them optional.
 * - A `not` only excludes; it never selects a sentence. A group whose only children are
 *   exclusions matches nothing (as in Lucene), and so does a query of only exclusions.
 *
 * @module
 */

/** One word, analysed (normalised and stemmed) like document text: `armoede`. */
export interface TermNode {
  readonly type: 'term'
  readonly text: string
  readonly start: number
  readonly end: number
}

/**
 * Words that stand in order after analysis: `"zieke kind"`. With `slop` > 0 they may be
 * moved that many positions in all (Elasticsearch's meaning: swapping two words costs 2).
 */
export interface PhraseNode {
  readonly type: 'phrase'
  readonly text: string
  /** Moves allowed; 0 (the default) for an exact phrase. */
  readonly slop?: number
  readonly start: number
  readonly end: number
}

/** Words that begin with `text`, normalised but not stemmed: `kinder*`. */
export interface PrefixNode {
  readonly type: 'prefix'
  readonly text: string
  readonly start: number
  readonly end: number
}

/** The largest fuzzy edit distance; larger ones are clamped (lenient) or rejected (strict, hand-built trees). */
export const MAX_FUZZY_DISTANCE = 2

/** Words within an edit distance of `text`, normalised but not stemmed: `burgemeestr~`. */
export interface FuzzyNode {
  readonly type: 'fuzzy'
  readonly text: string
  /** An edit distance of 0 to 2, or `'auto'`: 0 up to 2 letters, 1 up to 5, else 2. */
  readonly distance: number | 'auto'
  readonly start: number
  readonly end: number
}

/** The fields a query can filter on. */
export type FilterField = 'role' | 'speaker' | 'document'

/** The fields, in a fixed order. */
export const filterFields: readonly FilterField[] = Object.freeze(['role', 'speaker', 'document'])

/** Keeps sentences whose field equals `value`: `role:answer`, `speaker:"Bart Somers"`, `document:42`. */
export interface FieldNode {
  readonly type: 'field'
  readonly field: FilterField
  readonly value: string
  readonly start: number
  readonly end: number
}

/** A child that must match inside an `or`: `+armoede`. */
export interface RequiredNode {
  readonly type: 'required'
  readonly child: QueryNode
  readonly start: number
  readonly end: number
}

/** A child that must not match: `-armoede`, `-"zieke kind"`. */
export interface NotNode {
  readonly type: 'not'
  readonly child: QueryNode
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
export type QueryNode = TermNode | PhraseNode | PrefixNode | FuzzyNode | FieldNode | RequiredNode | NotNode | BooleanNode
