/**
 * Long vowels that Kraaij-Pohlmann writes double in some forms of a word and single in others.
 *
 * Dutch writes a long vowel double in a closed syllable (sociaal, probleem) and single in an
 * open one (sociale, problemen). After taking off -e or -en, Kraaij-Pohlmann doubles the vowel
 * again, but not after another vowel (sociale → `social`, essentiële → `essentiel`, idealen →
 * `ideal`, idiomen → `idiom`) and not after some consonant patterns (problemen → `problem`),
 * while the bare word keeps its double vowel (`sociaal`, `essentieel`, `probleem`). So a search
 * for sociaal missed sociale, financieel missed financiële, probleem missed problemen.
 *
 * zoek writes these stems with the single vowel, where the other forms already have it:
 *
 * - a double vowel after another vowel, before l, m or n: -iaal, -eaal, -ieel, -ueel, -ioom
 *   (sociaal `social`, ideaal `ideal`, financieel `financiel`, individueel `individuel`,
 *   idioom `idiom`);
 * - -eem at the end of a stem of six letters or more (probleem `problem`, systeem `system`,
 *   embleem `emblem`); shorter ones (leem, heem) are left alone.
 *
 * This runs after Kraaij-Pohlmann, on its stems only.
 *
 * @module
 */

/** A double vowel after a vowel, before a final l, m or n: (i|e|u)(aa|ee|oo)(l|m|n). */
const AFTER_VOWEL = /([ieu])(aa|ee|oo)([lmn])$/
/** -eem at the end of a longer stem. */
const EEM = /^(.{3,})eem$/

/**
 * Writes the double vowel of these stems single.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the stem with the vowel single
 * @example
 * ```ts
 * joinLongVowels('sociaal') // => 'social'
 * joinLongVowels('probleem') // => 'problem'
 * joinLongVowels('profiel') // => 'profiel'
 * ```
 */
export function joinLongVowels(stem: string): string {
  const afterVowel = AFTER_VOWEL.exec(stem)
  if (afterVowel !== null) return `${stem.slice(0, afterVowel.index)}${afterVowel[1]}${afterVowel[2][0]}${afterVowel[3]}`
  const eem = EEM.exec(stem)
  return eem === null ? stem : `${eem[1]}em`
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const LONG_VOWEL_RULE = `long-vowels:${AFTER_VOWEL.source}:${EEM.source}`
