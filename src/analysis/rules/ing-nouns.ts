/**
 * Nouns in -ing are words of their own, not forms of their verb: a search for wijziging (a
 * change) must not find every sentence with wijzigen or gewijzigd, nor woonde find woning.
 * Kraaij-Pohlmann takes -ing off (wijziging and wijzigen are both `wijzig`); this rule puts it
 * back on the term of a word in -ing or -ingen, so that the noun and its plural share a term
 * of their own. Where the stem still ends in -ing (ding, ring, zingen), nothing changes.
 *
 * @module
 */

const ING_NOUN = /ing(?:en)?$/

/** What identifies the rule in the analyzer's fingerprint. */
export const ING_NOUN_RULE = `ing-nouns:${ING_NOUN.source}:+ing`

/**
 * The term of a word, with -ing put back when the word is a noun in -ing whose stem lost it.
 *
 * @param word - the normalised word
 * @param term - its term so far
 * @returns the term of the noun, or `term` for any other word
 * @example
 * ```ts
 * ingNounTerm('wijzigingen', 'wijzig') // => 'wijziging'
 * ingNounTerm('wijzigen', 'wijzig') // => 'wijzig'
 * ingNounTerm('dingen', 'ding') // => 'ding'
 * ```
 */
export function ingNounTerm(word: string, term: string): string {
  return ING_NOUN.test(word) && !term.endsWith('ing') ? `${term}ing` : term
}
