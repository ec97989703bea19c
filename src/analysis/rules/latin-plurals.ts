/**
 * Latin plurals. Dutch keeps the Latin plural of many loanwords: museum/musea,
 * centrum/centra, criterium/criteria, medium/media, politicus/politici, criticus/critici.
 * Kraaij-Pohlmann stems neither form, so a search for politicus missed politici.
 *
 * zoek writes the stem of the singular as the plural: a stem of five letters or more in -um
 * ends in -a (`musea`, also for museums), and a stem in -icus ends in -ici (`politici`).
 *
 * Latin nouns in -or move their stress in the plural (operátor, operatóren), whose long o
 * Kraaij-Pohlmann writes double (operatoren → `operatoor`, operator → `operator`). zoek
 * writes a stem of six letters or more in -toor, -soor, -coor, -do or -noor with a single o
 * (operator, factor, sector, vector, motor, professor, tenor); kantoor and its plural kantoren
 * both become `kantor`, which no other word is. Words
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
/** A stem in -oor after t, s, c, d or n, of six letters or more. */
const LATIN_OR = /^(.{2,}[tscdn])oor$/
/** Singulars whose Latin plural has become a word of its own. */
const OWN_PLURALS: ReadonlySet<string> = new Set(['datum'])

/**
 * Writes a Latin singular stem as its plural.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the stem in -a, -ici or -or, or the stem as it was
 * @example
 * ```ts
 * joinLatinPlurals('museum') // => 'musea'
 * joinLatinPlurals('politicus') // => 'politici'
 * joinLatinPlurals('datum') // => 'datum'
 * joinLatinPlurals('operatoor') // => 'operator'
 * ```
 */
export function joinLatinPlurals(stem: string): string {
  if (stem.endsWith('icus')) return `${stem.slice(0, -2)}i`
  const or = LATIN_OR.exec(stem)
  if (or !== null) return `${or[1]}or`
  if (stem.length >= MIN_UM && stem.endsWith('um') && !OWN_PLURALS.has(stem)) return `${stem.slice(0, -2)}a`
  return stem
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const LATIN_PLURAL_RULE = `latin-plurals:${MIN_UM}:${[...OWN_PLURALS].join(',')}:${LATIN_OR.source}`
