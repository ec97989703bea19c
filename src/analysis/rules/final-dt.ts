/**
 * A final -t or -d that Kraaij-Pohlmann takes off some forms of a word and leaves on others.
 *
 * - The -t of the second and third person present. Kraaij-Pohlmann takes it off only after
 *   k, f and p (maakt, heeft, loopt) and, after a `ge-`, off participles. So woont stayed
 *   apart from wonen and woon, zegt from zeggen, bouwt from bouwen, wordt from worden.
 *   zoek takes it off after d (wordt, vindt: -dt ends only verb forms), after g and w (zegt,
 *   legt, vraagt, bouwt: no Dutch noun ends in -gt or -wt), after l and m (stelt, regelt,
 *   telt, stemt, betaalt, noemt: hardly a noun ends in -lt or -mt), and after n that follows a
 *   long vowel or diphthong (woont, dient, schijnt). It stays after n behind a short vowel,
 *   where nouns end the same way (kant, tent, punt: kan, ten) and after s (feest, kust).
 * - The -d of a stem in -ld, -rd and the like. Kraaij-Pohlmann takes `-den` off after a
 *   consonant (woorden → `woor`, velden → `vel`, beelden → `beel`, melden and gemeld → `mel`)
 *   but keeps the bare word whole, so woord and woorden, veld and velden, beeld and beelden
 *   stemmed apart. zoek takes the -d off every stem that ends in a consonant other than n
 *   before the d, which puts the bare word with its own plural and verb forms. After n it takes
 *   the -d off only behind a long vowel or diphthong other than aa, in stems of five letters
 *   or more: the past tense (woonde, toonde, meende, diende → `woond` in Kraaij-Pohlmann)
 *   meets the verb; maand and maan, eend and een stay apart. Ordinals go with their number
 *   (tiende, `tien`).
 *
 * A stem left in -ig after a consonant (bevestigt, bevestigd, and gevestigd, whose -d the
 * stemmer takes off itself after ge-) loses -ig too, as the stemmer takes it off the other
 * forms (bevestigen → `bevest`, gematigde → `maat`), and a z or v left at the end is then
 * written s or f, as the stemmer writes it (gewijzigd → `wijs`, as wijzigen), or a -d left at
 * the end goes by the rule above (vertegenwoordigt → `vertegenwoor`, as vertegenwoordigen).
 *
 * The past tense in -de after aai, ooi, oei (draaide, groeide), whose -e Kraaij-Pohlmann keeps,
 * loses -de. And the present of verbs in -tsen (plaatst, splitst) loses its -t; the -s
 * rule of `s-endings.ts`, which runs after this one, then treats the stem as it treats the
 * infinitive's (splitst and splitsen as `split`).
 *
 * These run after Kraaij-Pohlmann and before the -s rule and the -eer rule (`eer-verbs.ts`), on
 * Kraaij-Pohlmann stems only.
 *
 * @module
 */

import { UNSTRESSED_PREFIXES } from './affixes.js'
import { finalConsonant, lengthenV } from '../stem/kraaij-pohlmann.js'

