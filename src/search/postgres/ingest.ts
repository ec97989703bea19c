/**
 * Documents as the rows of a PostgreSQL index: each sentence analysed as the in-process index
 * analyses it, its terms as a `tsvector` (compound parts at their compound's position), its
 * number of distinct terms and the counts of the terms that occur more than once; the word
 * forms of the batch counted by sentence, and the compound splits of its words.
 *
 * @module
 */

import type { Analyzer, Token } from '../../analysis/analyzer.js'
import { encodeParts, type CompoundTable } from '../../analysis/compound-table.js'
import { hash32 } from '../../analysis/fingerprint.js'
import type { DocumentInput, SegmentInput } from '../../model.js'
import { indexTermsOf } from '../index-terms.js'
import { wordsOfSentence } from '../vocabulary.js'

/** PostgreSQL keeps positions 1 to 16383 and at most 256 of them per lexeme. */
const MAX_POSITION = 16383
const MAX_POSITIONS = 256
/** A lexeme must stay under 2 kB; a term longer than this (in UTF-16 units) is cut and marked with a hash. */
const MAX_LEXEME = 500

/**
 * The `tsvector` lexeme of a term: the term itself, or for a very long one its beginning and a
 * hash of the whole (PostgreSQL refuses lexemes of 2 kB and more).
 *
 * @param term - an engine term
 */
export function lexemeOf(term: string): string {
  return term.length <= MAX_LEXEME ? term : `${term.slice(0, MAX_LEXEME)}#${hash32(term).toString(36)}`
}

/**
 * A lexeme quoted for the text form of `tsvector` and `tsquery`.
 *
 * @param lexeme - the lexeme
 */
export const quoteLexeme = (lexeme: string): string => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`

/** A document with its sentences and its place in the index's order. */
export interface SegmentedRow {
  readonly seq: number
  readonly doc: DocumentInput
  readonly segments: readonly SegmentInput[]
}

/**
 * The rows of a batch of documents.
 *
 * @param batch - the documents, each with its sequence number and sentences
 * @param analyzer - the index's analyzer (with the compound lexicon)
 * @param compounds - the compound table the analyzer records its splits in
 * @returns the parameters of `insertBatch`
 */
export function batchParameters(batch: readonly SegmentedRow[], analyzer: Analyzer, compounds: CompoundTable | undefined): unknown[] {
  const documents = { seq: [] as number[], id: [] as string[], text: [] as string[], metadata: [] as (string | null)[], sentences: [] as number[] }
  const sentences = {
    seq: [] as number[],
    ord: [] as number[],
    start: [] as number[],
    end: [] as number[],
    paragraph: [] as number[],
    role: [] as (string | null)[],
    speaker: [] as (string | null)[],
    duplicateOf: [] as (number | null)[],
    length: [] as number[],
    freqs: [] as (string | null)[],
    terms: [] as string[],
  }
  const forms = new FormCounts()
  for (const { seq, doc, segments } of batch) {
    const { id, text, ...metadata } = doc
    documents.seq.push(seq)
    documents.id.push(JSON.stringify(id))
    documents.text.push(text)
    documents.metadata.push(Object.keys(metadata).length === 0 ? null : JSON.stringify(metadata))
    documents.sentences.push(segments.length)
    segments.forEach((segment, ord) => {
      const tokens = analyzer.analyze(text.slice(segment.start, segment.end))
      forms.add(wordsOfSentence(analyzer.normalize, tokens))
      const { length, freqs, vector } = termsOf(tokens, analyzer.marksParts)
      sentences.seq.push(seq)
      sentences.ord.push(ord)
      sentences.start.push(segment.start)
      sentences.end.push(segment.end)
      sentences.paragraph.push(segment.paragraph)
      sentences.role.push(segment.role ?? null)
      sentences.speaker.push(segment.speaker ?? null)
      sentences.duplicateOf.push(segment.duplicateOf ?? null)
      sentences.length.push(length)
      sentences.freqs.push(freqs)
      sentences.terms.push(vector)
    })
  }
  const splits = { word: [] as string[], parts: [] as string[] }
  for (const word of forms.words()) {
    const parts = compounds?.get(word)
    if (parts === undefined) continue
    splits.word.push(word)
    splits.parts.push(encodeParts(parts))
  }
  const counted = forms.columns()
  const terms = counted.word.map((word) => analyzer.term(word))
  return [...Object.values(documents), ...Object.values(sentences), counted.word, counted.surface, terms, counted.sentences, splits.word, splits.parts]
}

/**
 * What a sentence's terms are stored as: the number of distinct terms (the engine's field
 * length), the terms that occur more than once with their counts (JSON, or null), and the
 * `tsvector` text.
 *
 * @param tokens - the sentence's tokens
 * @param marksParts - whether compound parts have terms of their own (`Analyzer.marksParts`)
 */
export function termsOf(tokens: readonly Token[], marksParts: boolean): { length: number; freqs: string | null; vector: string } {
  const terms = indexTermsOf(tokens, marksParts)
  const counts = new Map<string, number>()
  const positions = new Map<string, number[]>()
  terms.forEach((term, i) => {
    counts.set(term, (counts.get(term) ?? 0) + 1)
    const lexeme = lexemeOf(term)
    let list = positions.get(lexeme)
    if (list === undefined) positions.set(lexeme, (list = []))
    const position = Math.min(tokens[i].position + 1, MAX_POSITION)
    if (list.length < MAX_POSITIONS && list[list.length - 1] !== position) list.push(position)
  })
  const repeated = [...counts].filter(([, count]) => count > 1)
  const vector = [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ')
  return { length: counts.size, freqs: repeated.length === 0 ? null : JSON.stringify(Object.fromEntries(repeated)), vector }
}

/**
 * The word forms of sentences, counted: normalised word and surface form → sentences.
 */
export class FormCounts {
  readonly #counts = new Map<string, Map<string, number>>()

  /**
   * Counts one sentence's words in.
   *
   * @param words - normalised word → surface form, from `wordsOfSentence`
   */
  add(words: ReadonlyMap<string, string>): void {
    for (const [word, surface] of words) {
      let forms = this.#counts.get(word)
      if (forms === undefined) this.#counts.set(word, (forms = new Map()))
      forms.set(surface, (forms.get(surface) ?? 0) + 1)
    }
  }

  /** The normalised words counted. */
  words(): IterableIterator<string> {
    return this.#counts.keys()
  }

  /**
   * The counts as the columns the statements take, in order of word and form: writers that
   * change the same rows at once then lock them in the same order and cannot deadlock.
   */
  columns(): { word: string[]; surface: string[]; sentences: number[] } {
    const columns = { word: [] as string[], surface: [] as string[], sentences: [] as number[] }
    const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    for (const word of [...this.#counts.keys()].sort(byCode))
      for (const [surface, count] of [...(this.#counts.get(word) as Map<string, number>)].sort(([a], [b]) => byCode(a, b))) {
        columns.word.push(word)
        columns.surface.push(surface)
        columns.sentences.push(count)
      }
    return columns
  }
}
