/**
 * The stand-ins a loaded index puts in place of MiniSearch's term tree (`_index`, a
 * `SearchableMap` of term → field → sentence → frequency) and row tables (`_documentIds`,
 * `_idToShortId`, `_fieldLength`). They answer from the validated columns of a serialised
 * index and build a term's Maps when it is first read; the first change to the index turns
 * each into MiniSearch's own structure. `MiniSearch.loadJS` would need an object per posting
 * list, a Map per term and per sentence, and a radix tree of every term, which made loading
 * cost several times the JSON parse.
 *
 * @module
 */

import { forEachPosting, type TermData } from '../format/v2.js'
import { lowerBound } from '../lower-bound.js'

/** A term's data as MiniSearch uses it: field → sentence → frequency. */
export type FieldMap = Map<number, Map<number, number>>

/**
 * The base of the Map stand-ins of a loaded index: they answer reads from the saved data
 * (`entries` and the getters of each class) and hand every change to the structure that
 * `changed()` builds on first use. The other Map methods follow from `entries()`.
 */
abstract class LoadedMap<K, V, Changed extends { set(key: K, value: V): unknown; delete(key: K): boolean; clear(): void }> {
  /** The structure that takes the changes, built from the saved data on the first call. */
  protected abstract changed(): Changed
  abstract entries(): IterableIterator<[K, V]>

  set(key: K, value: V): this {
    this.changed().set(key, value)
    return this
  }

  delete(key: K): boolean {
    return this.changed().delete(key)
  }

  clear(): void {
    this.changed().clear()
  }

  *keys(): IterableIterator<K> {
    for (const [key] of this.entries()) yield key
  }

  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  forEach(visit: (value: V, key: K, map: this) => void): void {
    for (const [key, value] of this.entries()) visit(value, key, this)
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries()
  }
}

/**
 * MiniSearch's data for one term (field → sentence → frequency), built from the compact
 * posting list the first time MiniSearch reads or changes it. Most terms of a loaded index
 * are never looked up, so most posting lists are never turned into Maps. It has the Map
 * methods MiniSearch calls and holds no Map until then: a Map subclass would allocate an
 * empty table for every term of the index at load.
 */
export class LazyTermData extends LoadedMap<number, Map<number, number>, FieldMap> {
  #steps: readonly number[] | undefined
  #frequencies: readonly number[] | undefined
  #map: FieldMap | undefined

  constructor(steps: readonly number[], frequencies: readonly number[] | undefined) {
    super()
    this.#steps = steps
    this.#frequencies = frequencies
  }

