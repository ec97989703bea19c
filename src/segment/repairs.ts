/**
 * General repairs of retext-dutch's sentence boundaries. Each repair is a pure function
 * from the sentence ranges of one paragraph to new ranges; none mentions a particular text.
 *
 * @module
 */

import { dutchAbbreviations, dutchTitles, dutchWordAbbreviations } from './abbreviations.js'
import type { Span } from '../model.js'

/** A repair of the sentence ranges of one paragraph. */
export type Repair = (ranges: readonly Span[], text: string) => Span[]

const TERMINAL = /[.!?…]["'’”»)\]]*$/u
const CLOSING_QUOTES = /^(?:''|["’”»])+(?=\s|$)/u
const FIRST_LETTER = /\p{L}/u
const CLITIC_START = /^['’‘][stn]\s/iu

/** Merges the ranges `i` and `i + 1`, keeping the rest. */
function mergeAt(ranges: readonly Span[], i: number): Span[] {
  const merged = { start: ranges[i].start, end: ranges[i + 1].end }
  return [...ranges.slice(0, i), merged, ...ranges.slice(i + 2)]
}

/** Applies `shouldMerge` to each pair of neighbours, merging left to right. */
function mergeWhile(ranges: readonly Span[], text: string, shouldMerge: (left: string, right: string, gap: string) => boolean): Span[] {
  let out = [...ranges]
  for (let i = 0; i < out.length - 1; ) {
    const left = text.slice(out[i].start, out[i].end)
    const right = text.slice(out[i + 1].start, out[i + 1].end)
    const gap = text.slice(out[i].end, out[i + 1].start)
    if (shouldMerge(left, right, gap)) out = mergeAt(out, i)
    else i++
  }
  return out
}

/**
 * Sentence-final punctuation glued to a following hyphenated word does not end a sentence:
 * "een Yes we can!-verhaal" is one sentence.
 */
export const mergeHyphenContinuations: Repair = (ranges, text) =>
  mergeWhile(ranges, text, (left, right, gap) => gap === '' && TERMINAL.test(left) && /^[-‐‑]\p{L}/u.test(right))

/**
 * A sentence does not start with a lowercase letter. When one seems to, the full stop
 * before it belonged to an abbreviation ("bijv. de", "ca. tien"), so the two are one sentence.
 * The clitics `’s`, `’t` and `’n` may start a sentence.
 */
export const mergeLowercaseStarts: Repair = (ranges, text) =>
  mergeWhile(ranges, text, (left, right) => {
    if (!left.endsWith('.') || CLITIC_START.test(right)) return false
    const letter = FIRST_LETTER.exec(right)
    return letter !== null && /^[^\p{L}\p{N}]*$/u.test(right.slice(0, letter.index)) && letter[0] !== letter[0].toUpperCase()
  })

/**
 * Closing quotes at the start of a sentence belong to the sentence before it:
 * `Ik wist het . '' Hij zei` ends the first sentence after `''`.
 */
export const moveLeadingClosingQuotes: Repair = (ranges, text) => {
  const out = [...ranges]
  for (let i = 1; i < out.length; i++) {
    const right = text.slice(out[i].start, out[i].end)
    const quotes = CLOSING_QUOTES.exec(right)
    if (quotes === null) continue
    const quoteEnd = out[i].start + quotes[0].length
    out[i - 1] = { start: out[i - 1].start, end: quoteEnd }
    let nextStart = quoteEnd
    while (nextStart < out[i].end && /\s/.test(text[nextStart])) nextStart++
    out[i] = { start: nextStart, end: out[i].end }
  }
  return out.filter((range) => range.end > range.start)
}

/** A range with no letter or digit (a stray quote or dash) joins the sentence before it. */
export const mergePunctuationOnly: Repair = (ranges, text) => mergeWhile(ranges, text, (_left, right) => !/[\p{L}\p{N}]/u.test(right))

/** A terminal mark, then space, then an opening quote or bracket at most, then a capital or digit. */
const MISSED_BOUNDARY = /[.!?…]["'’”»)\]]*(\s+)(?=["'‘“„«([]?[\p{Lu}\p{N}])/gu
/** The word before a full stop: letters, digits and inner full stops (`o.a`, `d.w.z`). */
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.]*)\.$/u
/** Abbreviations are short: only the end of a text is searched for one, so the search stays linear. */
const wordBefore = (text: string): string | undefined => WORD_BEFORE.exec(text.slice(-24))?.[1]

/** A number next, perhaps after an opening quote or bracket. */
const NUMBER_NEXT = /^["'‘“„«([]?\p{N}/u

/**
 * Pronouns, conjunctions and adverbs that begin sentences. A name follows an initial (A. de
 * Boer, M.G. Schmidt, B. De Wever) and a capital may follow an abbreviation inside a sentence
 * (o.a. In Gent, ca. Twintig), but these do not: after `eigenschap B.`, `5 km.` or `Nicholas
 * Ltd.`, `Hij`, `Maar` and `Het` begin the next sentence. Titles (dhr., prof.) are joined to
 * the name after them whatever follows (`mergeAfterTitles`).
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'hij',
  'zij',
  'ze',
  'het',
  'dit',
  'dat',
  'deze',
  'er',
  'ik',
  'wij',
  'we',
  'jij',
  'je',
  'maar',
  'en',
  'ook',
  'toen',
  'dan',
  'daarna',
  'daar',
  'hier',
  'omdat',
  'want',
  'dus',
  'wat',
  'wie',
  'hoe',
  'waarom',
])
/** The first word of a text, lowercased. */
const firstWord = (text: string): string => /^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? ''

/** True for the lowercased word before a full stop when that full stop belongs to it, given the text after it. */
function isAbbreviation(word: string, next: string): boolean {
  if (dutchWordAbbreviations.has(word)) return NUMBER_NEXT.test(next)
  if (SENTENCE_STARTERS.has(firstWord(next))) return false
  // Initials: one letter (M.), or letters with inner full stops ending in one (M.G.).
  return dutchAbbreviations.has(word) || /^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word)
}

/**
 * Ends a sentence at a terminal mark followed by a capital or a digit that retext did not
 * split at, unless the mark is the full stop of an abbreviation (`dhr.`, `o.a.`, `blz.`) or of
 * an initial (`M.G.`). retext-dutch takes some Dutch words for abbreviations (`op.`, `vrij.`,
 * `zo.`) and numbers for ordinals (`4.`), which Dutch does not write with a full stop. An
 * abbreviation that is also a word (`zo.`, `vol.`) keeps the sentence going only before a number.
 */
export const splitMissedBoundaries: Repair = (ranges, text) =>
  ranges.flatMap((range) => {
    const pieces: Span[] = []
    let start = range.start
    const body = text.slice(range.start, range.end)
    for (const match of body.matchAll(MISSED_BOUNDARY)) {
      const end = range.start + match.index + match[0].length - match[1].length
      const before = text.slice(start, end)
      const word = wordBefore(before)?.toLowerCase()
      // A degree sign makes the letter a unit (°C.), not an initial.
      const unit = /°\p{L}\.$/u.test(before)
      if (
        before.endsWith('.') &&
        word !== undefined &&
        !unit &&
        isAbbreviation(word, body.slice(match.index + match[0].length, match.index + match[0].length + 24))
      )
        continue
      pieces.push({ start, end })
      start = end + match[1].length
    }
    pieces.push({ start, end: range.end })
    return pieces
  })

/** A title never ends a sentence: "mgr. Robert Vangheluwe" is one sentence. */
export const mergeAfterTitles: Repair = (ranges, text) =>
  mergeWhile(ranges, text, (left) => {
    const word = wordBefore(left)
    return word !== undefined && dutchTitles.has(word.toLowerCase())
  })

/**
 * An abbreviation before a number does not end a sentence: "in vol. 3", "op zo. 12 mei".
 * retext-dutch ends one there when the abbreviation is also a word.
 */
export const mergeAbbreviationsBeforeNumbers: Repair = (ranges, text) =>
  mergeWhile(ranges, text, (left, right) => {
    const word = wordBefore(left)?.toLowerCase()
    return word !== undefined && NUMBER_NEXT.test(right) && (dutchAbbreviations.has(word) || dutchWordAbbreviations.has(word))
  })

/** The repairs, in the order they run. */
export const repairs: readonly Repair[] = [
  mergeHyphenContinuations,
  moveLeadingClosingQuotes,
  mergePunctuationOnly,
  mergeLowercaseStarts,
  splitMissedBoundaries,
  mergeAfterTitles,
  mergeAbbreviationsBeforeNumbers,
]
