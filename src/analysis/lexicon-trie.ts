/**
 * The compound lexicon as a trie over the letters a–z: forms that begin alike share their
 * nodes, and one walk from a letter of a word reads the role bits of every form that begins
 * there. The compound splitter asks about many pieces of one word; a map would hash a fresh
 * string for each of them, the trie reads them all in one pass per starting letter.
 *
 * @module
 */

/** The letters a–z are 97–122; a node's letter is stored as 0–25. */
const A = 97
const LETTERS = 26

/**
 * A trie of lowercase forms, each with a bit mask, built once from a sorted list and then only
 * read. Nodes live in typed arrays, numbered breadth first, so that the children of a node are
 * neighbours in letter order: the children of node k are the nodes `first[k]` up to
 * `first[k + 1]`. The root's children are also found by letter.
 */
export class LexiconTrie {
  readonly #first: Int32Array
  readonly #letter: Uint8Array
  /** A form's mask on the node of its last letter; 0 on a node that ends no form. */
  readonly #mask: Uint16Array
  /** The root's child for each letter, or 0. */
  readonly #top = new Int32Array(LETTERS)

  private constructor(first: Int32Array, letter: Uint8Array, mask: Uint16Array) {
    this.#first = first
    this.#letter = letter
    this.#mask = mask
    for (let child = first[0]; child < first[1]; child++) this.#top[letter[child]] = child
  }

  /**
   * Builds the trie from forms in code-unit order, each given as the number of letters it
   * shares with the form before it and the letters that follow those.
   *
   * @param capacity - at least the number of letters given as new, plus one (node 0 is the root)
   * @param each - calls its argument once per form, in order
   * @returns the trie; a later mask for the same form replaces an earlier one, as a map's would
   * @throws RangeError when a form is out of order or not in a–z, or the letters outgrow `capacity`
   * @example
   * ```ts
   * const trie = LexiconTrie.fromSorted(16, (add) => {
   *   add(0, 'kat', 8)
   *   add(3, 'ten', 8)
   *   add(0, 'kop', 2)
   * })
   * trie.maskOf('katten') // => 8
   * trie.maskOf('ka') // => 0
   * ```
   */
  static fromSorted(capacity: number, each: (add: (shared: number, rest: string, mask: number) => void) => void): LexiconTrie {
    // First as linked lists (a node's last child, its previous sibling), then numbered breadth first.
    const letter = new Uint8Array(capacity)
    const mask = new Uint16Array(capacity)
    const lastChild = new Int32Array(capacity)
    const previousSibling = new Int32Array(capacity)
    /** path[d]: the node of the last form's d-th letter; path[0] is the root. */
    const path = [0]
    let size = 1
    each((shared, rest, formMask) => {
      path.length = Math.min(shared, path.length - 1) + 1
      for (let i = 0; i < rest.length; i++) {
        const code = rest.charCodeAt(i) - A
        if (!(code >= 0 && code < LETTERS)) throw new RangeError(`lexicon form not in a–z: ${rest}`)
        const parent = path[path.length - 1]
        // In sorted order a new child comes after its siblings, so only the last one can have
        // the same letter (when `shared` was shorter than the beginning the forms share).
        const last = lastChild[parent]
        if (last !== 0 && letter[last] === code) {
          path.push(last)
          continue
        }
        if (last !== 0 && letter[last] > code) throw new RangeError(`lexicon form out of order: ${rest}`)
        if (size >= capacity) throw new RangeError(`lexicon larger than its capacity of ${capacity} nodes`)
        const node = size++
        letter[node] = code
        previousSibling[node] = last
        lastChild[parent] = node
        path.push(node)
      }
      mask[path[path.length - 1]] = formMask
    })
    // Breadth first: order[k] is the node numbered k; each node's children, in letter order,
    // follow those of the node numbered before it.
    const order = new Int32Array(size)
    const first = new Int32Array(size + 1)
    let numbered = 1
    for (let k = 0; k < size; k++) {
      first[k] = numbered
      let child = lastChild[order[k]]
      numbered += childCount(child, previousSibling)
      for (let at = numbered - 1; child !== 0; child = previousSibling[child]) order[at--] = child
    }
    first[size] = numbered
    const letters = new Uint8Array(size)
    const masks = new Uint16Array(size)
    for (let k = 0; k < size; k++) {
      letters[k] = letter[order[k]]
      masks[k] = mask[order[k]]
    }
    return new LexiconTrie(first, letters, masks)
  }

  /** The child of a node with a letter code (97–122), or 0. */
  #child(node: number, code: number): number {
    const letter = code - A
    if (node === 0) return letter >= 0 && letter < LETTERS ? this.#top[letter] : 0
    const end = this.#first[node + 1]
    for (let child = this.#first[node]; child < end; child++) {
      const found = this.#letter[child]
      if (found >= letter) return found === letter ? child : 0
    }
    return 0
  }

  /**
   * The mask of a form, or 0 when the trie does not hold it.
   *
   * @param form - lowercase letters
   * @example
   * ```ts
   * trie.maskOf('katten') // => 8
   * ```
   */
  maskOf(form: string): number {
    let node = 0
    for (let i = 0; i < form.length; i++) {
      node = this.#child(node, form.charCodeAt(i))
      if (node === 0) return 0
    }
    // The root's mask is 0: the empty form is not held.
    return this.#mask[node]
  }

  /**
   * Writes the mask of every piece `word.slice(start, end)` for `end` from `start + 1` to
   * `word.length` into `masks[offset + end]`, 0 where the trie holds no such form; the walk stops
   * where no form goes on, and the rest of the row is filled with 0.
   *
   * @param word - lowercase letters
   * @param start - where the pieces begin
   * @param masks - the row's array
   * @param offset - where the row begins in `masks`
   */
  masksFrom(word: string, start: number, masks: Uint16Array, offset: number): void {
    let node = 0
    let end = start
    while (end < word.length) {
      node = this.#child(node, word.charCodeAt(end))
      if (node === 0) break
      end++
      masks[offset + end] = this.#mask[node]
    }
    masks.fill(0, offset + end + 1, offset + word.length + 1)
  }
}

/** The number of siblings from a node back to the first. */
function childCount(last: number, previousSibling: Int32Array): number {
  let count = 0
  for (let child = last; child !== 0; child = previousSibling[child]) count++
  return count
}
