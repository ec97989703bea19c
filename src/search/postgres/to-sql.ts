/**
 * A query's plan as SQL over a PostgreSQL index's tables: a `WHERE` condition that selects the
 * sentences the plan matches, for applications that filter, join or count in SQL. Words are
 * their analysed terms (and, when compound parts are indexed, the parts' terms) in a `tsquery`
 * over the sentences' `tsvector`, so the GIN index finds them; prefix and fuzzy words are the
 * terms the vocabulary expanded them to; an exact phrase is `<->`; `role:` and `speaker:` read
 * the columns, `document:` the document's id. The operators follow the plan's exact check
 * (`matches` in `plan.ts`): required and optional words, exclusions, and filters that restrict.
 *
 * A phrase with slop is its words ANDed (PostgreSQL's distances are exact, zoek's slop counts
 * moves): the condition then selects a superset, which zoek's search narrows.
 *
 * @module
 */

import { assertNever } from '../../check.js'
import { isRequiredFilter, roleIn, type Plan } from '../plan.js'
import { partTerm } from '../index-terms.js'
import { lexemeOf, quoteLexeme } from './ingest.js'
import type { Tables } from './sql.js'

/** A condition with its parameters, numbered from `$1`. */
export interface SqlCondition {
  readonly where: string
  readonly params: unknown[]
}

/** What the translation needs besides the plan. */
export interface SqlContext {
  /** Whether a term is also looked up as a compound part: the index marks parts and the weight `part` is not 0. */
  readonly marksParts: boolean
  /** The speakers of the index whose folded form is `value` (a speaker filter compares folded names). */
  readonly speakersFolded: (value: string) => string[]
}

/**
 * The condition of a plan over `s` (the sentences) and `d` (their documents).
 *
 * @param plan - a compiled query
 * @param context - how terms are stored, and the speakers of a folded name
 */
export function conditionOf(plan: Plan, context: SqlContext): SqlCondition {
  const params: unknown[] = []
  const param = (value: unknown): string => {
    params.push(value)
    return `$${params.length}`
  }
  const termQuery = (term: string, whole = false) => {
    const forms = context.marksParts && !whole ? [term, partTerm(term)] : [term]
    return `(${forms.map((form) => quoteLexeme(lexemeOf(form))).join(' | ')})`
  }
  const vector = (tsquery: string) => `s.terms @@ ${param(tsquery)}::tsquery`
  const build = (node: Plan): string => {
    switch (node.kind) {
      case 'terms':
        return node.terms.size === 0 ? 'false' : vector([...node.terms].map((term) => termQuery(term, node.whole === true)).join(' | '))
      case 'phrase':
        return node.terms.length === 0 ? 'false' : vector(node.terms.map((term) => termQuery(term)).join(node.slop === 0 ? ' <-> ' : ' & '))
      case 'field':
        switch (node.field) {
          case 'role':
            return `s.role = ${param(node.value)}`
          case 'speaker':
            return `s.speaker = ANY(${param(context.speakersFolded(node.value))}::text[])`
          case 'document': {
            const ids = [JSON.stringify(node.value)]
            const number = Number(node.value)
            if (node.value.trim() !== '' && Number.isFinite(number) && String(number) === node.value) ids.push(JSON.stringify(number))
            return `d.id = ANY(${param(ids)}::text[])`
          }
          default:
            return assertNever(node.field)
        }
      case 'required':
        return build(node.child)
      case 'not':
        return `NOT (${build(node.child)})`
      case 'and':
      case 'or': {
        const restrict: string[] = []
        const required: string[] = []
        const optional: string[] = []
        const into = { restricts: restrict, required, optional }
        for (const child of node.children) into[roleIn(node.kind, child)].push(build(child))
        if (required.length + optional.length === 0) return node.kind === 'or' && node.children.some(isRequiredFilter) ? all(restrict) : 'false'
        return all([...restrict, ...required, ...(required.length > 0 ? [] : [any(optional)])])
      }
      case 'empty':
        return 'false'
      default:
        return assertNever(node)
    }
  }
  return { where: plan.kind === 'not' ? 'false' : build(plan), params }
}

const all = (parts: readonly string[]) => (parts.length === 0 ? 'true' : parts.map((part) => `(${part})`).join(' AND '))
const any = (parts: readonly string[]) => (parts.length === 0 ? 'false' : parts.map((part) => `(${part})`).join(' OR '))

/**
 * A statement that selects the sentences of a condition on one server: the document's id (as
 * JSON), the sentence's index in its document, and its offsets (UTF-16, as zoek's).
 *
 * @param tables - the index's tables
 * @param condition - the condition
 */
export function selectMatching(tables: Tables, condition: SqlCondition): { text: string; params: unknown[] } {
  return {
    text: `SELECT d.id AS document, s.ord AS index, s.start_at AS start, s.end_at AS end
  FROM ${tables.sentences} AS s JOIN ${tables.documents} AS d ON d.seq = s.seq
  WHERE ${condition.where}
  ORDER BY s.seq, s.ord`,
    params: condition.params,
  }
}
