/**
 * `zoek/synonyms`: related words for `expand`, from the synonym lists of Open Dutch WordNet
 * (Postma, van Miltenburg, Segers, Schoen and Vossen 2016), 26,850 words. The data is
 * CC BY-SA 4.0, not MIT (see `licenses/odwn.txt`); it is a module of its own so that only
 * an app that imports it carries it (about 1.3 MB, 0.5 MB gzip).
 *
 * The lists merge every sense of a word (*kruik* lists *kan*), so an index adds their words at
 * a low weight (`synonym`), with `expand` only.
 *
 * @module
 */

import { ODWN_SYNONYMS } from '../search/data/odwn-synonyms.js'
import { parseSynonyms, type Synonyms } from '../search/synonyms.js'

export type { Synonyms } from '../search/synonyms.js'

let table: Synonyms | undefined

/**
 * The synonyms of Open Dutch WordNet, as the option `synonyms` of an index takes them: each
 * word (normalised: lowercase, no diacritics) with the one-word lemmas that share a synset
 * with it. The table is read once and shared by every caller: do not change it.
 *
 * @returns the table
 * @example
 * ```ts
 * import { createIndex } from 'zoek'
 * import { dutchSynonyms } from 'zoek/synonyms'
 * const index = createIndex({ synonyms: dutchSynonyms() })
 * index.add({ id: 1, text: 'Het huis staat leeg.' })
 * index.search('woning', { expand: true })[0].text // => 'Het huis staat leeg.'
 * ```
 */
export function dutchSynonyms(): Synonyms {
  table ??= parseSynonyms(ODWN_SYNONYMS)
  return table
}
