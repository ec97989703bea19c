/**
 * MiniSearch's query evaluation without what zoek does not read: for each matching sentence
 * MiniSearch makes a result with the query terms and, per index term, the fields that matched,
 * and computes the term's inverse document frequency again. zoek reads those only to explain a
 * hit, so a search that explains nothing evaluates the same query here, on MiniSearch's own
 * maps, keeping per sentence only its score and which query terms matched (a bit each).
 *
 * The scores are MiniSearch's to the last bit: the same BM25+ formula and parameters, the same
 * products in the same order, and the sums of OR and AND in the order MiniSearch combines the
 * sub-results (`test/engine.test.ts` compares them on every query class). An OR of terms whose
 * posting lists are long sums into arrays by row instead of maps of tallies, in the same order.
 * A query this does not cover (prefix or fuzzy terms inside MiniSearch, other options, a posting of a removed
 * sentence) is left to MiniSearch: `evaluateLean` returns false.
 *
 * @module
 */

/**
 * A sentence's running score and the query terms it matched, one bit each: the first 31 terms
 * in `terms`, the others (a prefix can expand to hundreds of words) in `more`, 31 to an entry.
 */
interface Tally {
  score: number
  terms: number
  more?: number[]
}

/** Bits per number of a tally. */
const BITS = 31

/** MiniSearch's BM25+ parameters. */
interface Bm25 {
  readonly k: number
  readonly b: number
  readonly d: number
}

/** What the evaluation reads of MiniSearch's index. */
export interface LeanIndex {
  readonly postings: (term: string) => ReadonlyMap<number, number> | undefined
  readonly documentIds: ReadonlyMap<number, unknown>
  readonly fieldLength: (row: number) => number
  readonly averageFieldLength: number
  readonly documentCount: number
  readonly bm25: Bm25
  readonly wildcard: symbol
  /** One more than the largest row a posting can have. */
  readonly rowLimit: number
  /** Arrays by row that an OR of terms sums into, kept by the index between searches. */
  readonly scratch: RowScratch
}

/**
 * A sentence's score and query terms in arrays by row, for an OR of terms with long posting
 * lists: a map entry and a tally object per sentence cost more than the scoring. A set of
 * arrays is taken from the pool for each term and each OR; which rows it holds is told by
 * `mark[row] === stamp`, so it is never cleared.
 */
interface RowTallies {
  readonly scores: Float64Array
  readonly terms: Int32Array
  readonly mark: Int32Array
  stamp: number
  /** The rows held, in the order they came (as a map's keys would be). */
  rows: number[]
}

/** The arrays by row of one index, reused by its searches. */
export class RowScratch {
  readonly #free: RowTallies[] = []
  #size = 0

