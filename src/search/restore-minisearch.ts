/**
 * Restoring MiniSearch from a serialised index. For format 2, the term maps are built straight
 * from the compact postings, and each only when MiniSearch first uses it: `MiniSearch.loadJS`
 * would first need an object per posting list, then turn each into a Map, which made loading
 * cost several times the JSON parse.
 *
 * This writes MiniSearch's term tree (`_index`, a `SearchableMap` of term → field → sentence →
 * frequency) and its document tables (`_documentIds`, `_idToShortId`, `_fieldLength`), which
 * MiniSearch 7 does not document; the rest comes from `loadJS`. When those fields are not
 * there, everything goes through `loadJS` as objects: slower, same result.
 *
 * @module
 */

import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import { forEachPosting, type TermData } from './format.js'

/** MiniSearch's term tree, as far as zoek uses it. */
interface TermTree {
  set(term: string, data: FieldMap | LazyTermData): unknown
}

/** How many terms go in between two yields to the event loop, when restoring asynchronously. */
const TERMS_PER_YIELD = 5000

function termTreeOf<T>(index: MiniSearch<T>): TermTree | undefined {
  const tree = (index as unknown as { _index?: Partial<TermTree> })._index
  return typeof tree?.set === 'function' ? (tree as TermTree) : undefined
}

/** A term's data as MiniSearch uses it: field → sentence → frequency. */
type FieldMap = Map<number, Map<number, number>>

/**
 * MiniSearch's data for one term (field → sentence → frequency), built from the compact
 * posting list the first time MiniSearch reads or changes it. Most terms of a loaded index
 * are never looked up, so most posting lists are never turned into Maps. It has the Map
 * methods MiniSearch calls and holds no Map until then: a Map subclass would allocate an
 * empty table for every term of the index at load.
 */
class LazyTermData {
  #steps: readonly number[] | undefined
  #frequencies: readonly number[] | undefined
  #map: FieldMap | undefined

  constructor(steps: readonly number[], frequencies: readonly number[] | undefined) {
    this.#steps = steps
    this.#frequencies = frequencies
  }

  #load(): FieldMap {
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
    return this.#load().get(field)
  }

  has(field: number): boolean {
    return this.#load().has(field)
  }

  set(field: number, sentences: Map<number, number>): this {
    this.#load().set(field, sentences)
    return this
  }

  delete(field: number): boolean {
    return this.#load().delete(field)
  }

  clear(): void {
    this.#load().clear()
  }

  get size(): number {
    return this.#load().size
  }

  forEach(visit: (sentences: Map<number, number>, field: number, map: FieldMap) => void, thisArg?: unknown): void {
    this.#load().forEach(visit, thisArg)
  }

  entries(): MapIterator<[number, Map<number, number>]> {
    return this.#load().entries()
  }

  keys(): MapIterator<number> {
    return this.#load().keys()
  }

  values(): MapIterator<Map<number, number>> {
    return this.#load().values()
  }

  [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.#load()[Symbol.iterator]()
  }
}

/** The fields of MiniSearch 7 that `loadJS` fills from `documentIds` and `fieldLength`. */
interface DocumentTables {
  _documentIds: Map<number, unknown>
  _idToShortId: Map<unknown, number>
  _fieldLength: Map<number, number[]>
}

function documentTablesOf<T>(index: MiniSearch<T>): DocumentTables | undefined {
  const tables = index as unknown as Partial<DocumentTables>
  return tables._documentIds instanceof Map && tables._idToShortId instanceof Map && tables._fieldLength instanceof Map ? (tables as DocumentTables) : undefined
}

/**
 * MiniSearch's serialised data (what `MiniSearch.loadJS` reads) for compact term data.
 *
 * @param terms - the term data
 * @param rows - the number of sentences
 * @param withPostings - false for the empty shell that the direct restore fills
 * @internal
 */
export function plainObject(terms: TermData, rows: number, withPostings = true): AsPlainObject {
  const documentIds: Record<string, number> = {}
  const fieldLength: Record<string, number[]> = {}
  if (withPostings) {
    for (let i = 0; i < rows; i++) {
      documentIds[i] = i
      fieldLength[i] = [terms.lengths[i]]
    }
  }
  const index: AsPlainObject['index'] = !withPostings
    ? []
    : terms.postings.map(([term, steps, frequencies]) => {
        const entries: Record<string, number> = {}
        forEachPosting(steps, frequencies, (id, frequency) => {
          entries[id] = frequency
        })
        return [term, { 0: entries }]
      })
  return { documentCount: rows, nextId: rows, documentIds, fieldIds: { terms: 0 }, fieldLength, averageFieldLength: [terms.average], storedFields: {}, dirtCount: 0, index, serializationVersion: 2 }
}

/**
 * True when the installed MiniSearch has the fields the direct restore writes; otherwise
 * loading goes through `loadJS`, several times slower.
 *
 * @internal
 */
export function restoresDirectly(): boolean {
  const index = new MiniSearch({ fields: ['terms'] })
  return termTreeOf(index) !== undefined && documentTablesOf(index) !== undefined
}

/**
 * An empty MiniSearch with the document tables of `rows` sentences (MiniSearch's ids are the
 * row numbers) and the term tree to fill, written directly; undefined when this MiniSearch
 * does not have the fields zoek writes.
 */
function withDocuments<T>(terms: TermData, rows: number, options: Options<T>): { index: MiniSearch<T>; tree: TermTree } | undefined {
  const index = MiniSearch.loadJS<T>(plainObject(terms, rows, false), options)
  const tree = termTreeOf(index)
  const tables = documentTablesOf(index)
  if (tree === undefined || tables === undefined) return undefined
  for (let i = 0; i < rows; i++) {
    tables._documentIds.set(i, i)
    tables._idToShortId.set(i, i)
    tables._fieldLength.set(i, [terms.lengths[i]])
  }
  return { index, tree }
}

/**
 * Restores MiniSearch from the compact term data of a format-2 index.
 *
 * @param terms - the term data, validated
 * @param rows - the number of sentences
 * @param options - MiniSearch's options
 */
export function restoreMiniSearch<T>(terms: TermData, rows: number, options: Options<T>): MiniSearch<T> {
  const restored = withDocuments(terms, rows, options)
  if (restored === undefined) return MiniSearch.loadJS<T>(plainObject(terms, rows), options)
  for (const [term, steps, frequencies] of terms.postings) restored.tree.set(term, new LazyTermData(steps, frequencies))
  return restored.index
}

/**
 * Like {@link restoreMiniSearch}, yielding to the event loop every few thousand terms.
 *
 * @param terms - the term data, validated
 * @param rows - the number of sentences
 * @param options - MiniSearch's options
 */
export async function restoreMiniSearchAsync<T>(terms: TermData, rows: number, options: Options<T>): Promise<MiniSearch<T>> {
  const restored = withDocuments(terms, rows, options)
  if (restored === undefined) return MiniSearch.loadJSAsync<T>(plainObject(terms, rows), options)
  const { postings } = terms
  for (let i = 0; i < postings.length; i++) {
    const [term, steps, frequencies] = postings[i]
    restored.tree.set(term, new LazyTermData(steps, frequencies))
    if ((i + 1) % TERMS_PER_YIELD === 0) await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return restored.index
}
