/**
 * Verbs whose stem ends in -r after an e: the stressed -eer verbs (adviseren, accepteren,
 * organiseren, proberen) and the -er verbs (veranderen, leveren, luisteren), and the nouns in
 * -eer (sfeer). Snowball's Kraaij-Pohlmann takes no -t off after an r, so the third person
 * keeps it (adviseert → `adviseert`, verandert → `verandert`), and it lengthens the vowel of
 * some -eren infinitives but not others (accepteren → `accepteer`, organiseren → `organiser`).
 * A search for adviseren missed adviseert and geadviseerd; one for veranderen missed verandert.
 *
 * After Kraaij-Pohlmann, zoek takes -t off a stem in -eert, and off a stem of six letters or
 * more in -ert; then a final -eer of a stem of five letters or more becomes -er. Every form of
 * these verbs gets one stem (`adviser`, `accepter`, `organiser`, `verander`), and sfeer and
 * sferen both `sfer`. Short stems keep -eer and -ert (heer, keer: Kraaij-Pohlmann already
 * joins them with heren, keren; hert stays hert). Other stems in -rt keep their -t: the
 * nouns among them (sport, start, soort, kaart) would meet unrelated words (sporen, staren).
 *
 * @module
 */

/** The shortest stem in -ert (not -eert) that loses its -t. */
const MIN_ERT = 6
/** The shortest stem in -eer that becomes -er. */
const MIN_EER = 5

/**
 * Joins the Kraaij-Pohlmann stems of one -er or -eer paradigm.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the stem without the -t of -eert or a long -ert, and with a final -eer as -er
 * @example
 * ```ts
 * joinEerStems('adviseert') // => 'adviser'
 * joinEerStems('verandert') // => 'verander'
 * joinEerStems('heer') // => 'heer'
 * ```
 */
export function joinEerStems(stem: string): string {
  const base = stem.endsWith('eert') || (stem.length >= MIN_ERT && stem.endsWith('ert')) ? stem.slice(0, -1) : stem
  return base.length >= MIN_EER && base.endsWith('eer') ? `${base.slice(0, -2)}r` : base
}

/** The infinitive of an -igeer verb (corrigeren, navigeren, redigeren). */
const IGEREN = /igeren$/

/**
 * The form to stem instead of the infinitive of an -igeer verb: Kraaij-Pohlmann takes -iger
 * off it as if it were an adjective's comparative (corrigeren → `cor`, navigeren → `naaf`,
 * redigeren → `reed`), while the other forms keep it (corrigeert → `corriger` here).
 *
 * @param word - a normalised word
 * @returns the stem form (corrigeren → corrigeer), or undefined to stem the word itself
 * @example
 * ```ts
 * eerVerbForm('corrigeren') // => 'corrigeer'
 * eerVerbForm('prettiger') // => undefined
 * ```
 */
export function eerVerbForm(word: string): string | undefined {
  return IGEREN.test(word) ? `${word.slice(0, -4)}eer` : undefined
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const EER_RULE = `r-stems:${MIN_ERT}:${MIN_EER}:${IGEREN.source}`