  /** A set of arrays for rows below `limit`, holding no row. */
  take(limit: number): RowTallies {
    if (limit > this.#size) {
      this.#free.length = 0
      this.#size = limit
    }
    const tallies = this.#free.pop() ?? {
      scores: new Float64Array(this.#size),
      terms: new Int32Array(this.#size),
      mark: new Int32Array(this.#size),
      stamp: 0,
      rows: [],
    }
    tallies.stamp++
    tallies.rows = []
    return tallies
  }

  /** Gives a set back to the pool. */
  give(tallies: RowTallies): void {
    if (tallies.scores.length === this.#size) this.#free.push(tallies)
  }
}

/** The fewest postings, over all the query's terms, for which summing into arrays pays. */
export const ROW_ARRAYS_FROM = 2_048
/**
 * In a large index, arrays by row also need a posting for every so many rows: they stay in
 * memory, 16 bytes a row for each set.
 */
export const ROWS_PER_POSTING = 32

/** A MiniSearch query as zoek builds them: nested combinations of single terms, or the wildcard. */
type QueryTree = string | symbol | { readonly combineWith?: string; readonly queries: readonly QueryTree[]; readonly boostTerm?: BoostTerm }
type BoostTerm = (term: string, i: number, terms: string[]) => number

/** Query options whose meaning this module has. */
const KNOWN_KEYS = new Set(['combineWith', 'queries', 'boostTerm'])

/** Thrown inside the evaluation to hand the query back to MiniSearch. */
class NotLean extends Error {}

/**
 * Evaluates a query as MiniSearch's `executeQuery` would, then multiplies each score by the
 * number of distinct query terms that matched, as MiniSearch's `search` does.
 *
 * @param index - MiniSearch's maps and statistics
 * @param query - the query
 * @param visit - receives each matching row with its score, once the whole query is evaluated
 * @returns false when MiniSearch must evaluate the query (then nothing was visited)
 */
export function evaluateLean(index: LeanIndex, query: QueryTree, visit: (row: number, score: number) => void): boolean {
  let tallies: Map<number, Tally>
  try {
    if (byRows(index, query)) {
      const sums = evaluateByRows(index, query, undefined, new Map())
      for (const row of sums.rows) visit(row, sums.scores[row] * (countBits(sums.terms[row]) || 1))
      index.scratch.give(sums)
      return true
    }
    tallies = evaluate(index, query, { combineWith: 'OR', boostTerm: undefined }, new Map())
  } catch (error) {
    if (error instanceof NotLean) return false
    throw error
  }
  for (const [row, tally] of tallies) visit(row, tally.score * (termsOf(tally) || 1))
  return true
}

/**
 * True when a query is an OR of terms (at any depth, at most 31 distinct) whose posting lists
 * are long enough to sum into arrays by row.
 */
function byRows(index: LeanIndex, query: QueryTree): boolean {
  const terms = new Set<string>()
  const visit = (node: QueryTree, combineWith: string): boolean => {
    if (typeof node === 'string') return terms.add(node).size <= BITS
    if (typeof node === 'symbol' || Object.keys(node).some((key) => !KNOWN_KEYS.has(key))) return false
    const combine = node.combineWith ?? combineWith
    return combine.toLowerCase() === 'or' && node.queries.every((child) => visit(child, combine))
  }
  if (!visit(query, 'OR')) return false
  let postings = 0
  for (const term of terms) postings += index.postings(term)?.size ?? 0
  return postings >= Math.max(ROW_ARRAYS_FROM, index.rowLimit / ROWS_PER_POSTING)
}

/**
 * {@link evaluate} for a query that {@link byRows} accepts: the same scores, summed in the
 * same order, into arrays by row.
 */
function evaluateByRows(index: LeanIndex, query: QueryTree, inherited: BoostTerm | undefined, bits: Map<string, number>): RowTallies {
  if (typeof query === 'string') {
    const tallies = index.scratch.take(index.rowLimit)
    forEachScore(index, query, inherited, bits, (row, score, bit) => {
      if (row >= index.rowLimit) throw new NotLean()
      tallies.mark[row] = tallies.stamp
      tallies.scores[row] = score
      tallies.terms[row] = bit
      tallies.rows.push(row)
    })
    return tallies
  }
  const { queries, boostTerm } = query as Exclude<QueryTree, string | symbol>
  const [first, ...rest] = queries.map((subquery) => evaluateByRows(index, subquery, boostTerm ?? inherited, bits))
  if (first === undefined) return index.scratch.take(index.rowLimit)
  for (const other of rest) {
    for (const row of other.rows) {
      if (first.mark[row] === first.stamp) {
        first.scores[row] = first.scores[row] + other.scores[row]
        first.terms[row] |= other.terms[row]
      } else {
        first.mark[row] = first.stamp
        first.scores[row] = other.scores[row]
        first.terms[row] = other.terms[row]
        first.rows.push(row)
      }
    }
    index.scratch.give(other)
  }
  return first
}

interface Inherited {
  readonly combineWith: string
  readonly boostTerm: BoostTerm | undefined
}

function evaluate(index: LeanIndex, query: QueryTree, inherited: Inherited, bits: Map<string, number>): Map<number, Tally> {
  if (query === index.wildcard) return wildcard(index)
  if (typeof query === 'symbol') throw new NotLean()
  if (typeof query === 'string') return termTallies(index, query, inherited.boostTerm, bits)
  for (const key of Object.keys(query)) if (!KNOWN_KEYS.has(key)) throw new NotLean()
  // A sub-query takes its parent's options unless it sets its own, as in MiniSearch.
  const options: Inherited = { combineWith: query.combineWith ?? inherited.combineWith, boostTerm: query.boostTerm ?? inherited.boostTerm }
  const results = query.queries.map((subquery) => evaluate(index, subquery, options, bits))
  if (results.length === 0) return new Map()
  const combine = COMBINATORS[options.combineWith.toLowerCase()]
  if (combine === undefined) throw new NotLean()
  return results.reduce(combine)
}

/** MiniSearch's combinators, with a tally for a result. */
const COMBINATORS: Record<string, (a: Map<number, Tally>, b: Map<number, Tally>) => Map<number, Tally>> = {
  or: (a, b) => {
    for (const [row, tally] of b) {
      const existing = a.get(row)
      if (existing === undefined) a.set(row, tally)
      else {
        existing.score = existing.score + tally.score
        unite(existing, tally)
      }
    }
    return a
  },
  and: (a, b) => {
    const combined = new Map<number, Tally>()
    for (const [row, tally] of b) {
      const existing = a.get(row)
      if (existing === undefined) continue
      const both: Tally = { score: existing.score + tally.score, terms: existing.terms, ...(existing.more === undefined ? {} : { more: [...existing.more] }) }
      unite(both, tally)
      combined.set(row, both)
    }
    return combined
  },
  and_not: (a, b) => {
    for (const row of b.keys()) a.delete(row)
    return a
  },
}

function wildcard(index: LeanIndex): Map<number, Tally> {
  const tallies = new Map<number, Tally>()
  for (const row of index.documentIds.keys()) tallies.set(row, { score: 1, terms: 0 })
  return tallies
}

/** One term's results: MiniSearch's `termResults` for an exact term in zoek's one field. */
function termTallies(index: LeanIndex, term: string, boostTerm: BoostTerm | undefined, bits: Map<string, number>): Map<number, Tally> {
  const tallies = new Map<number, Tally>()
  forEachScore(index, term, boostTerm, bits, (row, score, bit, word) => {
    if (word === 0) tallies.set(row, { score, terms: bit })
    else {
      const more = new Array<number>(word).fill(0)
      more[word - 1] = bit
      tallies.set(row, { score, terms: 0, more })
    }
  })
  return tallies
}

/**
 * Scores each sentence of a term as MiniSearch's `termResults` does, with the term's bit: bit
 * `bit` of number `word` of a tally.
 */
function forEachScore(
  index: LeanIndex,
  term: string,
  boostTerm: BoostTerm | undefined,
  bits: Map<string, number>,
  take: (row: number, score: number, bit: number, word: number) => void,
): void {
  if (term === '') return
  // The term's number among the query's distinct terms: its bit is bit % 31 of word ⌊n / 31⌋.
  let number = bits.get(term)
  if (number === undefined) {
    number = bits.size
    bits.set(term, number)
  }
  const word = Math.floor(number / BITS)
  const bit = 1 << (number % BITS)
  const postings = index.postings(term)
  if (postings === undefined) return
  const termWeight = 1
  const termBoost = boostTerm === undefined ? 1 : boostTerm(term, 0, [term])
  const fieldBoost = 1
  const { k, b, d } = index.bm25
  const matchingCount = postings.size
  const totalCount = index.documentCount
  const averageFieldLength = index.averageFieldLength
  // The same expression as MiniSearch's, once per term instead of once per sentence.
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5))
  for (const [row, termFreq] of postings) {
    // MiniSearch would drop a removed sentence's posting here; zoek removes postings eagerly.
    if (!index.documentIds.has(row)) throw new NotLean()
    const fieldLength = index.fieldLength(row)
    const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / averageFieldLength)))
    take(row, termWeight * termBoost * fieldBoost * rawScore, bit, word)
  }
}

/** Adds the terms of `other` to those of `tally`. */
function unite(tally: Tally, other: Tally): void {
  tally.terms |= other.terms
  if (other.more === undefined) return
  const more = (tally.more ??= [])
  for (let i = 0; i < other.more.length; i++) more[i] = (more[i] ?? 0) | other.more[i]
}

/** The number of distinct query terms a tally matched. */
function termsOf(tally: Tally): number {
  let count = countBits(tally.terms)
  if (tally.more !== undefined) for (const word of tally.more) count += countBits(word)
  return count
}

function countBits(value: number): number {
  let count = 0
  for (let v = value; v !== 0; v &= v - 1) count++
  return count
}
