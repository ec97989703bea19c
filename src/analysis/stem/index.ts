import { InvalidOptionError } from '../../errors.js'
import { stemKraaijPohlmann } from './kraaij-pohlmann.js'
import { stemPorter } from './porter.js'

/**
 * The Dutch stemming algorithms zoek implements:
 * - `'kraaij-pohlmann'`: Snowball 3.x `dutch`, the current default;
 * - `'porter'`: Snowball `dutch_porter`, Martin Porter's older algorithm.
 */
export type StemAlgorithm = 'kraaij-pohlmann' | 'porter'

const STEMMERS: Readonly<Record<StemAlgorithm, (word: string) => string>> = {
  'kraaij-pohlmann': stemKraaijPohlmann,
  porter: stemPorter,
}

/** The names of the stemming algorithms, in a fixed order. */
export const stemAlgorithms: readonly StemAlgorithm[] = Object.freeze(Object.keys(STEMMERS) as StemAlgorithm[])

/**
 * Returns the stemming function of an algorithm.
 *
 * @param algorithm - `'kraaij-pohlmann'` or `'porter'`
 * @returns a function from one lowercase NFC word to its stem
 * @throws {@link InvalidOptionError} for an unknown algorithm
 */
export function getStemmer(algorithm: StemAlgorithm): (word: string) => string {
  const stemmer = Object.hasOwn(STEMMERS, algorithm) ? STEMMERS[algorithm] : undefined
  if (stemmer === undefined) {
    throw new InvalidOptionError('algorithm', `expected one of ${stemAlgorithms.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(algorithm)}`)
  }
  return stemmer
}

/**
 * Stems one Dutch word with a Snowball 3.x Dutch algorithm. The result equals Snowball's
 * own output for every word of its test vocabulary.
 *
 * The word must already be lowercase NFC; `stem` does not normalise it. Use
 * {@link Analyzer.analyze} for running text.
 *
 * @param word - a single lowercase word in NFC
 * @param algorithm - `'kraaij-pohlmann'` (default) or `'porter'`
 * @returns the stem
 * @throws {@link InvalidOptionError} for an unknown algorithm
 * @example
 * ```ts
 * stem('huizen') // => 'huis'
 * stem('lopen') // => 'loop'
 * stem('lopen', 'porter') // => 'lop'
 * ```
 */
export function stem(word: string, algorithm: StemAlgorithm = 'kraaij-pohlmann'): string {
  return getStemmer(algorithm)(word)
}
