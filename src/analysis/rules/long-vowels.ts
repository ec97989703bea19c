/**
 * Long vowels and a final -e that Kraaij-Pohlmann treats differently in the forms of one word.
 *
 * Dutch writes a long vowel double in a closed syllable (groot, sociaal, probleem) and single
 * in an open one (grote, sociale, problemen). Kraaij-Pohlmann doubles the vowel again after
 * taking off -en or -e (`lengthenV`), but not in every context: not after another vowel
 * (sociale → `social`, financiële → `financiel`, idealen → `ideal`), not after some consonant
 * patterns (problemen → `problem`, culturele → `culturel`), while the bare word keeps its
 * double vowel (`sociaal`, `probleem`, `cultureel`). And it does not take the -e of an
 * inflected adjective off at all: grote, kleine, nieuwe, belangrijke, goede stay as they are,
 * so a search for groot missed grote.
 *
 * zoek repairs both, after Kraaij-Pohlmann:
 *
 * - a final -e after a consonant (or after ij, or a diphthong in i: mooie, saaie) comes off a
 *   stem of four letters or more, and
 *   the rest is treated as Kraaij-Pohlmann treats a stem whose ending it removed: a doubled
 *   consonant is undoubled (dikke `dik`), otherwise the vowel is lengthened where it lengthens
 *   vowels (grote `groot`, oude `oud`, kleine `klein`, belangrijke `belangrijk`), and a final
 *   v or z becomes f or s (lieve `lief`). A few short nouns keep their -e, because without it
 *   they would meet another word: zone (zoon), rede (reed), lade (laad), bode (bood), pose
 *   (poos);
 * - a double vowel before a final consonant is written single where Kraaij-Pohlmann would not
 *   double it again (sociaal `social`, probleem `problem`, cultureel `culturel`), so that the
 *   bare word meets the forms whose ending was taken off. Where it would (kwartaal and
 *   kwartalen both `kwartaal`), the stem stays. And -eel or -een after a syllable with e is
 *   written -el or -en: that e is unstressed (engelen, regelen, maatregelen, tekenen), and
 *   Kraaij-Pohlmann doubles it only because its rule looks no further back than the vowel
 *   before (engelen → `engeel`, engel → `engel`).
 *
 * @module
 */

import { lengthenV } from '../stem/kraaij-pohlmann.js'

/** The shortest stem whose final -e comes off. */
const MIN_E_STEM = 4
/** Nouns whose -e stays: without it they would be spelled as another word (zone as zoon). */
const KEEPS_E: ReadonlySet<string> = new Set(['zone', 'rede', 'lade', 'bode', 'pose'])
/** A final -e after a consonant, after ij, or after a diphthong in i (mooie, saaie, luie). */
const FINAL_E = /(?:[^aeiouyj]|ij|[aeiou]i)e$/
/** A doubled consonant. */
const DOUBLED = /([^aeiouy])\1$/
/** A final -eel or -een after a syllable with e (engeel from engelen, regeel, tekeen). */
const SCHWA_AFTER_E = /e[^aeiouy]{1,2}ee[ln]$/
/** A double vowel before a final consonant other than w or x. */
const DOUBLE_VOWEL = /(aa|ee|oo|uu)[^aeiouywx]$/

/**
 * Takes the inflectional -e off a Kraaij-Pohlmann stem, and writes a double vowel single
 * where Kraaij-Pohlmann would not double it.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the repaired stem
 * @example
 * ```ts
 * joinLongVowels('grote') // => 'groot'
 * joinLongVowels('dikke') // => 'dik'
 * joinLongVowels('sociaal') // => 'social'
 * joinLongVowels('probleem') // => 'problem'
 * joinLongVowels('kwartaal') // => 'kwartaal'
 * joinLongVowels('zone') // => 'zone'
 * ```
 */
export function joinLongVowels(stem: string): string {
  return singleVowel(withoutE(stem))
}

