/**
 * Dutch tokenization: finds the words and numbers of a text with their offsets.
 *
 * - A word is a run of letters, marks and digits. An apostrophe between two of them stays
 *   inside it (`camera’s`, `zo’n`, `auto'tje`), and so does a hyphen (`N-VA`).
 * - The clitics `’s`, `’t` and `’n` are words of their own (`’s avonds`).
 * - A hyphenated word is one token and, at the same position, one `part` token per part:
 *   `out-of-the-box` gives `out-of-the-box`, `out`, `of`, `the`, `box`.
 * - A number keeps its inner decimal comma or thousands point (`12,5`, `1.000`).
 *
 * Offsets are UTF-16 indexes into the input, so `text.slice(start, end) === surface`.
 *
 * @module
 */

/**
 * What a token stands for: a `word`, a `number`, a `part` of a hyphenated word, or (added by
 * the analyzer, not the tokenizer) a `compound-part` of a compound word.
 */
export type TokenKind = 'word' | 'number' | 'part' | 'compound-part'

/** A token before normalisation: its surface form and where it stands. */
export interface RawToken {
  /** The text exactly as it stands in the source: `text.slice(start, end)`. */
  readonly surface: string
  /** UTF-16 offset of the first character in the source. */
  readonly start: number
  /** UTF-16 offset just past the last character. */
  readonly end: number
  /** Ordinal of the word in the text; parts share the position of their whole word. */
  readonly position: number
  /** `word`, `number`, `part` of a hyphenated word, or `compound-part`; parts follow their word. */
  readonly kind: TokenKind
}

const CORE = '[\\p{L}\\p{M}\\p{N}]'
const APOSTROPHE = "['’‘´`ʼ]"
const HYPHEN = '[-‐‑]'
const CLITIC = `${APOSTROPHE}[stnSTN](?!${CORE})`
const WORD = `${CORE}+(?:(?:${APOSTROPHE}|${HYPHEN})${CORE}+|(?<=\\p{N})[.,]\\p{N}+)*`
/** The tokenizer's pattern source; part of the analyzer fingerprint. */
export const TOKEN_PATTERN = `(?<!${CORE})${CLITIC}|${WORD}`
const TOKEN = new RegExp(TOKEN_PATTERN, 'gu')
const HYPHEN_SPLIT = new RegExp(`${HYPHEN}`, 'u')
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u

/**
 * True when a token's surface is a number (`2001`, `12,5`, `1.000`): numbers are not stemmed.
 *
 * @param surface - a token's surface
 */
export const isNumber = (surface: string): boolean => !startsWithAsciiLetter(surface) && NUMBER.test(surface)

/** Most tokens begin with an ASCII letter, and so are no number: this spares them the regex. */
function startsWithAsciiLetter(surface: string): boolean {
  const code = surface.charCodeAt(0) | 0x20
  return code >= 0x61 && code <= 0x7a
}

/** Receives each token as the scanner finds it: whole words first, then their parts. */
export type TokenSink = (surface: string, start: number, position: number, kind: TokenKind) => void

/**
 * Scans a text for tokens and hands each to `sink`, in order of start offset; parts of a
 * hyphenated word follow the word at its position. {@link tokenize} and the analyzer share it.
 *
 * @param text - any string
 * @param sink - called once per token
 */
export function scanTokens(text: string, sink: TokenSink): void {
  let position = 0
  // exec with lastIndex rather than matchAll: a quarter faster on the haystack. The sink may
  // scan another text, so lastIndex is read before it runs and set again after.
  let next = 0
  for (;;) {
    TOKEN.lastIndex = next
    const match = TOKEN.exec(text)
    if (match === null) break
    next = TOKEN.lastIndex
    const surface = match[0]
    const start = match.index
    const kind = isNumber(surface) ? 'number' : 'word'
    sink(surface, start, position, kind)
    if (kind === 'word' && HYPHEN_SPLIT.test(surface)) {
      let offset = start
      for (const part of surface.split(HYPHEN_SPLIT)) {
        if (part.length > 0) sink(part, offset, position, 'part')
        offset += part.length + 1
      }
    }
    position++
  }
}

/**
 * Splits a text into raw tokens with offsets and positions.
 *
 * @param text - any string
 * @returns the tokens in order of their start offsets
 * @example
 * ```ts
 * tokenize('De N-VA won.').map((t) => t.surface) // => ['De', 'N-VA', 'N', 'VA', 'won']
 * ```
 */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = []
  scanTokens(text, (surface, start, position, kind) => tokens.push({ surface, start, end: start + surface.length, position, kind }))
  return tokens
}
