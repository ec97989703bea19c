/**
 * A final s that Kraaij-Pohlmann reads as a plural ending where it is none, or keeps where it
 * takes it off another form of the same word.
 *
 * - Adjectives in -s and their inflected form in -se: Kraaij-Pohlmann takes the s off the bare
 *   adjective (Vlaams → `vlaam`, Nederlands → `nederland`, Marokkaans → `marokkaan`) but keeps
 *   it when an -e follows (Vlaamse → `vlaams`), so a search for Vlaams missed Vlaamse. zoek
 *   stems a word in -se as the word without its -e, which puts both forms together (and
 *   changes nothing where the s stays, as in Duitse and Duits, or analyse).
 * - Nouns whose singular ends in -ns: Kraaij-Pohlmann takes the s off the singular as if it
 *   were a plural (mens → `men`, kans → `kan`, grens → `gren`) and keeps it in the plural
 *   (mensen → `mens`), so the two never met and mens met the pronoun men. zoek stems these
 *   singulars as their plural. They are a closed list, with their compounds (medemens,
 *   slaagkans, landsgrens): mens, wens, grens, lens, pens, trens, tangens, tendens and the
 *   adjective intens (as in `plurals.ts`), and kans, dans, glans, balans, schans, prins, cijns.
 *
 * @module
 */

/** Singulars in -ns (and their compounds). After a, o or i, -mens is a plural in -s of a noun in -men (examens). */
const SINGULAR_NS = /(?:(?<![aoi])mens|wens|grens|lens|pens|trens|tangens|tendens|intens|kans|dans|glans|balans|schans|prins|cijns)$/
/** The shortest word in -se that is stemmed without its -e. */
const MIN_SE = 5

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
  const bare = word.length >= MIN_SE && word.endsWith('se') ? word.slice(0, -1) : word
  if (SINGULAR_NS.test(bare)) return `${bare}en`
  return bare === word ? undefined : bare
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const S_ENDING_RULE = `s-endings:${MIN_SE}:${SINGULAR_NS.source}`
