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
import { pushTrimmed, splitParagraphs, type ParagraphMode, type Range } from './paragraphs.js'
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
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'expected an object')
  for (const key of Object.keys(options)) {
    if (key !== 'paragraphs') throw new InvalidOptionError(key, 'unknown segment option; the only option is paragraphs')
  }
  const mode = options.paragraphs ?? 'blank-line'
  if (mode !== 'blank-line' && mode !== 'line') throw new InvalidOptionError('paragraphs', `expected 'blank-line' or 'line', got ${JSON.stringify(mode)}`)
  return mode
}

/** The repaired sentence ranges of one paragraph, in offsets of the whole text. */
function sentencesOfParagraph(text: string, paragraph: Range): Range[] {
  // Line breaks inside a paragraph are wrapped text; retext would start a paragraph at each.
  // Replacing them with spaces keeps every offset.
  const source = text.slice(paragraph.start, paragraph.end).replace(/[\r\n]/g, ' ')
  const tree = processor.parse(source) as Root
  let ranges: Range[] = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue
    for (const child of (node as Paragraph).children) {
      if (child.type !== 'SentenceNode') continue
      const { start, end } = (child as Sentence).position ?? {}
      if (start?.offset !== undefined && end?.offset !== undefined) pushTrimmed(ranges, source, start.offset, end.offset)
    }
  }
  if (ranges.length === 0) pushTrimmed(ranges, source, 0, source.length)
  for (const repair of repairs) ranges = repair(ranges, source)
  return ranges.map((range) => ({ start: range.start + paragraph.start, end: range.end + paragraph.start }))
}
