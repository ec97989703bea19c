/**
 * Plurals that the stemmers do not take back to their singular.
 *
 * Plurals in -s of nouns that end in -en: wagen/wagens, teken/tekens, examen/examens,
 * jongen/jongens. Both Snowball stemmers take -en off the singular but only -s off the plural
 * (Kraaij-Pohlmann: wagen → `waag`, wagens → `wagen`), so the two forms never meet. zoek stems
 * such a plural as its singular: the word without its -s.
 *
 * A word in -ens is taken for such a plural when it has at least six letters and is none of:
 *
 * - the adverbs and prepositions in -ens, a closed class (ergens, tevens, tijdens, volgens,
 *   vervolgens, wegens, overigens, …), including the superlative adverbs in -stens (minstens,
 *   hoogstens);
 * - a noun or adjective whose singular itself ends in -ens (mens, wens, grens, lens, pens,
 *   trens, tangens, tendens; immens, intens) or a compound of one (medemens, kinderwens, landsgrens);
 *   examens, abdomens and specimens are plurals all the same.
 *
 * @module
 */

/** Adverbs, prepositions and conjunctions that end in -ens. */
const ENS_WORDS = new Set([
  'alvorens',
  'blijkens',
  'ergens',
  'eveneens',
  'ineens',
  'krachtens',
  'luidens',
  'namens',
  'nergens',
  'opeens',
  'overigens',
  'telkens',
  'tevens',
  'tijdens',
  'trouwens',
  'wegens',
])

/**
 * Endings of the nouns and adjectives whose singular ends in -ens (mens, wens, grens, lens,
 * pens, trens, tangens, tendens, immens, intens), as regular-expression alternatives. After a,
 * o or i, -mens is the plural of a noun in -men (examens, abdomens, specimens), and after a
 * vowel -pens the plural of a noun in -pen (wapens), not a compound of mens or pens.
 */
export const ENS_SINGULARS = '(?<![aoi])mens|wens|grens|lens|(?<![aeiou])pens|trens|tangens|tendens|intens'

/** Those endings, and the adverbs in -stens and -volgens (minstens, volgens, vervolgens, achtereenvolgens). */
const SINGULAR_ENS = new RegExp(`(?:${ENS_SINGULARS}|stens|volgens)$`)

/** The shortest word taken for a plural in -ens: shorter ones are words like eens and mens. */
const MIN_LENGTH = 6

/**
 * The singular of a plural in -s of a noun in -en, or undefined for any other word.
 *
 * @param word - a normalised word (lowercase, no diacritics)
 * @returns the word without its final -s, or undefined
 * @example
 * ```ts
 * singularOfEnsPlural('wagens') // => 'wagen'
 * singularOfEnsPlural('tijdens') // => undefined
 * ```
 */
export function singularOfEnsPlural(word: string): string | undefined {
  if (word.length < MIN_LENGTH || !word.endsWith('ens') || ENS_WORDS.has(word) || SINGULAR_ENS.test(word)) return undefined
  return word.slice(0, -1)
}

/**
 * Plurals in -ën of nouns in -ie and -ee (categorieën, industrieën, ideeën, zeeën) as the
 * analyzer sees them, without the diaeresis (categorieen): Kraaij-Pohlmann relies on the ë to
 * take such a plural back to its singular. Three vowels in a row end no other Dutch word.
 */
const EEN_PLURAL = /(?:ie|ee)en$/

/**
 * The singular of a plural in -ën of a noun in -ie or -ee, written without the diaeresis, or
 * undefined for any other word.
 *
 * @param word - a normalised word (lowercase, no diacritics)
 * @returns the word without its final -en, or undefined
 * @example
 * ```ts
 * singularOfEenPlural('categorieen') // => 'categorie'
 * singularOfEenPlural('ideeen') // => 'idee'
 * singularOfEenPlural('tekenen') // => undefined
 * ```
 */
export function singularOfEenPlural(word: string): string | undefined {
  return EEN_PLURAL.test(word) ? word.slice(0, -2) : undefined
}

/**
 * The singular of a plural in -atieven (alternatieven, initiatieven): Kraaij-Pohlmann stems the
 * singular and the inflected form as a verb in -eer (alternatief, alternatieve → `alterneer`)
 * but the plural as `alternatief`; zoek stems the plural as its singular.
 *
 * @param word - a normalised word
 * @returns the singular in -atief, or undefined
 * @example
 * ```ts
 * singularOfAtiefPlural('initiatieven') // => 'initiatief'
 * singularOfAtiefPlural('brieven') // => undefined
 * ```
 */
export function singularOfAtiefPlural(word: string): string | undefined {
  return word.endsWith('atieven') ? `${word.slice(0, -3)}f` : undefined
}

/** Identifies the rules in analyzer fingerprints; change it whenever the lists change. */
export const ENS_PLURAL_RULE = `ens-plural:${MIN_LENGTH}:${[...ENS_WORDS].join(',')}:${SINGULAR_ENS.source}:${EEN_PLURAL.source}:atieven`
