/**
 * What the analyzer needs to know about compounds without the lexicon: the shape of a split,
 * and an index's own table of the splits it made. A serialised index carries that table, so a
 * query-only index re-analyses its sentences (for phrases and highlights) exactly as they were
 * indexed, without loading the lexicon.
 *
 * @module
 */

import type { Span } from '../model.js'

/** A part of a compound: UTF-16 offsets into the word, linking morphemes left out. */
export type CompoundPart = Span

/**
 * Splits one normalised word (lowercase, no diacritics) into its compound parts.
 * Returns undefined for a word that is not a compound.
 */
export type CompoundSplitter = (word: string) => readonly CompoundPart[] | undefined

/** How many unsplit words the table remembers. */
const MAX_WHOLE_WORDS = 200_000

/**
 * The splits of an index's words. Every word keeps one split for the index's lifetime, so a
 * sentence analyses the same when it is removed as when it was added:
 *
 * - a word the table has recorded keeps that split;
 * - a word the index already had when it was loaded, and that the table does not record, is
 *   not a compound (the index was written with that decision);
 * - any other word goes to the lexicon, and its split is recorded; without a lexicon (the
 *   query-only path) it is not split.
 */
export class CompoundTable {
  #parts = new Map<string, readonly CompoundPart[]>()
  /** Words the lexicon did not split, so that re-analysing a sentence costs a lookup. */
  readonly #whole = new Set<string>()
  readonly #lexicon: CompoundSplitter | undefined
  #loaded: { has(word: string): boolean } | undefined

  /**
   * @param lexicon - the lexicon splitter, or undefined on the query-only path
   */
  constructor(lexicon: CompoundSplitter | undefined) {
    this.#lexicon = lexicon
  }

  /** Splits a normalised word as this index does. */
  readonly split: CompoundSplitter = (word) => {
    const recorded = this.#parts.get(word)
    if (recorded !== undefined || this.#lexicon === undefined || this.#whole.has(word) || this.#loaded?.has(word) === true) return recorded
    const parts = this.#lexicon(word)
    if (parts !== undefined) this.#parts.set(word, parts)
    else {
      // The lexicon's answer never changes, so forgetting it is safe; the bound keeps memory flat.
      if (this.#whole.size >= MAX_WHOLE_WORDS) this.#whole.clear()
      this.#whole.add(word)
    }
    return parts
  }

  /** The recorded split of a word. */
  get(word: string): readonly CompoundPart[] | undefined {
    return this.#parts.get(word)
  }

  /**
   * Takes over the splits of a loaded index.
   *
   * @param splits - the splits of the loaded words that are compounds; the table keeps this map
   * @param words - every normalised word of the loaded vocabulary, as a set or anything that answers `has`
   */
  load(splits: Map<string, readonly CompoundPart[]>, words: { has(word: string): boolean }): void {
    this.#parts = splits
    // Only a lexicon could decide these words differently; without one there is nothing to guard.
    this.#loaded = this.#lexicon === undefined ? undefined : words
  }
}

/**
 * Writes parts as `start-end` pairs joined by commas: `0-4,6-13`.
 *
 * @param parts - the parts of one word
 */
export const encodeParts = (parts: readonly CompoundPart[]): string => parts.map(({ start, end }) => `${start}-${end}`).join(',')

/**
 * Reads parts written by {@link encodeParts}, or returns undefined when they are malformed or
 * do not lie in order inside a word of this length.
 *
 * @param text - the encoded parts
 * @param length - the length of the word
 */
export function decodeParts(text: string, length: number): CompoundPart[] | undefined {
  const parts: CompoundPart[] = []
  return scanParts(text, length, (start, end) => parts.push({ start, end })) ? parts : undefined
}

/**
 * True when `text` is a split of a word of this length as {@link encodeParts} writes it (at
 * least two parts, in order of their starts, inside the word). Nothing is allocated: loading checks every
 * compound of an index with it.
 *
 * @param text - the encoded parts
 * @param length - the length of the word
 * @param visit - receives each part's offsets, when given
 */
export function scanParts(text: string, length: number, visit?: (start: number, end: number) => void): boolean {
  let count = 0
  let previous = 0
  let i = 0
  while (i < text.length) {
    const dash = i + digitsAt(text, i)
    const start = numberBetween(text, i, dash)
    if (start < 0 || text.charCodeAt(dash) !== 45 /* - */) return false
    const next = dash + 1 + digitsAt(text, dash + 1)
    const end = numberBetween(text, dash + 1, next)
    if (end < 0 || (next < text.length && text.charCodeAt(next) !== 44) /* , */ || next === text.length - 1) return false
    // Parts come by start; a run of parts that is a word of its own (gemeenteraad in
    // gemeenteraadsverkiezingen) overlaps the parts it spans.
    if (start < previous || end <= start || end > length) return false
    visit?.(start, end)
    count++
    previous = start
    i = next + 1
  }
  return count >= 2
}

/** The number of decimal digits from `at` on. */
function digitsAt(text: string, at: number): number {
  let next = at
  while (next < text.length && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 57) next++
  return next - at
}

/** The decimal number written by the digits from `from` to `to`, or -1 when there are none (or more than nine). */
function numberBetween(text: string, from: number, to: number): number {
  if (to === from || to - from > 9) return -1
  let value = 0
  for (let k = from; k < to; k++) value = value * 10 + text.charCodeAt(k) - 48
  return value
}
