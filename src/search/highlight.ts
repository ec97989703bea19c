/**
 * Highlight spans and their rendering.
 *
 * @module
 */

import type { Span } from '../model.js'

/**
 * Sorts spans and merges the ones that overlap, so that each character is covered once.
 *
 * @param spans - spans in any order
 * @returns disjoint spans in order
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Span[] = []
  for (const span of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && span.start < last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    else merged.push(span)
  }
  return merged
}

/** Options of {@link highlight}. */
export interface HighlightOptions {
  /** Inserted before each highlighted span. Default `<mark>`. */
  readonly before?: string
  /** Inserted after each highlighted span. Default `</mark>`. */
  readonly after?: string
  /**
   * Escape `& < > " '` in the text as HTML. Default: true when the markers are HTML (the
   * default `<mark>`, or a `before` that begins with `<`), false for other markers such as
   * `[` and `]`, which mean plain text. Given explicitly, it wins either way.
   */
  readonly escapeHtml?: boolean
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch])

/**
 * Renders a hit's text with its highlights marked. The markers are inserted as given; the
 * text is HTML-escaped when the markers are HTML (by default) or when `escapeHtml` is true,
 * and left as it is for plain-text markers or `escapeHtml: false`.
 *
 * @param hit - anything with `text` and `highlights`, such as a search hit
 * @param options - see {@link HighlightOptions}
 * @returns the marked-up text
 * @example
 * ```ts
 * highlight({ text: 'Armoede & zorg', highlights: [{ start: 0, end: 7 }] })
 * // => '<mark>Armoede</mark> &amp; zorg'
 * highlight({ text: 'Armoede & zorg', highlights: [{ start: 0, end: 7 }] }, { before: '[', after: ']' })
 * // => '[Armoede] & zorg'
 * ```
 */
export function highlight(hit: { readonly text: string; readonly highlights: readonly Span[] }, options: HighlightOptions = {}): string {
  const before = options.before ?? '<mark>'
  const after = options.after ?? '</mark>'
  const escapeText = (options.escapeHtml ?? before.startsWith('<')) ? escapeHtml : (text: string) => text
  let out = ''
  let at = 0
  for (const span of mergeSpans(hit.highlights)) {
    out += escapeText(hit.text.slice(at, span.start)) + before + escapeText(hit.text.slice(span.start, span.end)) + after
    at = span.end
  }
  return out + escapeText(hit.text.slice(at))
}
