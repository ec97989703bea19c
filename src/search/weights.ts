/**
 * The ranking weights: what each way of finding a sentence counts, as a factor of the score a
 * word of the query gives it. One frozen object of defaults, chosen by answering nDCG@10 on
 * the dev set; `npm run eval` measures each turned off (bench/RELEVANCE.md, the ablation).
 *
 * @module
 */

import { InvalidOptionError } from '../errors.js'

/**
 * The weights of a search (the search option `weights`), each a number ≥ 0 that multiplies
 * the score a word of the query gives a sentence. A weight of 0 turns its way of finding off:
 * no sentence is found that way (for `stopWord`: stop words still match, and still count
 * among the query words a sentence holds, but add no score).
 *
 * @example
 * ```ts
 * const interview = loadInterview()
 * interview.search('huis').length // => 5: huis, and stadhuis at a quarter of the weight
 * interview.search('huis', { weights: { part: 0 } }).length // => 2: no word inside a compound
 * ```
 */
export interface RankingWeights {
  /**
   * A stop word, a form of one (*doet* of *doen*), a question word (*waarom*, *hoe*), a pronoun
   * (*we*) or an auxiliary (*gaat*, *mag*) in a query that has other words. Default 0.1.
   */
  readonly stopWord: number
  /**
   * A word that a prefix, a fuzzy word or the typo fallback reached rather than the word typed;
   * a fuzzy word's weighs this to the power of its number of edits. Default 0.6.
   */
  readonly expansion: number
  /**
   * A query word found as a part of a compound rather than as a word of its own (*stadhuis* for
   * `huis`), and a compound whose head a word the index lacks is (*doodschieten* for `schoot`). Default 0.25.
   */
  readonly part: number
  /**
   * With `expand`: a word of a query word's family, which begins as it does (*racist* for
   * `racisme`) or shares its base before a derivational ending (*islam* for `islamitisch`). Default 0.3.
   */
  readonly family: number
  /**
   * With `expand`: a synonym of a query word from the index's table `synonyms` (*huis* for
   * `woning`). Default 0.3.
   */
  readonly synonym: number
  /** A part of a query compound the index lacks (*multiprobleem* for `multiprobleemgezinnen`). Default 0.5. */
  readonly split: number
  /** A word that joins two query words next to each other (*rodelantaarndrager* for `rode lantaarn`); it stands for both. Default 2. */
  readonly joined: number
  /** Context: what a sentence gets of the score of the next or previous sentence of its paragraph, divided by the distance for others. Default 0.5. */
  readonly paragraph: number
  /** Context: what the sentences of an answer get of the score of a sentence of the question it answers. Default 0.3. */
  readonly question: number
  /** What the sentences of a speaker the query names get of the best score of the hits; with `expand` they are also found. Default 0.3. */
  readonly speaker: number
  /**
   * Two words next to each other in the query, not both stop words, found side by side in a
   * sentence (*de politie* in *De politie heeft hem moeten doodschieten*): what the sentence's
   * own score gains for each such pair, per query word it holds. Only the best 10 results are
   * ranked again this way. Default 0.5.
   */
  readonly adjacent: number
  /**
   * A query word found in the form the query has it (*Marokkanen*, not only *Marokkaanse* of
   * the same term; for a word the index lacks, the words a fallback found in its place: the
   * near words of a typo, the parts of a compound), not a stop word: what the sentence's
   * score, its context included, gains for each such word, per query word it holds (so context
   * weighs as much beside it as before). Only the best 10 results are ranked again this way.
   * Default 0.5.
   */
  readonly exact: number
}

/**
 * The default weights. `paragraph` and `question` were chosen from 0.2–0.8 × 0.15–1.2 and the
 * question's role factor beside them (see `roleBoost`); the others each from a few values, on
 * the answering dev set (bench/ABLATION.md has the history).
 */
export const DEFAULT_WEIGHTS: RankingWeights = Object.freeze({
  stopWord: 0.1,
  expansion: 0.6,
  part: 0.25,
  family: 0.3,
  synonym: 0.3,
  split: 0.5,
  joined: 2,
  paragraph: 0.5,
  question: 0.3,
  speaker: 0.3,
  adjacent: 0.5,
  exact: 0.5,
})

const WEIGHT_NAMES = Object.keys(DEFAULT_WEIGHTS) as (keyof RankingWeights)[]

/**
 * Checks the search option `weights` and fills in the defaults.
 *
 * @param weights - the weights as given: some or all of {@link RankingWeights}, or undefined
 * @returns the defaults themselves when none are given, else every weight
 * @throws {@link InvalidOptionError} for an unknown name or a weight that is not a number ≥ 0
 */
export function checkWeights(weights: Partial<RankingWeights> | undefined): RankingWeights {
  if (weights === undefined) return DEFAULT_WEIGHTS
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) throw new InvalidOptionError('weights', 'expected an object of name → weight')
  for (const name of Object.keys(weights))
    if (!WEIGHT_NAMES.includes(name as keyof RankingWeights))
      throw new InvalidOptionError('weights', `unknown weight "${name}"; weights are ${WEIGHT_NAMES.join(', ')}`)
  const merged: Record<string, number> = {}
  for (const name of WEIGHT_NAMES) {
    const weight = weights[name] === undefined ? DEFAULT_WEIGHTS[name] : weights[name]
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
      throw new InvalidOptionError('weights', `the weight ${name} must be a number ≥ 0, got ${JSON.stringify(weight)}`)
    merged[name] = weight
  }
  return Object.freeze(merged as unknown as RankingWeights)
}

/**
 * The weights as a string, which keeps plans compiled with other weights apart (a plan uses
 * all but the context's weights; a key of all of them is shorter to write).
 *
 * @param weights - checked weights
 */
export const weightsKey = (weights: RankingWeights): string => Object.values(weights).join()
