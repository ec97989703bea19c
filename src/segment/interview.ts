/**
 * Interview structure: which segments are questions, answers, headings, pull quotes and so
 * on, and who says them. Derived from the layout of a magazine interview in which every
 * line is a paragraph:
 *
 * 1. **answer**: a paragraph that opens with an opening quote (‘ or ' or “) once the body has
 *    begun. Its speaker is the interviewee.
 * 2. **pullquote**: a short line (at most {@link SHORT_LINE_WORDS} words) without sentence-final
 *    punctuation, of at least {@link PULL_QUOTE_MIN_WORDS} words, most of whose content words
 *    (after analysis, stop words left out; at least {@link PULL_QUOTE_MIN_SHARE} of them and two
 *    or more) occur together in one sentence of another paragraph: it repeats that sentence or
 *    paraphrases it. It links to that body sentence (`duplicateOf`) and has its speaker.
 * 3. **heading**: any other short line without sentence-final punctuation. A line of two or
 *    three words is a heading even when its words stand in the body: a pull quote quotes a
 *    clause, a heading names a topic.
 * 4. **question**: after the first answer, or directly before it, a paragraph that is none of
 *    the above. Its speaker is the interviewer.
 * 5. Before the first question: a line naming the publication is **publication**, a line
 *    naming the interviewer is **byline**, and the other paragraphs are **intro**. A sentence
 *    of the intro that opens inside a quotation, or with an opening quote mark, is the
 *    interviewee's words (the intro quotes whom it introduces): its speaker is the interviewee.
 *
 * @module
 */

import { composeAnalyzer, type Analyzer } from '../analysis/analyzer.js'
import type { Role } from '../model.js'
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
/** A pull quote has at least this many words; a shorter line is a heading. */
export const PULL_QUOTE_MIN_WORDS = 4
/** The share of a pull quote's content words that one body sentence must hold. */
export const PULL_QUOTE_MIN_SHARE = 0.75

const OPENING_QUOTE = /^[‘'“"]/u
const FINAL_PUNCTUATION = /[.!?…:;]["'’”»)]*$/u

/** Lowercase words only, for finding names in the front matter. */
const wordsOf = (text: string): string =>
  (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ')

/** Analyses words for comparing a pull quote with the body; compound parts are not needed. */
let contentAnalyzer: Analyzer | undefined

/** The distinct terms of the content words of `text` (no stop words, no compound parts). */
function contentTerms(text: string): Set<string> {
  contentAnalyzer ??= composeAnalyzer({ compounds: false }, undefined)
  return new Set(
    contentAnalyzer
      .analyze(text)
      .filter((t) => !t.stop && t.kind !== 'compound-part')
      .map((t) => t.term),
  )
}

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
  const speakers: (string | undefined)[] = []
  for (const paragraph of paragraphs) {
    const quoted = paragraph.role === 'intro' ? quotedSentences(paragraph.text, paragraph.segments[0].start, paragraph.segments) : undefined
    paragraph.segments.forEach((s, i) => {
      speakers[s.index] =
        paragraph.role === 'answer' || quoted?.[i] === true ? options.interviewee : paragraph.role === 'question' ? options.interviewer : undefined
    })
  }
  return paragraphs.flatMap((paragraph) =>
    paragraph.segments.map((s) => {
      const role = paragraph.role ?? 'intro'
      const speaker = paragraph.duplicateOf !== undefined ? speakers[paragraph.duplicateOf] : speakers[s.index]
      return {
        ...s,
        role,
        ...(speaker !== undefined ? { speaker } : {}),
        ...(paragraph.duplicateOf !== undefined ? { duplicateOf: paragraph.duplicateOf } : {}),
      }
    }),
  )
}

const OPENING_MARKS = new Set(['‘', '“', '„', '«', "'", '"'])
const CLOSING_MARKS = new Set(['’', '”', '»', "'", '"'])
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/**
 * For each sentence of a paragraph, whether it opens inside a quotation or with an opening
 * quote mark. A mark opens at the start of a word (after a space, a bracket or the start) and
 * closes at the end of one (after a letter or punctuation, before a non-letter); a ’ between
 * letters or before a letter is an apostrophe (’s, zo’n, camera’s).
 */
function quotedSentences(text: string, offset: number, sentences: readonly Segment[]): boolean[] {
  const opensQuoted: boolean[] = []
  let depth = 0
  let next = 0
  for (let i = offset; i <= offset + text.length && next < sentences.length; i++) {
    if (i === sentences[next].start) {
      opensQuoted.push(depth > 0 || OPENING_MARKS.has(text[i - offset]))
      next++
    }
    const ch = text[i - offset]
    const before = text[i - offset - 1]
    const after = text[i - offset + 1]
    if (CLOSING_MARKS.has(ch) && depth > 0 && before !== undefined && !/\s/u.test(before) && !isLetter(after)) depth--
    else if (OPENING_MARKS.has(ch) && (before === undefined || /[\s([]/u.test(before)) && isLetter(after)) depth++
  }
  return opensQuoted
}

function isShortUnpunctuated(paragraph: ParagraphInfo): boolean {
  return paragraph.segments.length === 1 && wordsOf(paragraph.text).split(' ').length <= SHORT_LINE_WORDS && !FINAL_PUNCTUATION.test(paragraph.text)
}

/**
 * The index of the body sentence that a short line repeats or paraphrases: the first sentence
 * of another paragraph that holds the most of the line's content terms, when that is at least
 * {@link PULL_QUOTE_MIN_SHARE} of them and two or more; otherwise undefined.
 */
function findQuoted(line: ParagraphInfo, paragraphs: readonly ParagraphInfo[]): number | undefined {
  if (wordsOf(line.text).split(' ').length < PULL_QUOTE_MIN_WORDS) return undefined
  const terms = contentTerms(line.text)
  const needed = Math.max(2, Math.ceil(terms.size * PULL_QUOTE_MIN_SHARE))
  let best: { index: number; shared: number } | undefined
  for (const other of paragraphs) {
    if (other === line || isShortUnpunctuated(other)) continue
    for (const sentence of other.segments) {
      const own = contentTerms(sentence.text)
      let shared = 0
      for (const term of terms) if (own.has(term)) shared++
      if (shared >= needed && shared > (best?.shared ?? 0)) best = { index: sentence.index, shared }
    }
  }
  return best?.index
}

function classify(paragraphs: ParagraphInfo[], options: InterviewOptions): void {
  for (const paragraph of paragraphs) {
    if (!isShortUnpunctuated(paragraph)) continue
    const duplicateOf = findQuoted(paragraph, paragraphs)
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
