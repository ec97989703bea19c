/**
 * The query parser: consumes lexemes and returns a {@link QueryNode} tree.
 *
 * Grammar (whitespace separates clauses; `OR` binds the clauses beside it):
 *
 * ```text
 * query   = group
 * group   = chain { chain }
 * chain   = clause { "OR" clause }
 * clause  = [ "+" | "-" ] ( field | phrase | word | "(" group ")" )   (no space after + or -)
 * field   = ( "role" | "speaker" | "document" ) ":" ( word | phrase )
 * phrase  = '"' text '"' [ "~" digits ]
 * word    = text [ "*" | "~" [ digits ] ]
 * ```
 *
 * @module
 */

import { QuerySyntaxError } from '../errors.js'
import { filterFields, MAX_FUZZY_DISTANCE, type BooleanNode, type FilterField, type QueryNode } from './ast.js'
import { lex, type Lexeme } from './lexer.js'
import { roles, type Role } from '../model.js'

/**
 * The deepest nesting of brackets a query string may have. Deeper brackets are a
 * {@link QuerySyntaxError} in strict mode; in lenient mode they are ignored (their contents
 * belong to the group around them), so no input can exhaust the stack.
 */
export const MAX_QUERY_DEPTH = 32

/** How clauses combine when the query does not say. */
export type DefaultOperator = 'and' | 'or'

/** Options of {@link parseQuery}. */
export interface ParseOptions {
  /** How clauses separated by whitespace combine: `'or'` (default) or `'and'`. */
  readonly defaultOperator?: DefaultOperator
  /** Throw {@link QuerySyntaxError} for a malformed query instead of making the best of it. Default false. */
  readonly strict?: boolean
  /**
   * For search as you type: when the query ends in a plain word (not followed by a space),
   * that word matches as a word or as a prefix, so results never vanish mid-word. Default false.
   */
  readonly asYouType?: boolean
}

/**
 * Parses a query string into a tree.
 *
 * A field filter (`role:answer`) is required unless it is part of an `OR` chain
 * (`role:answer OR role:question`).
 *
 * Lenient by default: any input gives a tree (unbalanced quotes and brackets close at the
 * end, a lone `+` or `-` and a stray `)` are ignored, an unknown `field:` is plain text,
 * brackets deeper than {@link MAX_QUERY_DEPTH} are ignored, and `role:` with a value that is
 * no role is kept as a filter that no sentence passes). With `{ strict: true }` such input
 * throws {@link QuerySyntaxError} whose `start` and `end` point at the problem (for a quote or
 * bracket left open: the end of the query, where the closing one is missing).
 *
 * @param query - the query as typed
 * @param options - see {@link ParseOptions}
 * @returns the query tree; its root is an `and` or `or` node
 * @throws {@link QuerySyntaxError} in strict mode only
 * @example
 * ```ts
 * parseQuery('+armoede -"zieke kind"').children.map((node) => node.type)
 * // => ['required', 'not']
 * ```
 */
export function parseQuery(query: string, options: ParseOptions = {}): BooleanNode {
  const text = String(query)
  const strict = options.strict === true
  const parser = new Parser(text, withinDepth(lex(text), strict), strict)
  const root = parser.group(options.defaultOperator ?? 'or', undefined)
  const tree = { ...root, start: 0, end: text.length }
  return options.asYouType === true && !/\s$/u.test(text) ? withTypedPrefix(tree) : tree
}

/**
 * Drops the brackets nested deeper than {@link MAX_QUERY_DEPTH}, and the `)` that close them,
 * so that the recursive parser never goes deeper; in strict mode the first one throws.
 */
function withinDepth(lexemes: Lexeme[], strict: boolean): Lexeme[] {
  const open: boolean[] = []
  let depth = 0
  return lexemes.filter((lexeme) => {
    if (lexeme.type === 'lparen') {
      const kept = depth < MAX_QUERY_DEPTH
      if (!kept && strict) throw new QuerySyntaxError(`Expected brackets nested at most ${MAX_QUERY_DEPTH} deep, found a deeper "("`, lexeme.start, lexeme.end)
      open.push(kept)
      if (kept) depth++
      return kept
    }
    if (lexeme.type === 'rparen' && open.length > 0) {
      const kept = open.pop() as boolean
      if (kept) depth--
      return kept
    }
    return true
  })
}

