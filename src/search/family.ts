/**
 * A word's derivational family, as `expand` looks it up: the words made from the same base
 * with a derivational ending (islam, islamitisch; democratie, democraten, democratisch;
 * kwetsbaar, kwetsbaarheid; Mechelaar, Mechelse). The analyzer gives each derived word a term
 * of its own (`analysis/rules/derivations.ts`), so the defaults keep them apart; the family
 * brings them back at a lower weight.
 *
 * The endings are facts of Dutch word formation, each with its inflected forms: adjectives in
 * -isch (-istisch, -itisch, -atisch), -lijk, -baar, -ig, -ief, -iek, -loos and the -s of
 * place adjectives (Mechels, Mechelse); nouns in -isme, -ist, -iteit, -atie, -itie, -heid,
 * -ing, -schap; persons in -aar, -aat and -eur; and the verbs of nouns in -ing and -atie.
 *
 * @module
 */

/**
 * The derivational endings with their inflections, as they follow the base: -isch, -istisch,
 * -itisch, -atisch (-e); -isme (-n); -ist, -iteit, -ing (-en); -atie, -itie (-s); -heid,
 * -heden; -lijk, -elijk (-e); -baar, -bare; -ig (-e); -ief, -ieve; -iek (-e, -en); -loos,
 * -loze; -schap (-pen); -aar (-s), -aren; -aat, -aten; -eur (-s); -s (-e); and the verb
 * of a noun in -ing or -atie: -en (verandering: veranderen) and the forms of -eren
 * (polarisatie: polariseren, polariseert, polariseerde, polariserend).
 */
const ENDING =
  '(?:(?:ist|it|at)?ische?|ismen?|(?:ist|iteit|ing)(?:en)?|[ai]ties?|heid|heden|e?lijke?|baar|bare|ige?|ief|ieve|iek(?:en?)?|loos|loze|schap(?:pen)?|aars?|aren|aat|aten|eurs?|se?|en|eer(?:t|d(?:en?)?)?|eren(?:de?)?)'

/** The shortest base: shorter ones (rac of racisme, won of woning) meet too many words by chance. */
export const MIN_BASE = 4

/** A word as its base and its longest derivational ending. */
const BASE_AND_ENDING = new RegExp(`^(.{${MIN_BASE},}?)${ENDING}$`)
/** A derivational ending alone. */
const ENDING_ONLY = new RegExp(`^${ENDING}$`)

/**
 * The base a word's family is built on: the word without its longest derivational ending
 * that leaves {@link MIN_BASE} letters or more, or the word itself.
 *
 * @param word - a normalised word
 * @example
 * ```ts
 * familyBase('islamitisch') // => 'islam'
 * familyBase('democratie') // => 'democr'
 * familyBase('kwetsbaarheid') // => 'kwetsbaar'
 * familyBase('racisme') // => 'racisme'
 * ```
 */
export function familyBase(word: string): string {
  return BASE_AND_ENDING.exec(word)?.[1] ?? word
}

/**
 * True when a word of the vocabulary that begins with a base belongs to its family: it is the
 * base itself, or the base and a derivational ending.
 *
 * @param base - a base from {@link familyBase}
 * @param word - a normalised word that begins with it
 * @example
 * ```ts
 * isOfFamily('democr', 'democraten') // => true
 * isOfFamily('islam', 'islamitische') // => true
 * isOfFamily('islam', 'islamabad') // => false
 * ```
 */
export function isOfFamily(base: string, word: string): boolean {
  return word.length === base.length || ENDING_ONLY.test(word.slice(base.length))
}
