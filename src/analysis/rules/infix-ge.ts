/**
 * Where `ge` inside a word is the infix of a past participle.
 *
 * Dutch puts `ge` inside a word only in the past participle of a separable verb, between the
 * verb's first part and the verb: op·ge·ruimd, aan·ge·kondigd, vast·ge·steld, terug·ge·keerd.
 * Kraaij-Pohlmann takes the first `ge` after the first letter out of any word whose rest
 * allows it, so it also cuts words where `ge` is no infix: `mogelijk` → `molijk`, `eigenlijk` →
 * `einlijk`, `algemeen` → `almeen`, `regeringsleider` → `reringsleider`, and it joins words
 * that have nothing to do with each other: begeleiding and beleid both become `beleid`. On the
 * 26,821 distinct words of UD Dutch and the LibreOffice help, the infix removal changes the stem
 * of 1,186; of those, the letters before `ge` are no first part of a separable verb in the
 * words of eigenlijk, mogelijk, ongeveer, regering, algemeen, vergelijken, tegenover,
 * vertegenwoordigen, dergelijk, dagelijks, burger, Argentinië, begeleiden, and in compounds
 * whose head is a noun in ge- (tabel·gebied, meta·gegevens, taal·gebruik: zoek keeps gebied,
 * gegevens and gebruik whole, `overrides.ts`, and finds them in the compound by its parts).
 *
 * zoek lets Kraaij-Pohlmann take the infix out only after a first part of a separable verb:
 * a particle or adverb (op, aan, uit, terug, samen, weer, voort, …), or one of the adjectives
 * and nouns that Dutch most often makes separable verbs with (vast, vrij, los, goed, bekend,
 * plaats, deel, kennis, …). A participle with another first part keeps its infix and no
 * longer meets the verb's other forms (tevredengesteld and tevredenstellen); a word whose
 * `ge` is no infix keeps its letters and meets nothing it should not.
 *
 * @module
 */

import { SEPARABLE_FIRST_PARTS } from './affixes.js'

/** The present of geven after a first part (aan·geeft, weer·geef): `ge` is the verb's, not an infix. */
const GEVEN_PRESENT = /^ef/

/**
 * True when `ge` after these letters is a participle's infix (op·ge·ruimd), so that the stemmer
 * may take it out; false where it is part of the word (mo·ge·lijk, be·ge·leiding, tabel·gebied)
 * or of the verb geven (aan·geeft, weer·geef: a participle would be aan·ge·geven).
 *
 * @param before - the word's letters before `ge`
 * @param after - the word's letters after `ge`
 * @returns whether the infix is taken out
 * @example
 * ```ts
 * isParticipleInfix('op', 'ruimd') // => true (opgeruimd)
 * isParticipleInfix('be', 'leiding') // => false (begeleiding)
 * isParticipleInfix('aan', 'eft') // => false (aangeeft)
 * ```
 */
export const isParticipleInfix = (before: string, after: string): boolean => SEPARABLE_FIRST_PARTS.has(before) && !GEVEN_PRESENT.test(after)

/** Identifies the rule in analyzer fingerprints. */
export const INFIX_GE_RULE = `infix-ge:${[...SEPARABLE_FIRST_PARTS].sort().join(',')}:${GEVEN_PRESENT.source}`
