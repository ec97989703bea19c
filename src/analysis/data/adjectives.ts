/**
 * Adjectives whose comparatives Kraaij-Pohlmann stems apart (groter is `groter`, groot
 * `groot`), with the suppletive ones (goed, beter, best), and the nouns in -te made from
 * adjectives, which it stems as the adjective (grootte, size, is `groot`). Facts of Dutch
 * grammar; the override table (`rules/overrides.ts`) gives each group one term. Comparatives
 * that are words of their own too are left out (ouder, a parent; lager, a bearing; dichter,
 * a poet), and so are adjectives whose base is a verb form too (laat, from laten; vroeg, from
 * vragen).
 *
 * @module
 */

/** The base form of each adjective, its comparative and superlative (the -e forms follow). */
const DEGREES: readonly (readonly [base: string, comparative: string, superlative: string])[] = [
  ['goed', 'beter', 'best'],
  ['veel', 'meer', 'meest'],
  ['weinig', 'minder', 'minst'],
  ['groot', 'groter', 'grootst'],
  ['klein', 'kleiner', 'kleinst'],
  ['hoog', 'hoger', 'hoogst'],
  ['lang', 'langer', 'langst'],
  ['kort', 'korter', 'kortst'],
  ['breed', 'breder', 'breedst'],
  ['smal', 'smaller', 'smalst'],
  ['dik', 'dikker', 'dikst'],
  ['dun', 'dunner', 'dunst'],
  ['jong', 'jonger', 'jongst'],
  ['nieuw', 'nieuwer', 'nieuwst'],
  ['snel', 'sneller', 'snelst'],
  ['traag', 'trager', 'traagst'],
  ['zwaar', 'zwaarder', 'zwaarst'],
  ['sterk', 'sterker', 'sterkst'],
  ['zwak', 'zwakker', 'zwakst'],
  ['warm', 'warmer', 'warmst'],
  ['koud', 'kouder', 'koudst'],
  ['duur', 'duurder', 'duurst'],
  ['ver', 'verder', 'verst'],
  ['mooi', 'mooier', 'mooist'],
  ['slecht', 'slechter', 'slechtst'],
  ['makkelijk', 'makkelijker', 'makkelijkst'],
  ['moeilijk', 'moeilijker', 'moeilijkst'],
  ['belangrijk', 'belangrijker', 'belangrijkst'],
  ['eenvoudig', 'eenvoudiger', 'eenvoudigst'],
  ['diep', 'dieper', 'diepst'],
  ['rijk', 'rijker', 'rijkst'],
  ['arm', 'armer', 'armst'],
]

/** The -e forms of a comparative and a superlative: groter/grotere, grootst/grootste. */
const withE = (form: string): readonly string[] => [form, `${form}e`]

/** Each adjective's forms of degree, under its base form. */
export const DEGREE_GROUPS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  DEGREES.map(([base, comparative, superlative]) => [base, [base, ...withE(comparative), ...withE(superlative)]]),
)

/** Nouns in -te made from adjectives, with their plurals: words of their own. */
const TE_NOUNS: readonly string[] = [
  'grootte',
  'hoogte',
  'lengte',
  'breedte',
  'diepte',
  'dikte',
  'warmte',
  'sterkte',
  'zwakte',
  'ruimte',
  'leegte',
  'stilte',
  'drukte',
  'droogte',
  'verte',
  'ziekte',
  'vlakte',
]

/** Each -te noun with its plurals, under itself. */
export const TE_NOUN_GROUPS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(TE_NOUNS.map((noun) => [noun, [noun, `${noun}s`, `${noun}n`]]))

/**
 * The tens (twintig … negentig) and their ordinals. Kraaij-Pohlmann takes -ig off them, so
 * vijftig met vijf, veertig veer (a feather) and zestig zest; each ten is a word of its own.
 */
export const TEN_GROUPS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'].map((ten) => [ten, [ten, `${ten}ste`]]),
)