  protected changed(): FieldMap {
    if (this.#map !== undefined) return this.#map
    const map: FieldMap = new Map()
    const steps = this.#steps
    if (steps !== undefined) {
      const sentences = new Map<number, number>()
      forEachPosting(steps, this.#frequencies, (id, frequency) => sentences.set(id, frequency))
      map.set(0, sentences)
    }
    this.#steps = undefined
    this.#frequencies = undefined
    this.#map = map
    return map
  }

  get(field: number): Map<number, number> | undefined {
    return this.changed().get(field)
  }

  has(field: number): boolean {
    return this.changed().has(field)
  }

  get size(): number {
    return this.changed().size
  }

  entries(): IterableIterator<[number, Map<number, number>]> {
    return this.changed().entries()
  }
}

/**
 * A row table of a loaded index (MiniSearch's `_documentIds`, `_idToShortId`, `_fieldLength`),
 * read from a column: row `i` maps to `valueAt(i)`. The first change turns it into a Map,
 * so a loaded index spends nothing per row until a sentence is added or removed.
 */
export class RowColumnMap<V> extends LoadedMap<number, V, Map<number, V>> {
  readonly #rows: number
  readonly #valueAt: (row: number) => V
  /** Values already handed out, so that MiniSearch gets the same object each time. */
  readonly #handedOut: V[] = []
  #map: Map<number, V> | undefined

  constructor(rows: number, valueAt: (row: number) => V) {
    super()
    this.#rows = rows
    this.#valueAt = valueAt
  }

  #isRow(key: number): boolean {
    return Number.isInteger(key) && key >= 0 && key < this.#rows
  }

  #value(row: number): V {
    return (this.#handedOut[row] ??= this.#valueAt(row))
  }

  protected changed(): Map<number, V> {
    if (this.#map === undefined) {
      const map = new Map<number, V>()
      for (let row = 0; row < this.#rows; row++) map.set(row, this.#value(row))
      this.#map = map
    }
    return this.#map
  }

  get(key: number): V | undefined {
    if (this.#map !== undefined) return this.#map.get(key)
    return this.#isRow(key) ? this.#value(key) : undefined
  }

  has(key: number): boolean {
    return this.#map !== undefined ? this.#map.has(key) : this.#isRow(key)
  }

  get size(): number {
    return this.#map !== undefined ? this.#map.size : this.#rows
  }

  *entries(): IterableIterator<[number, V]> {
    if (this.#map !== undefined) {
      yield* this.#map.entries()
      return
    }
    for (let row = 0; row < this.#rows; row++) yield [row, this.#value(row)]
  }
}

/** What MiniSearch 7 calls on its term tree (`_index`, a `SearchableMap`). */
export interface TermMap {
  get(term: string): TermValue | undefined
  has(term: string): boolean
  set(term: string, value: TermValue): unknown
  fetch(term: string, initial: () => TermValue): TermValue
  update(term: string, update: (value: TermValue | undefined) => TermValue): unknown
  delete(term: string): boolean
  clear(): void
  atPrefix(prefix: string): unknown
  fuzzyGet(term: string, distance: number): unknown
  readonly size: number
  entries(): Iterator<[string, TermValue]>
}
export type TermValue = FieldMap | LazyTermData

/** How many absent terms a whole index's terms remember. */
const ABSENT_LIMIT = 4096

/**
 * The terms of a loaded index in place of MiniSearch's radix tree: lookups are a binary search
 * in the postings, which the format keeps sorted by term, remembered for the next searches
 * (a hash look-up costs a fraction of the binary search's string comparisons), and a term's
 * Map is built when it is first read. zoek only looks terms up; the first change, or a prefix or fuzzy lookup of
 * MiniSearch's own, builds MiniSearch's tree from these terms and hands everything over to it.
 */
export class LoadedTerms extends LoadedMap<string, TermValue, TermMap> {
  readonly #postings: TermData['postings']
  readonly #data: (LazyTermData | undefined)[] = []
  readonly #newTree: () => TermMap
  readonly #loaded: ((term: string) => boolean) | undefined
  #tree: TermMap | undefined
  /** The places of terms looked up before, and terms found absent (at most `ABSENT_LIMIT`), for a whole index. */
  #places: Map<string, number> | undefined
  #absent: Set<string> | undefined

  /**
   * @param postings - the posting lists, sorted by term
   * @param newTree - makes MiniSearch's empty term tree
   * @param loaded - for a static index, which loads its posting lists in shards: false when
   *   the term's shard is not loaded yet (the call notes that it is needed); the term is then
   *   not found, and the search runs again once it is
   */
  constructor(postings: TermData['postings'], newTree: () => TermMap, loaded?: (term: string) => boolean) {
    super()
    this.#postings = postings
    this.#newTree = newTree
    this.#loaded = loaded
  }

  #find(term: string): number {
    if (this.#loaded !== undefined && !this.#loaded(term)) return -1
    const postings = this.#postings
    const known = this.#places?.get(term)
    if (known !== undefined) return known
    if (this.#absent?.has(term)) return -1
    const k = lowerBound(postings.length, (place) => postings[place][0], term)
    const found = postings[k]?.[0] === term
    // A static index's postings grow as its shards load; a whole index's do not. Every search
    // looks its terms up again, each as a term and as a compound part, which many are not.
    if (this.#loaded === undefined) {
      if (found) (this.#places ??= new Map()).set(term, k)
      else {
        const absent = (this.#absent ??= new Set())
        if (absent.size >= ABSENT_LIMIT) absent.clear()
        absent.add(term)
      }
    }
    return found ? k : -1
  }

  #at(k: number): LazyTermData {
    const [, steps, frequencies] = this.#postings[k]
    return (this.#data[k] ??= new LazyTermData(steps, frequencies))
  }

  protected changed(): TermMap {
    if (this.#tree === undefined) {
      if (this.#loaded !== undefined) throw new Error('A static index cannot be changed, and looks its terms up one by one.')
      const tree = this.#newTree()
      for (let k = 0; k < this.#postings.length; k++) tree.set(this.#postings[k][0], this.#at(k))
      this.#tree = tree
    }
    return this.#tree
  }

  get(term: string): TermValue | undefined {
    if (this.#tree !== undefined) return this.#tree.get(term)
    const k = this.#find(term)
    return k < 0 ? undefined : this.#at(k)
  }

  has(term: string): boolean {
    return this.#tree !== undefined ? this.#tree.has(term) : this.#find(term) >= 0
  }

  get size(): number {
    return this.#tree !== undefined ? this.#tree.size : this.#postings.length
  }

  fetch(term: string, initial: () => TermValue): TermValue {
    return this.changed().fetch(term, initial)
  }

  update(term: string, update: (value: TermValue | undefined) => TermValue): this {
    this.changed().update(term, update)
    return this
  }

  atPrefix(prefix: string): unknown {
    return this.changed().atPrefix(prefix)
  }

  fuzzyGet(term: string, distance: number): unknown {
    return this.changed().fuzzyGet(term, distance)
  }

  *entries(): IterableIterator<[string, TermValue]> {
    if (this.#tree !== undefined) {
      const entries = this.#tree.entries()
      for (let next = entries.next(); next.done !== true; next = entries.next()) yield next.value
      return
    }
    for (let k = 0; k < this.#postings.length; k++) yield [this.#postings[k][0], this.#at(k)]
  }
}
