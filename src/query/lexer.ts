/**
 * The query lexer: turns a query string into lexemes with offsets. The parser only
 * consumes lexemes. The lexer never throws; it records what a strict parser must reject.
 *
 * @module
 */

/** A lexeme of the query syntax. */
export type Lexeme =
  | {
      readonly type: 'word'
      /** The word with escapes resolved, without a trailing `*` or `~N`. */
      readonly text: string
      /** True for `word*`. */
      readonly prefix: boolean
      /** For `word~` (`'auto'`) or `word~N` (N). */
      readonly fuzzy?: number | 'auto'
      readonly start: number
      readonly end: number
    }
  | {
      readonly type: 'phrase'
      /** The text between the quotes, escapes resolved. */
      readonly text: string
      /** False when the input ended before the closing quote. */
      readonly closed: boolean
      /** For `"…"~N`. */
      readonly slop?: number
      readonly start: number
      readonly end: number
    }
  | { readonly type: 'field'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly type: 'lparen' | 'rparen' | 'plus' | 'minus' | 'or'; readonly start: number; readonly end: number }

const QUOTES = new Set(['"', '“', '”', '„'])
const SPECIAL = new Set(['(', ')', ...QUOTES])
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/
const SUFFIX = /(?:\*|~(\d*))$/

const isSpace = (ch: string): boolean => /\s/u.test(ch)

/**
 * Splits a query into lexemes. Never throws: an unbalanced quote runs to the end of the
 * input and is marked `closed: false`.
 *
 * @param query - the query as typed
 * @returns the lexemes in order
 * @example
 * ```ts
 * lex('+armoede -"zieke kind"~2 kinder*').map((l) => l.type)
 * // => ['plus', 'word', 'minus', 'phrase', 'word']
 * ```
 */
export function lex(query: string): Lexeme[] {
  const lexemes: Lexeme[] = []
  let i = 0
  // Whether the previous character was whitespace or an opening bracket: only then do
  // + and - mean required and excluded.
  let atClauseStart = true
  while (i < query.length) {
    const ch = query[i]
    if (isSpace(ch)) {
      i++
      atClauseStart = true
      continue
    }
    if (ch === '(' || ch === ')') {
      lexemes.push({ type: ch === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 })
      i++
      atClauseStart = ch === '('
      continue
    }
    if ((ch === '+' || ch === '-') && atClauseStart) {
      lexemes.push({ type: ch === '+' ? 'plus' : 'minus', start: i, end: i + 1 })
      i++
      // A second + or - right after is an operator too (and a strict error), not part of a word.
      continue
    }
    if (QUOTES.has(ch)) {
      i = lexPhrase(query, i, lexemes)
    } else {
      i = lexWord(query, i, lexemes)
    }
    atClauseStart = false
  }
  return lexemes
}

function lexPhrase(query: string, start: number, lexemes: Lexeme[]): number {
  let text = ''
  let i = start + 1
  while (i < query.length && !QUOTES.has(query[i])) {
    if (query[i] === '\\' && i + 1 < query.length) i++
    text += query[i]
    i++
  }
  const closed = i < query.length
  if (closed) i++
  const slop = closed ? /^~(\d+)/.exec(query.slice(i)) : null
  if (slop !== null) i += slop[0].length
  lexemes.push({ type: 'phrase', text, closed, ...(slop !== null ? { slop: Number(slop[1]) } : {}), start, end: i })
  return i
}

function lexWord(query: string, start: number, lexemes: Lexeme[]): number {
  let raw = ''
  let escapedUpTo = -1
  let i = start
  while (i < query.length && !isSpace(query[i]) && !SPECIAL.has(query[i])) {
    if (query[i] === '\\' && i + 1 < query.length) {
      i++
      escapedUpTo = raw.length + 1
    } else if (query[i] === ':' && FIELD_NAME.test(raw) && escapedUpTo < 0 && raw.length > 0) {
      lexemes.push({ type: 'field', name: raw, start, end: i + 1 })
      return i + 1
    }
    raw += query[i]
    i++
  }
  if (raw === 'OR' && escapedUpTo < 0) {
    lexemes.push({ type: 'or', start, end: i })
    return i
  }
  // A trailing * or ~N is an operator unless it was escaped.
  const suffix = escapedUpTo === raw.length ? null : SUFFIX.exec(raw)
  const text = suffix === null ? raw : raw.slice(0, suffix.index)
  const fuzzy = suffix === null || suffix[0] === '*' ? undefined : suffix[1] === '' ? ('auto' as const) : Number(suffix[1])
  lexemes.push({ type: 'word', text, prefix: suffix?.[0] === '*', ...(fuzzy !== undefined ? { fuzzy } : {}), start, end: i })
  return i
}
