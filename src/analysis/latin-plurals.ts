/**
 * Latin plurals. Dutch keeps the Latin plural of many loanwords: museum/musea,
 * centrum/centra, criterium/criteria, medium/media, politicus/politici, criticus/critici.
 * Kraaij-Pohlmann stems neither form, so a search for politicus missed politici.
 *
 * zoek writes the stem of the singular as the plural: a stem of five letters or more in -um
 * ends in -a (`musea`, also for museums), and a stem in -icus ends in -ici (`politici`). Words
 * that are no such plural get a term no other word has (kostuum `kostua`), so nothing is
 * joined by mistake. One exception: datum keeps its term, because data is a word of its own
 * in today's Dutch (gegevens), not only the plural of datum.
 *
 * This runs after Kraaij-Pohlmann, on its stems only.
 *
 * @module
 */

/** The shortest stem in -um that takes -a. */
const MIN_UM = 5
/** Singulars whose Latin plural has become a word of its own. */
const OWN_PLURALS: ReadonlySet<string> = new Set(['datum'])

/**
 * Writes a Latin singular stem as its plural.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the stem in -a or -ici, or the stem as it was
 * @example
 * ```ts
 * joinLatinPlurals('museum') // => 'musea'
 * joinLatinPlurals('politicus') // => 'politici'
 * joinLatinPlurals('datum') // => 'datum'
 * ```
 */
export function joinLatinPlurals(stem: string): string {
  if (stem.endsWith('icus')) return `${stem.slice(0, -2)}i`
  if (stem.length >= MIN_UM && stem.endsWith('um') && !OWN_PLURALS.has(stem)) return `${stem.slice(0, -2)}a`
  return stem
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const LATIN_PLURAL_RULE = `latin-plurals:${MIN_UM}:${[...OWN_PLURALS].join(',')}`
