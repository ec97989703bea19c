/**
 * The query lexer: turns a query string into lexemes with offsets. The parser only
 * consumes lexemes.
 *
 * @module
 */

/** A lexeme of the query syntax. */
export interface Lexeme {
  /** `word`: a run of non-space characters; `phrase`: text between double quotes. */
  readonly type: 'word' | 'phrase'
  /** The word, or the phrase without its quotes. */
  readonly text: string
  readonly start: number
  readonly end: number
  /** For a phrase: false when the input ended before its closing quote. */
  readonly closed: boolean
}

const QUOTES = new Set(['"', '“', '”', '„'])

/**
 * Splits a query into words and quoted phrases. Never throws: an unbalanced quote runs
 * to the end of the input and is marked `closed: false`.
 *
 * @param query - the query as typed
 * @returns the lexemes in order
 * @example
 * ```ts
 * lex('armoede "zieke kind"').map((l) => l.text) // => ['armoede', 'zieke kind']
 * ```
 */
export function lex(query: string): Lexeme[] {
  const lexemes: Lexeme[] = []
  let i = 0
  while (i < query.length) {
    const ch = query[i]
    if (/\s/.test(ch)) {
      i++
    } else if (QUOTES.has(ch)) {
      let end = i + 1
      while (end < query.length && !QUOTES.has(query[end])) end++
      const closed = end < query.length
      lexemes.push({ type: 'phrase', text: query.slice(i + 1, end), start: i, end: closed ? end + 1 : end, closed })
      i = closed ? end + 1 : end
    } else {
      let end = i
      while (end < query.length && !/\s/.test(query[end]) && !QUOTES.has(query[end])) end++
      lexemes.push({ type: 'word', text: query.slice(i, end), start: i, end, closed: true })
      i = end
    }
  }
  return lexemes
}
