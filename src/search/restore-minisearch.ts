/**
 * Restoring MiniSearch from a serialised index. For format 2, the term maps are built straight
 * from the compact postings, and each only when MiniSearch first uses it: `MiniSearch.loadJS`
 * would first need an object per posting list, then turn each into a Map, which made loading
 * cost several times the JSON parse.
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

/**
 * MiniSearch's data for one term (field → sentence → frequency), built from the compact
 * posting list the first time MiniSearch reads or changes it. Most terms of a loaded index
 * are never looked up, so most posting lists are never turned into Maps.
 */
class LazyTermData extends Map<number, Map<number, number>> {
  #steps: readonly number[] | undefined
  readonly #frequencies: readonly number[] | undefined

  constructor(steps: readonly number[], frequencies: readonly number[] | undefined) {
    super()
    this.#steps = steps
    this.#frequencies = frequencies
  }

  #load(): void {
    const steps = this.#steps
    if (steps === undefined) return
    this.#steps = undefined
    const sentences = new Map<number, number>()
    forEachPosting(steps, this.#frequencies, (id, frequency) => sentences.set(id, frequency))
    super.set(0, sentences)
  }

  override get(field: number): Map<number, number> | undefined {
    this.#load()
    return super.get(field)
  }

  override has(field: number): boolean {
    this.#load()
    return super.has(field)
  }

  override set(field: number, sentences: Map<number, number>): this {
    this.#load()
    return super.set(field, sentences)
  }

  override delete(field: number): boolean {
    this.#load()
    return super.delete(field)
  }

  override clear(): void {
    this.#steps = undefined
    super.clear()
  }

  override get size(): number {
    this.#load()
    return super.size
  }

  override forEach(visit: (sentences: Map<number, number>, field: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.#load()
    super.forEach(visit, thisArg)
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#load()
    return super.entries()
  }

  override keys(): MapIterator<number> {
    this.#load()
    return super.keys()
  }

  override values(): MapIterator<Map<number, number>> {
    this.#load()
    return super.values()
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    this.#load()
    return super[Symbol.iterator]()
  }
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
  for (const [term, steps, frequencies] of postings) tree.set(term, new LazyTermData(steps, frequencies))
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
    tree.set(term, new LazyTermData(steps, frequencies))
    if ((i + 1) % TERMS_PER_YIELD === 0) await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return index
}
