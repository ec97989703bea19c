/**
 * The verbs with a stressed -eer stem (adviseren, accepteren, organiseren, proberen, studeren)
 * and the nouns in -eer (heer, sfeer). Kraaij-Pohlmann stems their forms four ways:
 * adviseren → `adviser`, adviseer and geadviseerd → `adviseer`, adviseert → `adviseert`
 * (it takes no -t off after an r), and accepteren → `accepteer` but organiseren → `organiser`.
 * So a search for adviseren missed adviseert and geadviseerd.
 *
 * After Kraaij-Pohlmann, zoek therefore takes -t off a stem in -eert, and makes a final -eer of
 * a stem of five letters or more -er: every form of these verbs gets the stem in -er
 * (`adviser`, `accepter`, `organiser`), and sfeer and sferen both `sfer`. Short stems keep
 * -eer (heer, meer, keer, leer: Kraaij-Pohlmann already joins them with heren, meren, keren,
 * leren).
 *
 * @module
 */

/** The shortest stem in -eer that becomes -er. */
const MIN_LENGTH = 5

/**
 * Joins the Kraaij-Pohlmann stems of one -eer paradigm.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the stem with -eert as -eer, and then a final -eer as -er
 * @example
 * ```ts
 * joinEerStems('adviseert') // => 'adviser'
 * joinEerStems('heer') // => 'heer'
 * ```
 */
export function joinEerStems(stem: string): string {
  const base = stem.endsWith('eert') ? stem.slice(0, -1) : stem
  return base.length >= MIN_LENGTH && base.endsWith('eer') ? `${base.slice(0, -2)}r` : base
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const EER_RULE = `eer-stems:${MIN_LENGTH}`
