/**
 * Query plans. A query tree is compiled once per search into a plan whose words are already
 * analysed. From the plan come MiniSearch's candidate query and the exact check of one
 * sentence, which also yields the highlights.
 *
 * @module
 */

import MiniSearch, { type Query } from 'minisearch'
import type { Analyzer, Token } from '../analysis/analyzer.js'
import { foldDiacritics } from '../analysis/normalize.js'
import { assertNever, type FilterField, type QueryNode } from '../query/ast.js'
import type { Span } from './highlight.js'
import { findPhrase } from './phrase.js'
import type { DocumentId, Role } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A compiled query node. Words, prefixes and fuzzy words all become `terms`: the index terms
 * any of which may match. Terms that a prefix or fuzzy word reached through the vocabulary,
 * rather than typed, weigh {@link EXPANSION_WEIGHT}.
 */
export type Plan =
  | { readonly kind: 'terms'; readonly terms: ReadonlySet<string>; readonly stop: boolean; readonly typed?: ReadonlySet<string> }
  | { readonly kind: 'phrase'; readonly terms: readonly string[]; readonly slop: number }
  | { readonly kind: 'field'; readonly field: FilterField; readonly value: string }
  | { readonly kind: 'required' | 'not'; readonly child: Plan }
  | { readonly kind: 'and' | 'or'; readonly children: readonly Plan[] }
  | { readonly kind: 'empty' }

/** What the exact check needs to know about a sentence. */
export interface SentenceView {
  readonly tokens: readonly Token[]
  readonly documentId: DocumentId
  readonly role?: Role
  readonly speaker?: string
}

/** Ranking weight of a stop word in a query that has other words. */
export const STOP_WORD_BOOST = 0.1
/** Ranking weight of a term that a prefix or fuzzy word reached, rather than the word typed. */
export const EXPANSION_WEIGHT = 0.6

/** Elasticsearch's AUTO fuzziness: 0 edits up to 2 letters, 1 up to 5, else 2. */
export function autoDistance(word: string): number {
  return word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2
}

const foldName = (name: string): string => foldDiacritics(name.normalize('NFC').toLowerCase()).trim()

/**
 * Compiles a query tree, analysing every word once and expanding prefixes and fuzzy words
 * through the vocabulary.
 *
 * @param node - the query tree
 * @param analyzer - the index's analyzer
 * @param vocabulary - the index's vocabulary
 * @returns the plan
 */
export function compile(node: QueryNode, analyzer: Analyzer, vocabulary: Vocabulary): Plan {
  const expand = (typed: string, words: readonly { normalized: string }[]): Plan => ({
    kind: 'terms',
    terms: new Set(words.map((word) => analyzer.term(word.normalized))),
    stop: false,
    typed: new Set([analyzer.term(typed)]),
  })
  switch (node.type) {
    case 'term': {
      const tokens = analyzer.analyze(node.text)
      if (tokens.length === 0) return { kind: 'empty' }
      return { kind: 'terms', terms: new Set(tokens.map((t) => t.term)), stop: tokens.every((t) => t.stop) }
    }
    case 'phrase': {
      const terms = analyzer.analyze(node.text).filter((t) => t.kind !== 'part').map((t) => t.term)
      if (terms.length === 0) return { kind: 'empty' }
      const slop = node.slop ?? 0
      return terms.length === 1 && slop === 0 ? { kind: 'terms', terms: new Set(terms), stop: false } : { kind: 'phrase', terms, slop }
    }
    case 'prefix': {
      const prefix = analyzer.normalize(node.text)
      return prefix === '' ? { kind: 'empty' } : expand(prefix, vocabulary.withPrefix(prefix))
    }
    case 'fuzzy': {
      const word = analyzer.normalize(node.text)
      if (word === '') return { kind: 'empty' }
      return expand(word, vocabulary.near(word, node.distance === 'auto' ? autoDistance(word) : node.distance))
    }
    case 'field':
      return { kind: 'field', field: node.field, value: node.field === 'document' ? node.value : foldName(node.value) }
    case 'required':
    case 'not': {
      const child = compile(node.child, analyzer, vocabulary)
      return child.kind === 'empty' ? child : { kind: node.type, child }
    }
    case 'and':
    case 'or': {
      const children = node.children.map((child) => compile(child, analyzer, vocabulary)).filter((child) => child.kind !== 'empty')
      return children.length === 0 ? { kind: 'empty' } : { kind: node.type, children }
    }
    default:
      return assertNever(node)
  }
}

/** True when MiniSearch's candidates must be checked exactly: phrases, exclusions, requirements and filters. */
export function needsCheck(plan: Plan): boolean {
  switch (plan.kind) {
    case 'phrase':
    case 'field':
    case 'not':
    case 'required':
      return true
    case 'and':
    case 'or':
      return plan.children.some(needsCheck)
    default:
      return false
  }
}

/** True when the plan has a word or phrase to rank by (not only filters and exclusions). */
function hasContent(plan: Plan): boolean {
  switch (plan.kind) {
    case 'terms':
    case 'phrase':
      return true
    case 'required':
      return hasContent(plan.child)
    case 'and':
    case 'or':
      return plan.children.some(hasContent)
    default:
      return false
  }
}

/** True when the plan has a filter, so that an otherwise empty query matches all sentences first. */
function hasFilter(plan: Plan): boolean {
  if (plan.kind === 'field') return true
  if (plan.kind === 'required') return hasFilter(plan.child)
  if (plan.kind === 'and' || plan.kind === 'or') return plan.children.some(hasFilter)
  return false
}

