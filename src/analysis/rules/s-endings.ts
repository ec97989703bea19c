/**
 * A final s that Kraaij-Pohlmann reads as a plural ending where it is none, or keeps where it
 * takes it off another form of the same word.
 *
 * - Adjectives in -s and their inflected form in -se: Kraaij-Pohlmann takes the s off the bare
 *   adjective (Vlaams → `vlaam`, Nederlands → `nederland`, Marokkaans → `marokkaan`) but keeps
 *   it when an -e follows (Vlaamse → `vlaams`), so a search for Vlaams missed Vlaamse. zoek
 *   stems a word in -se after a consonant as the word without its -e, which puts both forms
 *   together. After a vowel the stemmer already joins them (Chinese and Chinees, hypothese
 *   and hypothesen), and the word is left to it.
 * - Nouns whose singular ends in -ns: Kraaij-Pohlmann takes the s off the singular as if it
 *   were a plural (mens → `men`, kans → `kan`, grens → `gren`) and keeps it in the plural
 *   (mensen → `mens`), so the two never met and mens met the pronoun men. zoek stems these
 *   singulars as their plural. They are a closed list, with their compounds (medemens,
 *   slaagkans, landsgrens): mens, wens, grens, lens, pens, trens, tangens, tendens and the
 *   adjective intens (as in `plurals.ts`), kans, dans, gans, glans, balans, schans, prins, cijns, and
 *   in -ts, -ks and -ps plaats, toets, rots, spits, reeks, heks, ellips, rups, and advies (plaats → `plaat`
 *   met plaat, the plate, and not plaatsen), and in -rs koers and beurs (slotkoers → `slotkoer`,
 *   slotkoersen → `slotkoers`; most words in -rs are plurals of nouns in -er, so only these two,
 *   whose compounds end no such plural, are listed, and pers, the press, alone: wetenschappers
 *   ends in it as a plural); and in -es, whose plural doubles the s, adres,
 *   proces, succes, congres, exces, abces, cipres (adres → `adr`, adressen → `adres`).
 * - Plurals in -s after t, k or p (documents, tests, reeksen): see {@link joinFinalS}.
 *
 * @module
 */

import { ENS_SINGULARS } from './plurals.js'

/**
 * Singulars whose s Kraaij-Pohlmann takes for a plural ending (and their compounds): those in
 * -ens that `plurals.ts` knows, more in -ns, and the common ones in -ts, -ks and -ps.
 */
const SINGULAR_S = new RegExp(
  `(?:${ENS_SINGULARS}|kans|dans|gans|glans|balans|schans|prins|cijns|plaats|toets|rots|spits|reeks|heks|ellips|rups|advies|koers|beurs|^pers)$`,
)
/** Singulars in -es whose plural doubles the s (adres/adressen, proces/processen, succes/successen), and their compounds. */
const SINGULAR_ES = /(?:adres|proces|succes|congres|exces|abces|cipres)$/
/** Adverbs in -ts that are no plurals: rechts is not recht, slechts not slecht. */
const ADVERBS_TS: ReadonlySet<string> = new Set(['rechts', 'slechts'])
/** The shortest stem whose final s after t, k or p comes off. */
const MIN_TKS = 5
/** The shortest word in -se that is stemmed without its -e. */
const MIN_SE = 5
/** -se after a consonant (Vlaamse, Nederlandse); after a vowel (Chinese, hypothese) Kraaij-Pohlmann already gives both forms one stem. */
const AFTER_CONSONANT_SE = /[^aeiouy]se$/

/**
 * The form to stem instead of a word whose final s Kraaij-Pohlmann misreads.
 *
 * @param word - a normalised word
 * @returns the form to stem, or undefined to stem the word itself
 * @example
 * ```ts
 * sEndingForm('vlaamse') // => 'vlaams'
 * sEndingForm('mens') // => 'mensen'
 * sEndingForm('examens') // => undefined
 * ```
 */
export function sEndingForm(word: string): string | undefined {
  const bare = word.length >= MIN_SE && AFTER_CONSONANT_SE.test(word) ? word.slice(0, -1) : word
  if (SINGULAR_ES.test(bare)) return `${bare}sen`
  if (SINGULAR_S.test(bare)) return `${bare}en`
  return bare === word ? undefined : bare
}

/**
 * Takes a plural s off a Kraaij-Pohlmann stem after t, k or p, where the stemmer left it
 * (documents → `documents`, tests, reeksen → `reeks`): the stemmer takes such an s off only
 * when the letter before it lies in its first region (plaats → `plaat`, toets → `toet`), so
 * plural and singular met in short words only. Then, as the stemmer does, a final -kt, -ft or
 * -pt loses its t (scripts as script, `scrip`). The singulars in -s above, and the adverbs
 * rechts and slechts, keep their s.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the stem without that s
 * @example
 * ```ts
 * joinFinalS('documents') // => 'document'
 * joinFinalS('scripts') // => 'scrip'
 * joinFinalS('plaats') // => 'plaats'
 * ```
 */
export function joinFinalS(stem: string): string {
  if (stem.length < MIN_TKS || !/[tkp]s$/.test(stem) || SINGULAR_S.test(stem) || ADVERBS_TS.has(stem)) return stem
  const rest = stem.slice(0, -1)
  return /[kfp]t$/.test(rest) ? rest.slice(0, -1) : rest
}

/** Identifies the rules in analyzer fingerprints; change it whenever a rule changes. */
export const S_ENDING_RULE = ['s-endings', MIN_SE, AFTER_CONSONANT_SE.source, MIN_TKS, SINGULAR_S.source, SINGULAR_ES.source, [...ADVERBS_TS].join(',')].join(
  ':',
)