function withoutE(stem: string): string {
  if (stem.length < MIN_E_STEM || !FINAL_E.test(stem) || KEEPS_E.has(stem)) return stem
  const rest = stem.slice(0, -1)
  const shaped = DOUBLED.test(rest) ? rest.slice(0, -1) : lengthenV(rest)
  if (shaped.endsWith('v')) return `${shaped.slice(0, -1)}f`
  if (shaped.endsWith('z')) return `${shaped.slice(0, -1)}s`
  return shaped
}

function singleVowel(stem: string): string {
  // -el and -en after a syllable with e are unstressed (engelen, regelen, tekenen): the stemmer doubles their e all the same.
  if (SCHWA_AFTER_E.test(stem)) return `${stem.slice(0, -2)}${stem.slice(-1)}`
  const match = DOUBLE_VOWEL.exec(stem)
  if (match === null) return stem
  const single = stem.slice(0, match.index + 1) + stem.slice(match.index + 2)
  return lengthenV(single) === stem ? stem : single
}

/** Adjectives whose suffix Kraaij-Pohlmann removes from the bare form only: -baar, -ioneel. */
const SUFFIX_BEFORE_E = /(?:bar|ionel)e$/
/** The bare form of each of those endings. */
const BARE_SUFFIX: Readonly<Record<string, string>> = { bare: 'baar', ionele: 'ioneel' }

/**
 * The bare form of an adjective in -bare or -ionele (vergelijkbare → vergelijkbaar, traditionele
 * → traditioneel), which is what Kraaij-Pohlmann should see: it takes -baar and -ioneel off the
 * bare adjective (vergelijkbaar → `vergelijk`) but cannot find them once the -e has made the
 * vowel single (vergelijkbare → `vergelijkbar`).
 *
 * @param word - a normalised word
 * @returns the bare adjective, or undefined
 * @example
 * ```ts
 * bareAdjective('vergelijkbare') // => 'vergelijkbaar'
 * bareAdjective('traditionele') // => 'traditioneel'
 * bareAdjective('ware') // => undefined
 * ```
 */
export function bareAdjective(word: string): string | undefined {
  const match = SUFFIX_BEFORE_E.exec(word)
  if (match === null || match.index < 3) return undefined
  return `${word.slice(0, match.index)}${BARE_SUFFIX[match[0]]}`
}

/** -de, -te or -ge after a single vowel (and its plural in -s), whose vowel is long: bijdrage, absolute, methode, garages. */
const OPEN_SYLLABLE_E = /[^aeiouy][aeiou][dtg]es?$/

/**
 * The form in -en of a word in -de, -te or -ge after a single long vowel (bijdrage →
 * bijdragen, absolute → absoluten, and a plural in -s such as bijlages → bijlagen), which
 * Kraaij-Pohlmann should stem instead: it takes -en off with the vowel lengthened
 * (`bijdraag`, `absoluut`), as in the bare word and the plural in -en, but takes -de, -te and
 * -ge off without lengthening (bijdrage → `bijdrag`). The nouns that keep their -e (rede,
 * lade, bode) are left alone.
 *
 * @param word - a normalised word
 * @returns the word in -en, or undefined
 * @example
 * ```ts
 * openSyllableForm('bijdrage') // => 'bijdragen'
 * openSyllableForm('bijlages') // => 'bijlagen'
 * openSyllableForm('ziekte') // => undefined
 * ```
 */
export function openSyllableForm(word: string): string | undefined {
  if (word.length < MIN_E_STEM || !OPEN_SYLLABLE_E.test(word)) return undefined
  const singular = word.endsWith('s') ? word.slice(0, -1) : word
  return KEEPS_E.has(singular) ? undefined : `${singular}n`
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const LONG_VOWEL_RULE = [
  'long-vowels',
  OPEN_SYLLABLE_E.source,
  SCHWA_AFTER_E.source,
  SUFFIX_BEFORE_E.source,
  MIN_E_STEM,
  [...KEEPS_E].join(','),
  FINAL_E.source,
  DOUBLE_VOWEL.source,
].join(':')