/** Makes the last plain word of a query, when it ends the text, match as a word or a prefix. */
function withTypedPrefix(root: BooleanNode): BooleanNode {
  const last = root.children.at(-1)
  if (last === undefined || root.end !== last.end) return root
  const widen = (node: QueryNode): QueryNode | undefined => {
    if (node.type === 'term')
      return { type: 'or', children: [node, { type: 'prefix', text: node.text, start: node.start, end: node.end }], start: node.start, end: node.end }
    if (node.type === 'required') {
      const child = widen(node.child)
      return child === undefined ? undefined : { ...node, child }
    }
    return undefined
  }
  const widened = widen(last)
  return widened === undefined ? root : { ...root, children: [...root.children.slice(0, -1), widened] }
}

class Parser {
  #at = 0

  constructor(
    readonly query: string,
    readonly lexemes: readonly Lexeme[],
    readonly strict: boolean,
  ) {}

  #peek(): Lexeme | undefined {
    return this.lexemes[this.#at]
  }

  #fail(message: string, start: number, end: number): void {
    if (this.strict) throw new QuerySyntaxError(message, start, end)
  }

  #describe(lexeme: Lexeme | undefined): string {
    return lexeme === undefined ? 'the end of the query' : `"${this.query.slice(lexeme.start, lexeme.end)}"`
  }

  /** Parses clauses until the end, or until `)` when `open` is the `(` that began the group. */
  group(operator: DefaultOperator, open: Lexeme | undefined): BooleanNode {
    const children: QueryNode[] = []
    const start = open?.end ?? 0
    for (;;) {
      const next = this.#peek()
      if (next === undefined) {
        if (open !== undefined) this.#fail(`Expected ")" to close the "(" at ${open.start}, found the end of the query`, this.query.length, this.query.length)
        break
      }
      if (next.type === 'rparen') {
        this.#at++
        if (open !== undefined) break
        this.#fail('Found ")" without a matching "("', next.start, next.end)
        continue
      }
      if (next.type === 'or') {
        this.#at++
        this.#fail(`Expected a word, phrase or group before OR, found ${children.length === 0 ? 'the start of the query' : 'another OR'}`, next.start, next.end)
        continue
      }
      const chain = this.#chain()
      if (chain !== undefined) children.push(chain)
    }
    const end = this.lexemes[this.#at - 1]?.end ?? start
    if (operator === 'and' && children.length > 1) return { type: 'and', children: children.map(unrequire), start, end }
    return { type: 'or', children, start, end }
  }

  /** Clauses joined by OR: one node, or undefined when there is nothing to search for. */
  #chain(): QueryNode | undefined {
    const clauses: QueryNode[] = []
    const first = this.#clause()
    if (first !== undefined) clauses.push(first)
    while (this.#peek()?.type === 'or') {
      const or = this.#peek() as Lexeme
      this.#at++
      const next = this.#peek()
      if (next === undefined || next.type === 'rparen' || next.type === 'or') {
        this.#fail(`Expected a word, phrase or group after OR, found ${this.#describe(next)}`, or.start, or.end)
        continue
      }
      const clause = this.#clause()
      if (clause !== undefined) clauses.push(clause)
    }
    if (clauses.length > 1) return orOf(clauses)
    const [clause] = clauses
    // A filter outside an OR chain filters: it is required, whatever the default operator.
    return clause?.type === 'field' ? { type: 'required', child: clause, start: clause.start, end: clause.end } : clause
  }

  /** One clause with its optional + or -; undefined when there is nothing to search for. */
  #clause(): QueryNode | undefined {
    const lexeme = this.#peek() as Lexeme
    if (lexeme.type === 'plus' || lexeme.type === 'minus') {
      this.#at++
      const next = this.#peek()
      if (next === undefined || next.start !== lexeme.end || next.type === 'plus' || next.type === 'minus' || next.type === 'rparen' || next.type === 'or') {
        this.#fail(`Expected a word, phrase or group after "${lexeme.type === 'plus' ? '+' : '-'}", found ${this.#describe(next)}`, lexeme.start, lexeme.end)
        return undefined
      }
      const child = this.#clause()
      if (child === undefined) return undefined
      return { type: lexeme.type === 'plus' ? 'required' : 'not', child, start: lexeme.start, end: child.end }
    }
    this.#at++
    switch (lexeme.type) {
      case 'lparen': {
        const group = this.group('or', lexeme)
        if (group.children.length === 0) {
          this.#fail('Expected a word, phrase or group inside "( )", found nothing', lexeme.start, group.end)
          return undefined
        }
        return group.children.length === 1 ? group.children[0] : { ...group, start: lexeme.start }
      }
      case 'phrase':
        if (!lexeme.closed)
          this.#fail(`Expected a closing quote for the phrase that starts at ${lexeme.start}, found the end of the query`, lexeme.end, lexeme.end)
        return { type: 'phrase', text: lexeme.text, slop: lexeme.slop ?? 0, start: lexeme.start, end: lexeme.end }
      case 'word':
        return this.#word(lexeme)
      case 'field':
        return this.#field(lexeme)
      default:
        // ) and OR are consumed by the callers before they get here, + and - above.
        return undefined
    }
  }

  #word(lexeme: Extract<Lexeme, { type: 'word' }>): QueryNode | undefined {
    const { text, start, end } = lexeme
    if (text === '') {
      this.#fail(`Expected a word before "${this.query.slice(start, end)}"`, start, end)
      return undefined
    }
    if (lexeme.prefix) return { type: 'prefix', text, start, end }
    if (lexeme.fuzzy !== undefined) {
      if (lexeme.fuzzy !== 'auto' && lexeme.fuzzy > MAX_FUZZY_DISTANCE)
        this.#fail(`Expected a fuzzy distance of 0 to ${MAX_FUZZY_DISTANCE}, found ${lexeme.fuzzy}`, start, end)
      const distance = lexeme.fuzzy === 'auto' ? 'auto' : Math.min(lexeme.fuzzy, MAX_FUZZY_DISTANCE)
      return { type: 'fuzzy', text, distance, start, end }
    }
    return { type: 'term', text, start, end }
  }

  #field(lexeme: Extract<Lexeme, { type: 'field' }>): QueryNode | undefined {
    const value = this.#peek()
    const known = (filterFields as readonly string[]).includes(lexeme.name)
    if (!known) {
      this.#fail(`Unknown field "${lexeme.name}": valid fields are ${filterFields.join(', ')}`, lexeme.start, lexeme.end)
      // Lenient: the name is a plain word; its value is parsed as the next clause.
      return { type: 'term', text: lexeme.name, start: lexeme.start, end: lexeme.end - 1 }
    }
    if (value === undefined || (value.type !== 'word' && value.type !== 'phrase') || value.start !== lexeme.end) {
      this.#fail(`Expected a value after "${lexeme.name}:", found ${this.#describe(value)}`, lexeme.start, lexeme.end)
      return undefined
    }
    this.#at++
    if (value.type === 'phrase' && !value.closed)
      this.#fail(`Expected a closing quote for the value that starts at ${value.start}, found the end of the query`, value.end, value.end)
    const raw = value.type === 'word' ? this.query.slice(value.start, value.end).replace(/\\(.)/g, '$1') : value.text
    if (lexeme.name === 'role' && !roles.includes(raw as Role)) this.#fail(`Unknown role "${raw}": roles are ${roles.join(', ')}`, value.start, value.end)
    return { type: 'field', field: lexeme.name as FilterField, value: raw, start: lexeme.start, end: value.end }
  }
}

function orOf(children: readonly QueryNode[]): BooleanNode {
  return { type: 'or', children, start: children[0].start, end: children[children.length - 1].end }
}

/** Inside an `and`, every child is required anyway. */
function unrequire(node: QueryNode): QueryNode {
  return node.type === 'required' ? node.child : node
}
