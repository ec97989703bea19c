/**
 * Sentence segmentation quality against the UD Dutch gold boundaries.
 *
 * Reads ../shared/data/ud-dutch/docs.jsonl (CC BY-SA 4.0; not shipped). A boundary is the
 * end offset of a sentence that is not the last of its paragraph; precision, recall and F1
 * are over those internal boundaries.
 *
 * The treebank writes quotes as `,,` (opening) and `''` (closing), usually as separate tokens
 * (`zei hij. '' Daarna`, `: ,, Ik`). zoek is also scored on the text with them normalised
 * (normaliseQuotes): every `,,` becomes `„` and every `''` becomes `”`; a space after `„` and
 * a space before `”` are removed, so the quote sits against its word as in running text. The
 * segments' offsets are mapped back to the original text, where the gold boundaries are.
 *
 * Run: npm run bench:segmentation
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { segment } from '../src/segment/sentences.js'

const docsPath = fileURLToPath(new URL('../../shared/data/ud-dutch/docs.jsonl', import.meta.url))

interface UdParagraph {
  readonly id: string
  readonly text: string
  readonly sentences: readonly string[]
}

/** Internal boundaries of the gold sentences: `text` is `sentences.join(' ')`. */
function goldBoundaries(paragraph: UdParagraph): Set<number> {
  const ends = new Set<number>()
  let offset = 0
  paragraph.sentences.forEach((sentence, i) => {
    offset += sentence.length
    if (i < paragraph.sentences.length - 1) ends.add(offset)
    offset += 1
  })
  return ends
}

export interface SegmentationScore {
  readonly paragraphs: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
  /** Gold boundaries missed, and those of them after no sentence-final punctuation (a heading, a list item). */
  readonly missed: number
  readonly missedUnpunctuated: number
  readonly errors: readonly string[]
}

/** Text that ends a sentence with punctuation: a terminal mark, perhaps followed by closing quotes or brackets. */
const PUNCTUATED_END = /[.!?…:;]["'’”»)\]]*$/u

/** Scores `split` (a function from text to sentence end offsets) on every UD paragraph. */
export function scoreSegmentation(paragraphs: readonly UdParagraph[], split: (text: string) => number[]): SegmentationScore {
  let truePositives = 0
  let predicted = 0
  let gold = 0
  let missed = 0
  let missedUnpunctuated = 0
  const errors: string[] = []
  for (const paragraph of paragraphs) {
    const expected = goldBoundaries(paragraph)
    const ends = split(paragraph.text)
    const found = new Set(ends.slice(0, -1))
    gold += expected.size
    predicted += found.size
    let hits = 0
    for (const end of found) if (expected.has(end)) hits++
    truePositives += hits
    if (hits !== expected.size || hits !== found.size) {
      for (const end of found)
        if (!expected.has(end)) errors.push(`extra  | ${paragraph.text.slice(Math.max(0, end - 40), end)} ‖ ${paragraph.text.slice(end, end + 30)}`)
      for (const end of expected) {
        if (found.has(end)) continue
        missed++
        if (!PUNCTUATED_END.test(paragraph.text.slice(Math.max(0, end - 8), end))) missedUnpunctuated++
        errors.push(`missed | ${paragraph.text.slice(Math.max(0, end - 40), end)} ‖ ${paragraph.text.slice(end, end + 30)}`)
      }
    }
  }
  const precision = truePositives / predicted
  const recall = truePositives / gold
  return { paragraphs: paragraphs.length, precision, recall, f1: (2 * precision * recall) / (precision + recall), missed, missedUnpunctuated, errors }
}

/** The treebank's quotes as typographic ones, with each normalised offset's original offset. */
export function normaliseQuotes(text: string): { text: string; original: number[] } {
  let out = ''
  const original: number[] = []
  const emit = (char: string, at: number) => {
    out += char
    original.push(at)
  }
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(',,', i)) {
      emit('„', i)
      i++
      if (text[i + 1] === ' ') i++
    } else if (text.startsWith("''", i)) {
      if (out.endsWith(' ')) {
        out = out.slice(0, -1)
        original.pop()
      }
      emit('”', i + 1)
      i++
    } else {
      emit(text[i], i)
    }
  }
  return { text: out, original }
}

/** Sentence ends of zoek's segmentation of the normalised text, as offsets into the original. */
function endsWithNormalisedQuotes(text: string): number[] {
  const normalised = normaliseQuotes(text)
  return segment(normalised.text).map((s) => normalised.original[s.end - 1] + 1)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(docsPath)) {
    console.log(`../shared/data/ud-dutch/docs.jsonl is missing (looked at ${docsPath}); nothing to measure.`)
    process.exit(0)
  }
  const paragraphs = readFileSync(docsPath, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as UdParagraph)
  const zoek = scoreSegmentation(paragraphs, (text) => segment(text).map((s) => s.end))
  const zoekQuotes = scoreSegmentation(paragraphs, endsWithNormalisedQuotes)
  const intl = new Intl.Segmenter('nl', { granularity: 'sentence' })
  const baseline = scoreSegmentation(paragraphs, (text) => [...intl.segment(text)].map((s) => s.index + s.segment.trimEnd().length))
  const fmt = (n: number) => n.toFixed(4)
  console.log(`UD Dutch, ${zoek.paragraphs} paragraphs, internal boundaries`)
  console.log(`| segmenter | precision | recall | F1 |\n|---|---|---|---|`)
  console.log(`| zoek segment() | ${fmt(zoek.precision)} | ${fmt(zoek.recall)} | ${fmt(zoek.f1)} |`)
  console.log(`| zoek segment(), treebank quotes normalised | ${fmt(zoekQuotes.precision)} | ${fmt(zoekQuotes.recall)} | ${fmt(zoekQuotes.f1)} |`)
  console.log(`| Intl.Segmenter('nl') | ${fmt(baseline.precision)} | ${fmt(baseline.recall)} | ${fmt(baseline.f1)} |`)
  console.log(
    `\nzoek segment() misses ${zoek.missed} gold boundaries; ${zoek.missedUnpunctuated} of them follow no sentence-final punctuation (headings, list items and table cells that the treebank's text joins with a space). --errors lists every miss.`,
  )
  if (process.argv.includes('--errors')) for (const e of zoek.errors) console.log(e)
}
