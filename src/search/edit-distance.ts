/**
 * Levenshtein distance for fuzzy matching against the vocabulary.
 *
 * @module
 */

/** Two rows of the edit-distance table, reused across calls (the vocabulary is scanned word by word). */
let previousRow = new Int32Array(64)
let currentRow = new Int32Array(64)

/**
 * The Levenshtein distance between `a` and `b`, computed only as far as needed: any distance
 * above `max` comes back as `max + 1`.
 *
 * @param a - a word
 * @param b - another word
 * @param max - the largest distance of interest
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length * 2 + 1)
    currentRow = new Int32Array(b.length * 2 + 1)
  }
  let previous = previousRow
  let current = currentRow
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    const ch = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1)
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[b.length], max + 1)
}