/** The long vowels and diphthongs written with two letters. */
const LONG_VOWELS = ['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'ei', 'ij', 'ui', 'eu']
/**
 * A word of an unstressed prefix (be, ver, ont, her, er) and one syllable is a verb or made
 * from one: there, -rt behind a long vowel is a verb's present (bewaart, verklaart, bestuurt,
 * behoort), where the bare words in -rt are mostly nouns (kaart, soort, poort), and so is -st
 * behind a long vowel other than oe and oo (bewijst, verwijst, vereist; not after er-, which
 * begins ernaast, and not verwoest, whose stem ends in -st). Only consonants may stand between
 * prefix and vowel, so no compound (verkeerskaart) is taken for a verb.
 */
const oneSyllableAfter = (prefixes: readonly string[]): string => `^(?:${prefixes.join('|')})[^aeiouy]*`
const PREFIXED_RT = `${oneSyllableAfter(UNSTRESSED_PREFIXES)}(?:${LONG_VOWELS.join('|')})rt$`
const PREFIXED_ST = `${oneSyllableAfter(UNSTRESSED_PREFIXES.filter((prefix) => prefix !== 'er'))}(?:ij|ei|ie|aa|ee|uu|eu)st$`
/** Vowels followed by i, which end verb stems only (draai, gooi, groei, voltooi). */
const VOWEL_I = '(?:aa|oo|oe)i'
/**
 * A final -t that goes: after d, g or w, after l or m behind a vowel or r, after n behind a
 * long vowel, after ts, and after aai, ooi, oei behind another letter (plaatst,
 * toetst, draait, groeit: no Dutch noun ends so; ooit, the adverb, stays).
 */
const PRESENT_T = new RegExp(`(?:[dgw]|[aeiour][lm]|(?:${LONG_VOWELS.join('|')})n|ts)t$|^.+${VOWEL_I}t$|${PREFIXED_RT}|${PREFIXED_ST}`)
/** A past tense in -de after aai, ooi, oei, whose -e the stemmer keeps (draaide, groeide). */
const PAST_AFTER_VOWEL_I = new RegExp(`${VOWEL_I}de$`)
/** A final -d after a consonant other than n (and not the j of ij), or after aai, ooi, oei (gedraaid, voltooid). */
const D_AFTER_CONSONANT = new RegExp(`(?:[bcfghklmpqrsvwxz]|[^i]j|${VOWEL_I})d$`)
/** A final -nd behind a long vowel other than aa (woond of woonde; maand stays). */
const ND_AFTER_LONG = new RegExp(`(?:${LONG_VOWELS.filter((vowel) => vowel !== 'aa').join('|')})nd$`)
/** The shortest stem whose -nd loses its d (eend stays). */
const MIN_ND = 5

const VOWEL = /[aeiouy]/
/** A final -ig after a consonant, in a stem of five letters or more: left where a -t or -d followed it (bevestigt, gevestigd). */
const IG = /^.{2,}[^aeiouy]ig$/

/**
 * Takes off the final -t or -d that Kraaij-Pohlmann leaves on some forms of a word.
 *
 * @param stem - a Kraaij-Pohlmann stem
 * @returns the stem without that -t, then without that -d
 * @example
 * ```ts
 * joinFinalDt('woont') // => 'woon'
 * joinFinalDt('zegt') // => 'zeg'
 * joinFinalDt('woord') // => 'woor'
 * joinFinalDt('wordt') // => 'wor'
 * joinFinalDt('kant') // => 'kant'
 * ```
 */
export function joinFinalDt(stem: string): string {
  // Abbreviations (cd, vld) have no vowel and keep their letters.
  if (!VOWEL.test(stem)) return stem
  // The stemmer keeps the -e of a past tense after aai, ooi, oei (draaide): it goes too.
  const withoutE = PAST_AFTER_VOWEL_I.test(stem) ? stem.slice(0, -1) : stem
  const withoutT = PRESENT_T.test(withoutE) ? withoutE.slice(0, -1) : withoutE
  const dGoes = D_AFTER_CONSONANT.test(withoutT) || (withoutT.length >= MIN_ND && ND_AFTER_LONG.test(withoutT))
  const withoutD = dGoes ? withoutT.slice(0, -1) : withoutT
  // The stemmer takes -ig off the other forms (bevestigen → `bevest`) but not before a -t or -d,
  // which it or the lines above take off later (bevestigt, gevestigd): -ig comes off here then.
  if (!IG.test(withoutD)) return withoutD
  // Without -ig, a -d may be last again (vertegenwoordigt as vertegenwoordigen, `vertegenwoor`);
  // else, as the stemmer does after any suffix, a final z or v is written s or f (gewijzigd as
  // wijzigen, `wijs`).
  const withoutIg = withoutD.slice(0, -2)
  return D_AFTER_CONSONANT.test(withoutIg) ? withoutIg.slice(0, -1) : finalConsonant(lengthenV(withoutIg))
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const FINAL_DT_RULE = [
  'final-dt',
  PAST_AFTER_VOWEL_I.source,
  PRESENT_T.source,
  D_AFTER_CONSONANT.source,
  MIN_ND,
  ND_AFTER_LONG.source,
  IG.source,
  'step6',
].join(':')
