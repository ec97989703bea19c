/**
 * Lexicalised compounds: words that look like compounds of two words of the dictionary but
 * mean something that is no kind of their last word, or whose first word means nothing of its
 * own in them, and loanwords that only look like Dutch compounds. The compound splitter keeps
 * them whole, their inflected forms too, and one part inside a longer compound
 * (school·leeftijd): a search for `tijd` does not find *leeftijd*, nor `stof` *stikstof*.
 *
 * This is lexicography, not a rule: no flag of the dictionary tells stik·stof from zwem·bad (a
 * verb stem before a noun in both), so the words are listed, as a dictionary marks them.
 *
 * @module
 */

/** Lexicalised compounds, normalised, each with why it is one. */
export const lexicalisedCompounds: readonly string[] = Object.freeze([
  // A potato is no apple.
  'aardappel',
  // A loanword (automate), not auto·maat.
  'automaat',
  // Bread and butter, no ham.
  'boterham',
  // A glove is no shoe, a charter no vest.
  'handschoen',
  'handvest',
  // A loanword (comptoir), not kant·oor.
  'kantoor',
  // The names of the elements, calques of their Greek and Latin names: stik, zuur, water and
  // kool do not say what the element is.
  'koolstof',
  'stikstof',
  'waterstof',
  'zuurstof',
  // Age is no time of living.
  'leeftijd',
  // A turtle is no toad, a theatre no castle, a seal no dog.
  'schildpad',
  'schouwburg',
  'zeehond',
  // A magazine, an example, a stock: not a kind of writing, image or council.
  'tijdschrift',
  'voorbeeld',
  'voorraad',
])
