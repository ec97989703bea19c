/**
 * Edit distance for fuzzy matching against the vocabulary: Levenshtein's insertions,
 * deletions and substitutions, and a swap of two neighbouring letters as one edit (the optimal
 * string alignment distance, as Lucene's fuzzy queries count by default): *hied* is one edit
 * from *heid*, the commonest typo there is.
 *
 * @module
 */

/** Three rows of the edit-distance table, reused across calls (the vocabulary is scanned word by word). */
let twoBackRow = new Int32Array(64)
let previousRow = new Int32Array(64)
let currentRow = new Int32Array(64)

/**
 * The edit distance between `a` and `b` (a swap of neighbours counts one), computed only as
 * far as needed: any distance above `max` comes back as `max + 1`.
 *
 * @param a - a word
 * @param b - another word
 * @param max - the largest distance of interest
 * @example
 * ```ts
 * editDistance('kwetsbaarhied', 'kwetsbaarheid', 2) // => 1
 * editDistance('regerng', 'regering', 2) // => 1
 * ```
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  if (previousRow.length <= b.length) {
    twoBackRow = new Int32Array(b.length * 2 + 1)
    previousRow = new Int32Array(b.length * 2 + 1)
    currentRow = new Int32Array(b.length * 2 + 1)
  }
  let previousRowMin = 0
  let twoBack = twoBackRow
  let previous = previousRow
  let current = currentRow
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    const ch = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1)
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution)
      // A swap of the two letters before: ab for ba.
      if (i > 1 && j > 1 && ch === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, twoBack[j - 2] + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    // Rows stay for a swap two rows on, so only a whole row above max ends the search.
    if (rowMin > max && i > 1 && previousRowMin > max) return max + 1
    previousRowMin = rowMin
    const oldest = twoBack
    twoBack = previous
    previous = current
    current = oldest
  }
  return Math.min(previous[b.length], max + 1)
}
