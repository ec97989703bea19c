/**
 * Interview structure: which segments are questions, answers, headings, pull quotes and so
 * on, and who says them. Derived from the layout of a magazine interview in which every
 * line is a paragraph:
 *
 * 1. **answer**: a paragraph that opens with an opening quote (‘ or ' or “) once the body has
 *    begun. Its speaker is the interviewee.
 * 2. **pullquote**: a short line (at most {@link SHORT_LINE_WORDS} words) without sentence-final
 *    punctuation whose words occur, in order, inside another paragraph. It links to the body
 *    sentence it repeats (`duplicateOf`) and has that sentence's speaker.
 * 3. **heading**: any other short line without sentence-final punctuation.
 * 4. **question**: after the first answer, or directly before it, a paragraph that is none of
 *    the above. Its speaker is the interviewer.
 * 5. Before the first question: a line naming the publication is **publication**, a line
 *    naming the interviewer is **byline**, and the other paragraphs are **intro**.
 *
 * @module
 */

import type { Role } from '../search/types.js'
import { segment, type Segment } from './sentences.js'

/** Who and what the interview is. */
export interface InterviewOptions {
  /** The interviewer's name, the speaker of questions. */
  readonly interviewer: string
  /** The interviewee's name, the speaker of answers. */
  readonly interviewee: string
  /** The publication's name, used to find the publication line. */
  readonly publication?: string
}

/** A sentence of an interview, with its role and speaker. */
export interface InterviewSegment extends Segment {
  readonly role: Role
  /** The speaker: the interviewee for answers and pull quotes of answers, the interviewer for questions. */
  readonly speaker?: string
  /** For a pull quote: the `index` of the body sentence it repeats. */
  readonly duplicateOf?: number
}

/** A line with at most this many words can be a heading or a pull quote. */
export const SHORT_LINE_WORDS = 20

const OPENING_QUOTE = /^[‘'“"]/u
const FINAL_PUNCTUATION = /[.!?…:;]["'’”»)]*$/u

/** Lowercase words only, for comparing a pull quote with the body. */
const wordsOf = (text: string): string => (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')

interface ParagraphInfo {
  readonly text: string
  readonly segments: Segment[]
  role?: Role
  duplicateOf?: number
}

/**
 * Segments an interview into sentences (one paragraph per line) and gives each its role
 * and speaker by the layout rules of this module.
 *
 * @param text - the interview, one paragraph per line
 * @param options - the interviewer, interviewee and publication
 * @returns the sentences with `role`, `speaker` and, for pull quotes, `duplicateOf`
 * @example
 * ```ts
 * const text = 'Samen leven\nHoe begon het?\n‘Met een wijk. Dan een stad.’'
 * segmentInterview(text, { interviewer: 'Leo Mudde', interviewee: 'Bart Somers' }).map((s) => [s.role, s.speaker])
 * // => [['heading', undefined], ['question', 'Leo Mudde'], ['answer', 'Bart Somers'], ['answer', 'Bart Somers']]
 * ```
 */
export function segmentInterview(text: string, options: InterviewOptions): InterviewSegment[] {
  const segments = segment(text, { paragraphs: 'line' })
  const grouped: Segment[][] = []
  for (const s of segments) (grouped[s.paragraph] ??= []).push(s)
  const paragraphs: ParagraphInfo[] = grouped.map((group) => ({ text: text.slice(group[0].start, group[group.length - 1].end), segments: group }))
  classify(paragraphs, options)
  return paragraphs.flatMap((paragraph) =>
    paragraph.segments.map((s) => {
      const role = paragraph.role ?? 'intro'
      const speaker = speakerOf(role, paragraph, paragraphs, segments, options)
      return {
        ...s,
        role,
        ...(speaker !== undefined ? { speaker } : {}),
        ...(paragraph.duplicateOf !== undefined ? { duplicateOf: paragraph.duplicateOf } : {}),
      }
    }),
  )
}

function isShortUnpunctuated(paragraph: ParagraphInfo): boolean {
  return paragraph.segments.length === 1 && wordsOf(paragraph.text).split(' ').length <= SHORT_LINE_WORDS && !FINAL_PUNCTUATION.test(paragraph.text)
}

/** The index of the first body sentence whose words contain `words`, or undefined. */
function findRepeated(words: string, self: ParagraphInfo, paragraphs: readonly ParagraphInfo[]): number | undefined {
  if (words.length === 0) return undefined
  for (const other of paragraphs) {
    if (other === self || isShortUnpunctuated(other)) continue
    if (!` ${wordsOf(other.text)} `.includes(` ${words} `)) continue
    const sentence = other.segments.find((s) => ` ${wordsOf(s.text)} `.includes(` ${words} `))
    return (sentence ?? other.segments[0]).index
  }
  return undefined
}

function classify(paragraphs: ParagraphInfo[], options: InterviewOptions): void {
  for (const paragraph of paragraphs) {
    if (!isShortUnpunctuated(paragraph)) continue
    const duplicateOf = findRepeated(wordsOf(paragraph.text), paragraph, paragraphs)
    if (duplicateOf !== undefined) {
      paragraph.role = 'pullquote'
      paragraph.duplicateOf = duplicateOf
    } else {
      paragraph.role = 'heading'
    }
  }
  const isBody = (p: ParagraphInfo): boolean => p.role === undefined
  const firstAnswer = paragraphs.findIndex((p) => isBody(p) && OPENING_QUOTE.test(p.text))
  if (firstAnswer === -1) return
  let firstQuestion = firstAnswer
  for (let i = firstAnswer - 1; i >= 0; i--) {
    if (!isBody(paragraphs[i])) continue
    firstQuestion = i
    break
  }
  paragraphs.forEach((paragraph, i) => {
    if (!isBody(paragraph)) return
    if (i >= firstQuestion) paragraph.role = OPENING_QUOTE.test(paragraph.text) && i >= firstAnswer ? 'answer' : 'question'
    else paragraph.role = frontMatterRole(paragraph.text, options)
  })
  // A heading line in the front matter that names the publication or the interviewer is front matter too.
  paragraphs.slice(0, firstQuestion).forEach((paragraph) => {
    if (paragraph.role === 'heading') {
      const role = frontMatterRole(paragraph.text, options)
      if (role !== 'intro') paragraph.role = role
    }
  })
}

function frontMatterRole(text: string, options: InterviewOptions): Role {
  const words = wordsOf(text)
  if (options.publication !== undefined && words.includes(wordsOf(options.publication))) return 'publication'
  if (words.includes(wordsOf(options.interviewer))) return 'byline'
  return 'intro'
}

function speakerOf(role: Role, paragraph: ParagraphInfo, paragraphs: readonly ParagraphInfo[], segments: readonly Segment[], options: InterviewOptions): string | undefined {
  if (role === 'answer') return options.interviewee
  if (role === 'question') return options.interviewer
  if (role === 'pullquote' && paragraph.duplicateOf !== undefined) {
    const body = segments[paragraph.duplicateOf]
    const source = paragraphs[body.paragraph]
    if (source.role === 'answer') return options.interviewee
    if (source.role === 'question') return options.interviewer
  }
  return undefined
}
