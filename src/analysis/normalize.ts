/**
 * Character-level normalisation of one token's text into a search term, before stemming.
 * Each function is pure and works on a single word; offsets are kept by the tokenizer,
 * which records them before any of this runs.
 *
 * @module
 */

const APOSTROPHES = /[’‘´`ʼ′]/g
const COMBINING_MARKS = /\p{M}/gu

/**
 * Turns typographic apostrophes and quote-like marks (’ ‘ ´ ` ʼ ′) into ASCII `'`.
 *
 * @param word - any text
 * @returns the text with one kind of apostrophe
 * @example
 * ```ts
 * normalizeApostrophes('camera’s') // => "camera's"
 * ```
 */
export function normalizeApostrophes(word: string): string {
  return word.replace(APOSTROPHES, "'")
}

/**
 * Removes diacritics, so that the query and the index agree whether or not a writer typed
 * them: `één` → `een`, `geïnvesteerd` → `geinvesteerd`, `België` → `belgie`. The Dutch
 * ligature `ĳ` becomes `ij`.
 *
 * @param word - any text
 * @returns the text without combining marks, in NFC
 * @example
 * ```ts
 * foldDiacritics('België') // => 'Belgie'
 * ```
 */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ').normalize('NFC')
}

/**
 * Normalises a token's surface into the form the stemmer expects: NFKC (ligatures and
 * full-width letters folded: ﬁets is fiets), lowercase, ASCII apostrophes and no diacritics.
 * Prefix and fuzzy query terms use this form unstemmed. The token's offsets stay those of the
 * surface in the original text.
 *
 * @param surface - a token's text as it stands in the source
 * @returns the normalised word
 * @example
 * ```ts
 * normalizeWord('Één’s') // => "een's"
 * ```
 */
export function normalizeWord(surface: string): string {
  // Most words are plain lowercase ASCII already, and stay as they are.
  if (PLAIN.test(surface)) return surface
  // ASCII needs no Unicode normalisation and has no diacritics: `Mechelen`, `2D-diagram`.
  if (ASCII.test(surface)) return normalizeApostrophes(surface.toLowerCase())
  // Apostrophes before NFKC, which would turn the acute accent ´ into a space and a combining
  // mark, and after it, which makes primes of a double prime (″ is ′′).
  return foldDiacritics(normalizeApostrophes(normalizeApostrophes(surface).normalize('NFKC')).toLowerCase())
}

const PLAIN = /^[a-z0-9'.,-]*$/
const ASCII = /^[\x20-\x7e]*$/
