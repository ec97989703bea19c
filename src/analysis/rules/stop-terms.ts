/**
 * Content words whose stem is a stop word's term.
 *
 * A stemmer that takes a suffix off can land on a function word: Kraaij-Pohlmann stems
 * overheid (government) as `over`, eenheid as `een`, genieten as `niet`, vorige as `voor`,
 * derde as `der`, gezonder as `zonder`. Stop words stay in the index (phrases need them), so a
 * search for overheid found every sentence with over. zoek gives such a word its term with
 * {@link STOP_TERM_MARK} after it: overheid and overheden both get `over+`, and no stop word does.
 *
 * A word keeps the stop word's term when it is a form of that stop word: a form the stem
 * overrides list (kunt and kon of kunnen, werden of worden), or the stop word with one
 * inflectional ending more or less (ander and andere, alle and alles, anderen and andere).
 *
 * @module
 */

/** Marks a content word's term that would otherwise be a stop word's. Words never contain it. */
export const STOP_TERM_MARK = '+'

/** Endings that make a form of the same word: andere/ander, alles/alle, anderen/andere. */
const INFLECTIONS = ['e', 'en', 'n', 's']

/** True when one word is the other with one inflectional ending. */
const inflects = (a: string, b: string): boolean => INFLECTIONS.some((ending) => a === b + ending || b === a + ending)

/**
 * Makes the check for a set of stop words.
 *
 * @param stopWords - the analyzer's stop words, normalised
 * @param termOf - the analyzer's term of a normalised word (before this check)
 * @returns a function from a normalised non-stop word and its term to the term to index; it
 *   marks the term when a stop word has it and the word is no inflection of that stop word
 * @example
 * ```ts
 * const check = stopTermCheck(['over', 'andere'], (word) => ({ overheid: 'over', ander: 'ander', andere: 'ander' })[word] ?? word)
 * check('overheid', 'over') // => 'over+'
 * check('ander', 'ander') // => 'ander'
 * ```
 */
export function stopTermCheck(stopWords: Iterable<string>, termOf: (word: string) => string): (word: string, term: string) => string {
  const byTerm = new Map<string, string[]>()
  for (const stop of stopWords) {
    const term = termOf(stop)
    byTerm.set(term, [...(byTerm.get(term) ?? []), stop])
  }
  return (word, term) => {
    const stops = byTerm.get(term)
    return stops === undefined || stops.some((stop) => inflects(word, stop)) ? term : term + STOP_TERM_MARK
  }
}

/** Identifies the rule in analyzer fingerprints; change it whenever the rule changes. */
export const STOP_TERM_RULE = `stop-terms:${STOP_TERM_MARK}:${INFLECTIONS.join(',')}`
