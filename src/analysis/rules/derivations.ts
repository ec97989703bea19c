/**
 * Derived words are words of their own, not forms of the word they are made from:
 *
 * - a noun in -ing (a wijziging, a change) is not its verb: wijziging must not find every
 *   sentence with wijzigen or gewijzigd, nor woonde find woning;
 * - an agent noun or inhabitant name in -aar (wandelaar, Mechelaar) is not its verb or place:
 *   Mechelaars must not find Mechelen, nor wandelen every wandelaar;
 * - an adjective in -baar (betaalbaar) is not its verb: betalen must not find betaalbare;
 * - a noun in -heid (veiligheid) is not its adjective: veilig must not find veiligheid;
 * - a noun in -atie (informatie, installatie) is not its verb in -eren, nor an adjective in
 *   -atief (alternatief): installeren must not find every installatie;
 * - an adjective in -ioneel or -lijk is not its noun (functioneel is not functie, gemakkelijk
 *   not gemak), nor a noun in -isme or -iteit its adjective (liberalisme, nationaliteit), nor a
 *   noun in -sel its verb (voedsel is not voeden; wissel is not wissen);
 * - a noun in -ster is not the word before it: werkster is not werk, venster not ven, minister
 *   not mini, register not regi;
 * - an adjective in -ig or -achtig (lastig, krachtig, nodig, bergachtig) is not its noun, nor a
 *   verb whose stem ends in -ig (bevestigen) another word: last must not find lastig, nood
 *   not nodig, aanwezig not aanwees (of aanwijzen), veilig not veilen.
 *
 * Kraaij-Pohlmann takes these suffixes off (wijziging and wijzigen are both `wijzig`,
 * wandelaar and wandelen both `wandel`, veiligheid and veilig both `veilig`, lastig and last
 * both `last`, bevestigen `bevest`, informatie and informeren both `informer`). This rule puts
 * the suffix back on the term of a word that has it, so that the derived word and its
 * inflections (plural, -e form) share a term of their own. Where the stem still ends in the
 * suffix (ding, jaar, bewaren), nothing changes. The first ending that fits decides.
 *
 * @module
 */

/** A derivational ending, the inflected forms it covers, and the suffix its term ends in. */
interface Derivation {
  readonly ending: RegExp
  readonly suffix: string
}

const DERIVATIONS: readonly Derivation[] = [
  { ending: /ing(?:en)?$/, suffix: 'ing' },
  { ending: /ba(?:ar|re[nr]?)$/, suffix: 'baar' },
  { ending: /.{3}he(?:id|den)$/, suffix: 'heid' },
  { ending: /(?:[^b]aar|[^b]aars|[^b]aren)$/, suffix: 'aar' },
  // A noun in -atie (informatie) and an adjective in -atief (alternatief, and its plural
  // alternatieven) are not the verb in -eren that Kraaij-Pohlmann stems them as.
  { ending: /atie[sn]?$/, suffix: 'atie' },
  { ending: /atie(?:f|ve|ven|ver|vere|fst|fste)$/, suffix: 'atief' },
  // An adjective in -ioneel (functioneel, traditionele) is not its noun in -ie.
  { ending: /ione(?:el|le|ler|lere|elst|elste)$/, suffix: 'ioneel' },
  // Nouns in -isme and -iteit (liberalisme, nationaliteit) are not their adjectives.
  { ending: /isme[ns]?$/, suffix: 'isme' },
  { ending: /iteit(?:en)?$/, suffix: 'iteit' },
  // An adjective in -lijk (gemakkelijk, gemeenschappelijke) is not its noun.
  { ending: /lijk(?:e|er|ere|st|ste|s)?$/, suffix: 'lijk' },
  // A noun in -sel (voedsel, mengsel, stelsel), and a word of its own in -sel (wissel, mossel),
  // is not the verb or noun before it (voeden, mengen, stel; wissen, mos).
  { ending: /sel(?:s|en|t|de|den|d|end|ende)?$/, suffix: 'sel' },
  // A noun in -ster: an agent (werkster is not werk) or a word of its own (venster is not ven).
  { ending: /ster(?:s)?$/, suffix: 'ster' },
  // An adjective's forms (-e, -er, -st, -s), a verb's (-en, -t, -de, -d, -end) and an agent
  // noun's (-er, -ers): lastige, lastiger; bevestigt, bevestigd, verdedigend; vertegenwoordigers.
  // Not after e or u, where the i is a diphthong's (weiger, eigen, buigt).
  { ending: /.{3}achtig(?:e|er|ere|st|ste|s)?$/, suffix: 'achtig' },
  { ending: /(?<![eu])ig(?:e|en|end|ende|er|ere|ers|st|ste|s|t|de|den|d)?$/, suffix: 'ig' },
]

/** What identifies the rule in the analyzer's fingerprint. */
export const DERIVATION_RULE = `derivations:${DERIVATIONS.map((d) => `${d.ending.source}:+${d.suffix}`).join(';')}`

/**
 * The term of a word, with its derivational suffix put back when the stemmer took it off.
 *
 * @param word - the normalised word
 * @param term - its term so far
 * @returns the term of the derived word, or `term` for any other word
 * @example
 * ```ts
 * derivedTerm('wijzigingen', 'wijzig') // => 'wijziging'
 * derivedTerm('wijzigen', 'wijzig') // => 'wijzig'
 * derivedTerm('dingen', 'ding') // => 'ding'
 * derivedTerm('mechelaars', 'mechel') // => 'mechelaar'
 * derivedTerm('betaalbare', 'betaal') // => 'betaalbaar'
 * derivedTerm('lastige', 'last') // => 'lastig'
 * derivedTerm('bevestigt', 'bevest') // => 'bevestig'
 * derivedTerm('wijzigt', 'wijzig') // => 'wijzig'
 * ```
 */
export function derivedTerm(word: string, term: string): string {
  for (const { ending, suffix } of DERIVATIONS) {
    if (ending.test(word)) return term.endsWith(suffix) ? term : `${term}${suffix}`
  }
  return term
}
