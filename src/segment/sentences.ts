/**
 * Sentence segmentation with unified + retext-dutch, repaired by general rules, with
 * offsets into the original text.
 *
 * @module
 */

import type { Paragraph, Root, Sentence } from 'nlcst'
import { retext } from 'retext'
import retextDutch from 'retext-dutch'
import { InvalidOptionError } from '../errors.js'
import { checkOptionNames, checkParagraphMode } from '../check.js'
import type { ParagraphMode, Span } from '../model.js'
import { pushTrimmed, splitParagraphs } from './paragraphs.js'
import { repairs } from './repairs.js'

/** One sentence of a text. */
export interface Segment {
  /** The sentence: `input.slice(start, end)`, without surrounding whitespace. */
  readonly text: string
  /** UTF-16 offset of the sentence in the input. */
  readonly start: number
  /** UTF-16 offset just past the sentence. */
  readonly end: number
  /** Ordinal of the paragraph (0-based) among the non-empty paragraphs. */
  readonly paragraph: number
  /** Ordinal of the sentence (0-based) in the whole input. */
  readonly index: number
}

/** Options of {@link segment}. */
export interface SegmentOptions {
  /**
   * `'blank-line'` (default): paragraphs are separated by blank lines, and single line
   * breaks inside a paragraph are wrapped text. `'line'`: every non-empty line is a paragraph.
   */
  readonly paragraphs?: ParagraphMode
}

const processor = retext().use(retextDutch).freeze()

/**
 * The longest segment zoek makes, in UTF-16 code units. Longer paragraphs are parsed in
 * windows of at most this size, cut preferably after sentence-final punctuation, and a
 * "sentence" that is still longer (text without punctuation) is split at whitespace. This
 * bounds the parser's memory, whatever the input.
 */
export const MAX_SEGMENT_LENGTH = 10_000

/**
 * Splits a Dutch text into sentences.
 *
 * @param text - the text
 * @param options - see {@link SegmentOptions}
 * @returns the sentences in order, each with `text === input.slice(start, end)`
 * @throws {@link InvalidOptionError} for a non-string text or an unknown option
 * @example
 * ```ts
 * segment('Wij hebben hier een Yes we can!-verhaal verteld. Dat werkt.').map((s) => s.text)
 * // => ['Wij hebben hier een Yes we can!-verhaal verteld.', 'Dat werkt.']
 * ```
 */
export function segment(text: string, options: SegmentOptions = {}): Segment[] {
  if (typeof text !== 'string') throw new InvalidOptionError('text', `expected a string, got ${text === null ? 'null' : typeof text}`)
  const mode = checkOptions(options)
  const segments: Segment[] = []
  splitParagraphs(text, mode).forEach((paragraph, paragraphIndex) => {
    for (const range of sentencesOfParagraph(text, paragraph)) {
      segments.push({ text: text.slice(range.start, range.end), start: range.start, end: range.end, paragraph: paragraphIndex, index: segments.length })
    }
  })
  return segments
}

function checkOptions(options: SegmentOptions): ParagraphMode {
  checkOptionNames(options, ['paragraphs'], 'segment')
  const mode = checkParagraphMode(options.paragraphs ?? 'blank-line')
  return mode
}

/** The repaired sentence ranges of one paragraph, in offsets of the whole text. */
function sentencesOfParagraph(text: string, paragraph: Span): Span[] {
  // Line breaks inside a paragraph are wrapped text; retext would start a paragraph at each.
  // Replacing them with spaces keeps every offset.
  const source = text.slice(paragraph.start, paragraph.end).replace(/[\r\n]/g, ' ')
  let ranges: Span[] = []
  for (const window of cutRanges(source, { start: 0, end: source.length }, /[.!?…]["'’”»)]*\s/gu)) {
    ranges.push(...parseSentences(source, window))
  }
  for (const repair of repairs) ranges = repair(ranges, source)
  ranges = ranges.flatMap((range) => cutRanges(source, range, /\s/gu))
  return ranges.map((range) => ({ start: range.start + paragraph.start, end: range.end + paragraph.start }))
}

/**
 * A terminal mark (or a quote or bracket after one) with more text after it: the only places
 * where retext can end a sentence inside a window, since line breaks are already spaces.
 */
const INNER_BOUNDARY = /[.?!…‽⁇⁈⁉][^\s]*\s+\S/u

/** The sentence ranges retext-dutch finds in `source.slice(window.start, window.end)`. */
function parseSentences(source: string, window: Span): Span[] {
  const text = source.slice(window.start, window.end)
  if (!INNER_BOUNDARY.test(text)) {
    // No terminal mark before the end: one sentence, and no need to parse.
    const ranges: Span[] = []
    pushTrimmed(ranges, source, window.start, window.end)
    return ranges
  }
  const tree = processor.parse(text) as Root
  const ranges: Span[] = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue
    for (const child of (node as Paragraph).children) {
      if (child.type !== 'SentenceNode') continue
      const { start, end } = (child as Sentence).position ?? {}
      if (start?.offset !== undefined && end?.offset !== undefined) pushTrimmed(ranges, source, window.start + start.offset, window.start + end.offset)
    }
  }
  if (ranges.length === 0) pushTrimmed(ranges, source, window.start, window.end)
  return ranges
}

/**
 * Cuts a range into pieces of at most {@link MAX_SEGMENT_LENGTH}, each ending at the last
 * match of `boundary` that fits, or at a hard cut when none does. Pieces are trimmed.
 */
function cutRanges(source: string, range: Span, boundary: RegExp): Span[] {
  const pieces: Span[] = []
  let start = range.start
  while (range.end - start > MAX_SEGMENT_LENGTH) {
    const limit = start + MAX_SEGMENT_LENGTH
    let cut = limit
    boundary.lastIndex = 0
    const window = source.slice(start, limit)
    for (const match of window.matchAll(boundary)) if (match.index > 0) cut = start + match.index + match[0].length
    pushTrimmed(pieces, source, start, cut)
    start = cut
  }
  pushTrimmed(pieces, source, start, range.end)
  return pieces
}
