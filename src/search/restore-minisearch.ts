/**
 * Restoring MiniSearch from a serialised index. For format 2, the term maps are built straight
 * from the compact postings: `MiniSearch.loadJS` would first need an object per posting list,
 * then turn each into a Map, which made loading cost several times the JSON parse.
 *
 * This writes MiniSearch's term tree (`_index`, a `SearchableMap` of term → field → sentence →
 * frequency), which MiniSearch 7 does not document; everything else comes from `loadJS`. When
 * the tree is not there, the postings go through `loadJS` as objects: slower, same result.
 *
 * @module
 */

import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import { forEachPosting, postingObjects, type Posting } from './format.js'

/** MiniSearch's term tree, as far as zoek uses it. */
interface TermTree {
  set(term: string, data: Map<number, Map<number, number>>): unknown
}

/** How many terms go in between two yields to the event loop, when restoring asynchronously. */
const TERMS_PER_YIELD = 5000

function termTreeOf<T>(index: MiniSearch<T>): TermTree | undefined {
  const tree = (index as unknown as { _index?: Partial<TermTree> })._index
  return typeof tree?.set === 'function' ? (tree as TermTree) : undefined
}

function termData(steps: readonly number[], frequencies: readonly number[] | undefined): Map<number, Map<number, number>> {
  const sentences = new Map<number, number>()
  forEachPosting(steps, frequencies, (id, frequency) => sentences.set(id, frequency))
  return new Map([[0, sentences]])
}

/**
 * Restores MiniSearch from its serialised data and, for format 2, the compact postings.
 *
 * @param data - MiniSearch's data (with an empty `index` when `postings` are given)
 * @param postings - the compact postings of format 2, or undefined for format 1
 * @param options - MiniSearch's options
 */
export function restoreMiniSearch<T>(data: AsPlainObject, postings: readonly Posting[] | undefined, options: Options<T>): MiniSearch<T> {
  if (postings === undefined) return MiniSearch.loadJS<T>(data, options)
  const index = MiniSearch.loadJS<T>(data, options)
  const tree = termTreeOf(index)
  if (tree === undefined) return MiniSearch.loadJS<T>({ ...data, index: postingObjects(postings) }, options)
  for (const [term, steps, frequencies] of postings) tree.set(term, termData(steps, frequencies))
  return index
}

/**
 * Like {@link restoreMiniSearch}, yielding to the event loop every few thousand terms.
 *
 * @param data - MiniSearch's data
 * @param postings - the compact postings of format 2, or undefined for format 1
 * @param options - MiniSearch's options
 */
export async function restoreMiniSearchAsync<T>(data: AsPlainObject, postings: readonly Posting[] | undefined, options: Options<T>): Promise<MiniSearch<T>> {
  if (postings === undefined) return MiniSearch.loadJSAsync<T>(data, options)
  const index = await MiniSearch.loadJSAsync<T>(data, options)
  const tree = termTreeOf(index)
  if (tree === undefined) return MiniSearch.loadJSAsync<T>({ ...data, index: postingObjects(postings) }, options)
  for (let i = 0; i < postings.length; i++) {
    const [term, steps, frequencies] = postings[i]
    tree.set(term, termData(steps, frequencies))
    if ((i + 1) % TERMS_PER_YIELD === 0) await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return index
}