/** The weight of a term in a terms node: stop words and expansions weigh less. */
function weightOf(node: Extract<Plan, { kind: 'terms' }>, term: string, contentWords: boolean): number {
  const base = contentWords && node.stop ? STOP_WORD_BOOST : 1
  return node.typed === undefined || node.typed.has(term) ? base : base * EXPANSION_WEIGHT
}

/**
 * The ranking weight of each term of a plan (the largest, when a term occurs in several
 * places), as MiniSearch applies it; for `explain`.
 *
 * @param plan - a compiled query
 */
export function termWeights(plan: Plan): Map<string, number> {
  const contentWords = hasStopFreeWord(plan)
  const weights = new Map<string, number>()
  const visit = (node: Plan): void => {
    if (node.kind === 'terms') for (const term of node.terms) weights.set(term, Math.max(weights.get(term) ?? 0, weightOf(node, term, contentWords)))
    else if (node.kind === 'phrase') for (const term of node.terms) weights.set(term, Math.max(weights.get(term) ?? 0, 1))
    else if (node.kind === 'required') visit(node.child)
    else if (node.kind === 'and' || node.kind === 'or') node.children.forEach(visit)
  }
  visit(plan)
  return weights
}

/** What a plan node asks of MiniSearch: a query, nothing (a filter or exclusion), or the impossible. */
type Candidates = Query | 'none' | 'impossible'

/**
 * The MiniSearch query that finds every candidate of the plan: its positive words, with
 * stop words and expansions down-weighted. Undefined when nothing can match.
 *
 * @param plan - a compiled query
 */
export function candidateQuery(plan: Plan): Query | undefined {
  const contentWords = hasStopFreeWord(plan)
  const build = (node: Plan): Candidates => {
    switch (node.kind) {
      case 'terms': {
        if (node.terms.size === 0) return 'impossible'
        return { combineWith: 'OR', queries: [...node.terms], boostTerm: (term: string) => weightOf(node, term, contentWords) }
      }
      case 'phrase':
        return { combineWith: 'AND', queries: [...new Set(node.terms)] }
      case 'required':
        return build(node.child)
      case 'and':
      case 'or': {
        const parts = node.children.map(build)
        if (node.kind === 'and' && parts.includes('impossible')) return 'impossible'
        const queries = parts.filter((part): part is Query => part !== 'none' && part !== 'impossible')
        if (queries.length === 0) return node.kind === 'or' && parts.includes('impossible') && !parts.includes('none') ? 'impossible' : 'none'
        return queries.length === 1 ? queries[0] : { combineWith: node.kind === 'and' ? 'AND' : 'OR', queries }
      }
      case 'field':
      case 'not':
      case 'empty':
        return 'none'
      default:
        return assertNever(node)
    }
  }
  const query = build(plan)
  if (query === 'impossible') return undefined
  if (query !== 'none') return query
  return hasFilter(plan) && !hasContent(plan) ? MiniSearch.wildcard : undefined
}

function hasStopFreeWord(plan: Plan): boolean {
  switch (plan.kind) {
    case 'terms':
      return !plan.stop
    case 'phrase':
      return true
    case 'required':
      return hasStopFreeWord(plan.child)
    case 'and':
    case 'or':
      return plan.children.some(hasStopFreeWord)
    default:
      return false
  }
}

/**
 * Checks a plan exactly against one sentence, and collects the spans of what matched
 * (not of what an exclusion matched).
 *
 * @param plan - a compiled query
 * @param sentence - the sentence's tokens and fields
 * @param spans - receives the spans to highlight
 * @returns true when the sentence matches
 */
export function matches(plan: Plan, sentence: SentenceView, spans: Span[]): boolean {
  switch (plan.kind) {
    case 'terms':
      return collect(sentence.tokens.filter((t) => plan.terms.has(t.term)), spans)
    case 'phrase': {
      const found = findPhrase(sentence.tokens, plan.terms, plan.slop)
      for (const occurrence of found) spans.push(...occurrence)
      return found.length > 0
    }
    case 'field':
      return fieldMatches(plan.field, plan.value, sentence)
    case 'required':
      return matches(plan.child, sentence, spans)
    case 'not':
      return !matches(plan.child, sentence, [])
    case 'and':
      return plan.children.map((child) => matches(child, sentence, spans)).every(Boolean)
    case 'or': {
      let ok = true
      let anyOptional = false
      let optionalCount = 0
      let required = 0
      for (const child of plan.children) {
        const hit = matches(child, sentence, spans)
        if (child.kind === 'required') {
          required++
          ok &&= hit
        } else if (child.kind === 'not') {
          ok &&= hit
        } else {
          optionalCount++
          anyOptional ||= hit
        }
      }
      return ok && (required > 0 || optionalCount === 0 || anyOptional)
    }
    case 'empty':
      return true
    default:
      return assertNever(plan)
  }
}

function collect(tokens: readonly Token[], spans: Span[]): boolean {
  for (const { start, end } of tokens) spans.push({ start, end })
  return tokens.length > 0
}

function fieldMatches(field: FilterField, value: string, sentence: SentenceView): boolean {
  switch (field) {
    case 'role':
      return sentence.role === value
    case 'speaker':
      return sentence.speaker !== undefined && foldName(sentence.speaker) === value
    case 'document':
      return String(sentence.documentId) === value
    default:
      return assertNever(field)
  }
}

/**
 * True when the Levenshtein distance between `a` and `b` is at most `max`, computed only
 * as far as needed.
 *
 * @param a - a word
 * @param b - another word
 * @param max - the largest distance allowed
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  if (max === 0) return a === b
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      rowMin = Math.min(rowMin, current[j])
    }
    if (rowMin > max) return false
    previous = current
  }
  return previous[b.length] <= max
}
