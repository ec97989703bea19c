/**
 * Paragraph splitting. A paragraph is a range of the original text with no surrounding
 * whitespace.
 *
 * @module
 */

import type { ParagraphMode, Span } from '../model.js'

const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n\s*/g
const LINE_BREAK = /\r?\n|\r/g

/**
 * Splits text into paragraphs: at blank lines (`'blank-line'`), or at every line break
 * (`'line'`). Empty paragraphs are dropped and every range is trimmed of whitespace.
 *
 * @param text - any string
 * @param mode - `'blank-line'` or `'line'`
 * @returns the paragraph ranges in order
 */
export function splitParagraphs(text: string, mode: ParagraphMode): Span[] {
  const separator = mode === 'line' ? LINE_BREAK : BLANK_LINE
  const ranges: Span[] = []
  let from = 0
  for (const match of text.matchAll(separator)) {
    pushTrimmed(ranges, text, from, match.index)
    from = match.index + match[0].length
  }
  pushTrimmed(ranges, text, from, text.length)
  return ranges
}

/** Adds `[start, end)` without its leading and trailing whitespace, if anything is left. */
export function pushTrimmed(ranges: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  if (end > start) ranges.push({ start, end })
}
