/**
 * One search, from a query tree to a ranked page of hits: the plan, the engine's candidates,
 * the exact check, paging and the total, and each hit of the page with its highlights and,
 * on request, its context and explanation.
 *
 * @module
 */

import type { Token } from '../analysis/analyzer.js'
import type { Span } from '../model.js'
import type { QueryNode } from '../query/ast.js'
import type { Documents } from './documents.js'
import { NO_MATCH, NO_TERMS, type RawResult } from './engine/sentence-minisearch.js'
import { RERANK_WINDOW, rerankFactors, rerankGains, queryWordsOf, type QueryWords, type RerankFactors } from './rerank.js'
import { mergeSpans } from './highlight.js'
import { partTerm } from './index-terms.js'
import { PerIndexCache } from './per-index-cache.js'
import { synonymsOf } from './synonyms.js'
import type { ResolvedSearchOptions } from './options.js'
import { type Candidates, candidateQuery, compile, replacementsOf, matches, termWeights, type Plan, type SentenceView } from './plan.js'
import { byRank, FoundRows, topPlaces } from './ranking.js'
import { assignOptional, optional, type Row } from './rows.js'
import type { ContextSentence, Explanation, HitInfo, SearchHit, SearchResults, SentenceInfo } from './types.js'
import { DEFAULT_WEIGHTS, weightsKey, type RankingWeights } from './weights.js'

/** What `explain` needs, worked out once per search. */
interface ExplainContext {
  readonly weights: ReadonlyMap<string, number>
  readonly checked: boolean
  readonly roleBoost: ResolvedSearchOptions['roleBoost']
}

/** What every hit of a page needs from its search. */
interface PageContext {
  readonly plan: Plan
  readonly context: number
  readonly explain?: ExplainContext
}

/**
 * Runs a search.
 *
 * @param documents - the index's documents and engine
 * @param query - the query: a checked tree, or a query string with its parser
 * @param settings - the search options, checked
 * @returns the hits of the requested page, best first, with `total`
 */
export function runSearch<M extends object>(documents: Documents, query: QueryNode | QueryText, settings: ResolvedSearchOptions<M>): SearchResults<M> {
  const { engine, rows } = documents
  const { plan, candidates, words } = planOf(documents, query, settings)
  if (candidates.query === undefined) return withTotal([], 0)
  const collapse = settings.duplicates === 'collapse' && documents.hasDuplicates
  // Each result's score is multiplied by its role's factor (by default a question's 0.7) after
  // the engine: the engine's score is a sum over terms, so this equals MiniSearch's
  // boostDocument, which would read every posting's row.
  const factors = rows.factorsOf(settings.roleBoost)
  // What every hit of the page needs, worked out once per search.
  const page: PageContext = {
    plan,
    context: settings.context,
    ...(settings.explain
      ? {
          explain: {
            weights: termWeights(plan, documents.analyzer.marksParts, settings.weights),
            checked: !candidates.exact,
            roleBoost: settings.roleBoost,
          },
        }
      : {}),
  }

  // Sentences are ranked through their context where they have one; with expand, also found through it.
  const { paragraph, question } = settings.weights
  const context = candidates.exact && documents.hasContext && (paragraph > 0 || question > 0) ? (settings.expand ? 'find' : 'rank') : 'none'
  // The sentences of a speaker the query names rank higher; with expand they are found too.
  const named = candidates.exact && documents.hasContext && settings.weights.speaker > 0 ? namedSpeakers(documents, plan, settings.weights) : []
  const speakers = named.length > 0

  // Fast path: the engine's results are the hits; keep the best in a heap, count the rest.
  if (candidates.exact && settings.filter === undefined && !collapse && context !== 'find' && !speakers) {
    const found = FoundRows.of(documents)
    const keep = (row: number, score: number, result?: RawResult): void => {
      if (rows.has(row)) found.push(row, score, result)
    }
    // Rows and scores alone unless a hit must explain its terms.
    if (settings.explain || !engine.scoreRows(candidates.query, keep))
      engine.forEachResult(candidates.query, (result) => keep(result.id, result.score, result), settings.explain)
    if (factors !== undefined) for (let i = 0; i < found.count; i++) found.scores[i] *= factors[rows.roleCode(found.rows[i])]
    // With context, every result must be seen before any is ranked.
    const marks = context === 'rank' ? markContext(documents, found, false, settings.weights) : undefined
    if (marks !== undefined) for (let i = 0; i < found.count; i++) found.scores[i] += marks.extraOf(found.rows[i])
    const total = found.count
    const places = topPlaces(found, Math.max(settings.offset + settings.limit, words === undefined ? 0 : RERANK_WINDOW))
    const reranked = words === undefined ? undefined : rerankPlaces(documents, found, places, marks, words, settings.weights, page.explain !== undefined)
    const hits: SearchHit<M>[] = []
    for (let i = settings.offset; i < Math.min(places.length, settings.offset + settings.limit); i++) {
      const place = places[i]
      const row = found.rows[place]
      const score = found.scores[place]
      // The engine's result is made only for an explanation.
      const result = page.explain === undefined ? undefined : resultOf(row, score, found.items[place], marks?.extraOf(row) ?? 0, reranked?.get(row))
      hits.push(hitOf<M>(documents, row, score, page, undefined, result))
    }
    return withTotal(hits, total)
  }

  // General path: rank everything, then check candidates in rank order only until the page
  // is full. The total checks the rest only when it is read.
  let ranked: RawResult[] = []
  engine.forEachResult(
    candidates.query,
    (result) => {
      const factor = factors === undefined ? 1 : factors[rows.roleCode(result.id)]
      ranked.push(factor === 1 ? result : { ...result, score: result.score * factor })
    },
    settings.explain,
  )
  // Only where the engine's answer is the plan's: phrases and filters need every hit checked as it stands.
  if (context !== 'none') ranked = withContext(documents, ranked, context === 'find', settings.weights)
  if (speakers) ranked = withSpeakers(documents, named, ranked, settings.expand, settings.weights)
  ranked.sort(byRank)
  if (words !== undefined) rerankResults(documents, ranked, words, settings.weights)
  let cursor = 0
  const seen = new Set<number>()
  // Only the exact check, a filter and collapsing read the sentence itself.
  const reads = !candidates.exact || settings.filter !== undefined || collapse
  // The exact check also collects the highlights, so a hit on the page is not analysed twice.
  const next = (): { result: RawResult; rowId: number; spans?: Span[] } | undefined => {
    while (cursor < ranked.length) {
      const result = ranked[cursor++]
      const rowId = collapse ? bodyRowOf(documents, result.id) : result.id
      const row = rows.get(rowId)
      if (row === undefined || seen.has(rowId)) continue
      // A static index that has not loaded this sentence yet takes it as it stands, for now;
      // the search runs again once it is loaded (search/static/), so no page is made of guesses.
      if (reads && !rows.pending(rowId)) {
        const text = row.document.text.slice(row.start, row.end)
        const spans: Span[] = []
        if (!candidates.exact && !matches(plan, new RowView(documents, result.id, row, text), spans)) continue
        if (settings.filter !== undefined && !settings.filter(toHitInfo<M>(row, text, result.score))) continue
        seen.add(rowId)
        return { result, rowId, ...(candidates.exact ? {} : { spans }) }
      }
      seen.add(rowId)
      return { result, rowId }
    }
    return undefined
  }
  const hits: SearchHit<M>[] = []
  let accepted = 0
  while (hits.length < settings.limit) {
    const found = next()
    if (found === undefined) break
    accepted++
    if (accepted > settings.offset) hits.push(hitOf<M>(documents, found.rowId, found.result.score, page, found.spans, found.result))
  }
  let total: number | undefined
  return withTotal(hits, () => {
    if (total === undefined) {
      total = accepted
      while (next() !== undefined) total++
    }
    return total
  })
}

/**
 * A ranked row as a result: the engine's result object if it made one, with the score and
 * what context gave.
 */
function resultOf(row: number, score: number, item: RawResult | undefined, context: number, gains: RerankFactors | undefined): RawResult {
  const queryTerms = item?.queryTerms ?? NO_TERMS
  const match = item?.match ?? NO_MATCH
  return { id: row, score, queryTerms, match, ...(context === 0 ? {} : { context }), ...withGains(gains) }
}

/** What a result gained by being ranked again (`rerankGains`) as its fields, only those that are not 0. */
function withGains(gains: RerankFactors | undefined): { adjacent?: number; exact?: number } {
  if (gains === undefined) return {}
  return { ...(gains.adjacent === 0 ? {} : { adjacent: gains.adjacent }), ...(gains.exact === 0 ? {} : { exact: gains.exact }) }
}

/** A query string, and how to parse it with the search's options. */
export interface QueryText {
  readonly query: string
  readonly parse: () => QueryNode
}

/** A query's plan and the engine query that finds its candidates. */
export interface Planned {
  readonly plan: Plan
  readonly candidates: Candidates
  /** The query's words that the best results are ranked again by (`rerank.ts`), when the weights `adjacent` and `exact` rank by them. */
  readonly words?: QueryWords
}

/** The options that shape a plan. */
export type PlanSettings = Pick<ResolvedSearchOptions, 'defaultOperator' | 'strict' | 'asYouType' | 'typoFallback' | 'expand' | 'weights'>

/**
 * The plans of the last 256 query strings of each index, for each combination of the options
 * that shape a plan: with the default weights the query string alone is the key, so a search
 * makes no new string to look its plan up; with other weights, the weights come first.
 */
const planCaches: PerIndexCache<string, Planned>[] = []

/**
 * The plan of a query. A query string's plan is kept, per index, until the documents change:
 * a plan depends only on the query, the options that shape it and the index's terms, and
 * parsing, analysing and expanding the words of a short query cost more than the engine's
 * look-up of a rare word.
 */
export function planOf(documents: Documents, query: QueryNode | QueryText, settings: PlanSettings): Planned {
  if (!('parse' in query)) return plan(documents, query, settings)
  const shape =
    (settings.defaultOperator === 'and' ? 1 : 0) |
    (settings.strict ? 2 : 0) |
    (settings.asYouType ? 4 : 0) |
    (settings.typoFallback ? 8 : 0) |
    (settings.expand ? 16 : 0) |
    (settings.weights === DEFAULT_WEIGHTS ? 0 : 32)
  const cache = (planCaches[shape] ??= new PerIndexCache(256))
  const key = shape < 32 ? query.query : `${weightsKey(settings.weights)}\u0000${query.query}`
  return cache.get(documents, key, () => plan(documents, query.parse(), settings))
}

function plan(documents: Documents, tree: QueryNode, settings: PlanSettings): Planned {
  const { engine } = documents
  const { marksParts } = documents.analyzer
  const table = documents.synonyms
  const compiled = compile(tree, documents.analyzer, documents.vocabulary, {
    hasTerm: (term) => engine.hasTerm(term) || (marksParts && engine.hasTerm(partTerm(term))),
    typoFallback: settings.typoFallback,
    expand: settings.expand,
    weights: settings.weights,
    ...(settings.expand && table !== undefined && settings.weights.synonym > 0
      ? { synonyms: (term: string) => synonymsOf(table, documents.analyzer, term) }
      : {}),
  })
  const words = queryWordsOf(tree, documents.analyzer, replacementsOf(compiled), settings.weights)
  return { plan: compiled, candidates: candidateQuery(compiled, marksParts, settings.weights), ...(words === undefined ? {} : { words }) }
}

/**
 * What a row's scores are multiplied by for the query's words in it (`rerank.ts`), kept with
 * the plan; nothing while a static index has not loaded the row, whose search runs again.
 */
function rerankFactorsOf(documents: Documents, rowId: number, words: QueryWords, weights: RankingWeights): RerankFactors | undefined {
  const kept = words.factors.get(rowId)
  if (kept !== undefined) return kept
  const { rows } = documents
  if (rows.pending(rowId)) return undefined
  const row = rows.get(rowId)
  if (row === undefined) return undefined
  const factors = rerankFactors(tokensOf(documents, rowId, row.document.text.slice(row.start, row.end)), words, documents.analyzer.normalize, weights)
  // The window's rows are the same each time the query is searched; a few more are kept (another sort, a filter).
  if (words.factors.size >= 4 * RERANK_WINDOW) words.factors.clear()
  words.factors.set(rowId, factors)
  return factors
}

/**
 * Ranks the best {@link RERANK_WINDOW} of the places again with what the query's words add to
 * each row's score (`rerankGains`). The places after them stay as they are, below them. With
 * `explain`, gives what each row gained.
 */
function rerankPlaces(
  documents: Documents,
  found: FoundRows,
  places: number[],
  marks: ContextMarks | undefined,
  words: QueryWords,
  weights: RankingWeights,
  explain: boolean,
): Map<number, RerankFactors> | undefined {
  const added = explain ? new Map<number, RerankFactors>() : undefined
  const size = Math.min(places.length, RERANK_WINDOW)
  let changed = false
  for (let i = 0; i < size; i++) {
    const row = found.rows[places[i]]
    const factors = rerankFactorsOf(documents, row, words, weights)
    const gains = factors === undefined ? undefined : rerankGains(factors, found.scores[places[i]], marks?.extraOf(row) ?? 0)
    if (gains === undefined) continue
    found.scores[places[i]] += gains.adjacent + gains.exact
    added?.set(row, gains)
    changed = true
  }
  if (!changed) return added
  const before = (a: number, b: number): number => found.scores[b] - found.scores[a] || found.rows[a] - found.rows[b]
  // Often the order stands (every hit holds the word as typed): then nothing is moved.
  let sorted = true
  for (let i = 1; i < size && sorted; i++) sorted = before(places[i - 1], places[i]) <= 0
  if (!sorted) places.splice(0, size, ...places.slice(0, size).sort(before))
  return added
}

/** {@link rerankPlaces} for the general path's results, sorted best first. */
function rerankResults(documents: Documents, ranked: RawResult[], words: QueryWords, weights: RankingWeights): void {
  const size = Math.min(ranked.length, RERANK_WINDOW)
  let changed = false
  for (let i = 0; i < size; i++) {
    const result = ranked[i]
    const factors = rerankFactorsOf(documents, result.id, words, weights)
    const gains = factors === undefined ? undefined : rerankGains(factors, result.score, result.context ?? 0)
    if (gains === undefined) continue
    ranked[i] = { ...result, score: result.score + gains.adjacent + gains.exact, ...withGains(gains) }
    changed = true
  }
  if (!changed) return
  const window = ranked.slice(0, size).sort(byRank)
  ranked.splice(0, size, ...window)
}

/**
 * The results with the score each sentence gets through its context added: a part of the
 * scores of the other sentences of its paragraph, less for each sentence between them, and
 * for the sentences of an answer, a part of the scores of the question before it (the weights
 * `paragraph` and `question`).
 *
 * @param documents - the index's documents
 * @param results - the engine's results
 * @param find - true when a sentence found only through its context becomes a result, with no
 *   query terms of its own (`expand`); false when context only ranks (the defaults add no hit
 *   without a form of a query word)
 * @param weights - the search's weights
 */
function withContext(documents: Documents, results: readonly RawResult[], find: boolean, weights: RankingWeights): RawResult[] {
  const found = FoundRows.of(documents)
  for (const result of results) found.push(result.id, result.score)
  const marks = markContext(documents, found, find, weights)
  if (marks.given.length === 0) return results as RawResult[]
  const ranked = results.map((result) => {
    const extra = marks.extraOf(result.id)
    return extra === 0 ? result : { ...result, score: result.score + extra, context: extra }
  })
  if (find) {
    for (const id of marks.given) if (!marks.isResult(id)) ranked.push({ id, score: marks.extraOf(id), queryTerms: [], match: {}, context: marks.extraOf(id) })
  }
  return ranked
}

/**
 * What each sentence gets through its context from the found rows (see {@link withContext}),
 * in the index's marks, valid until its next search.
 *
 * @param documents - the index's documents
 * @param found - the engine's results
 * @param find - true when sentences that are not results get something too
 * @param weights - the search's weights: `paragraph` and `question`, not both 0
 */
function markContext(documents: Documents, found: FoundRows, find: boolean, weights: RankingWeights): ContextMarks {
  const { rows } = documents
  const { paragraph: paragraphWeight, question: questionWeight } = weights
  const marks = ContextMarks.of(documents, rows.length)
  for (let i = 0; i < found.count; i++) marks.markResult(found.rows[i])
  const give = (rowId: number, score: number): void => {
    if (score > 0 && (find || marks.isResult(rowId))) marks.add(rowId, score)
  }
  for (let i = 0; i < found.count; i++) {
    const id = found.rows[i]
    const score = found.scores[i]
    const first = rows.documentStart(id)
    const end = rows.documentEnd(id)
    // A sentence that is its document has no context to give.
    if (end - first === 1) continue
    // The paragraph's other sentences: the rows next to this one with its paragraph number.
    const paragraph = rows.paragraphOf(id)
    for (let other = id - 1; other >= first && rows.paragraphOf(other) === paragraph; other--) give(other, (score * paragraphWeight) / (id - other))
    for (let other = id + 1; other < end && rows.paragraphOf(other) === paragraph; other++) give(other, (score * paragraphWeight) / (other - id))
    if (!rows.isQuestion(id)) continue
    // The answer: the answer paragraphs that follow the question's paragraph, up to the next question.
    let answered = false
    for (let other = id + 1; other < end; other++) {
      if (rows.paragraphOf(other) === paragraph) continue
      if (rows.isQuestion(other)) break
      if (rows.isAnswer(other)) {
        answered = true
        give(other, score * questionWeight)
      } else if (answered) break
    }
  }
  return marks
}

/** The speakers of each index, with the terms of their names and their rows. */
const speakerCache = new PerIndexCache<'speakers', readonly Speaker[]>(1)

interface Speaker {
  /** The terms of every word of the name, and of the last word (a surname names a person too). */
  readonly terms: readonly string[]
  readonly rows: readonly number[]
}

function speakersOf(documents: Documents): readonly Speaker[] {
  return speakerCache.get(documents, 'speakers', () => findSpeakers(documents))
}

function findSpeakers(documents: Documents): readonly Speaker[] {
  const { rows } = documents
  const rowsBySpeaker = new Map<string, number[]>()
  for (let row = 0; row < rows.length; row++) {
    const speaker = rows.speakerOf(row)
    if (speaker === undefined) continue
    let found = rowsBySpeaker.get(speaker)
    if (found === undefined) rowsBySpeaker.set(speaker, (found = []))
    found.push(row)
  }
  return [...rowsBySpeaker].map(([name, found]) => ({
    terms: documents.analyzer
      .analyze(name)
      .filter((token) => token.kind === 'word' && !token.stop)
      .map((token) => token.term),
    rows: found,
  }))
}

/**
 * The speakers a query names: by every word of the name, or by its last word (a surname
 * names a person too), among the words it asks for (not those it excludes).
 */
function namedSpeakers(documents: Documents, plan: Plan, weights: RankingWeights): readonly Speaker[] {
  const speakers = speakersOf(documents)
  if (speakers.length === 0) return speakers
  const asked = termWeights(plan, false, weights)
  return speakers.filter(({ terms }) => terms.length > 0 && (terms.every((term) => asked.has(term)) || asked.has(terms[terms.length - 1])))
}

/**
 * The results with the sentences of the speakers the query names ranked higher: a query that
 * names the interviewee is about what he says, not only about the sentences that name him.
 * Each of the speakers' sentences that is a result gets the weight `speaker` of the best score
 * of the results; with `expand` (`find`), the speakers' other sentences are found with that score.
 */
function withSpeakers(documents: Documents, named: readonly Speaker[], results: RawResult[], find: boolean, weights: RankingWeights): RawResult[] {
  if (results.length === 0) return results
  let best = 0
  for (const result of results) best = Math.max(best, result.score - (result.context ?? 0))
  const extra = best * weights.speaker
  const byId = new Map(results.map((result, i) => [result.id, i]))
  const ranked = [...results]
  for (const { rows } of named) {
    for (const id of rows) {
      if (!documents.rows.has(id)) continue
      const at = byId.get(id)
      if (at === undefined) {
        if (!find) continue
        byId.set(id, ranked.length)
        ranked.push({ id, score: extra, queryTerms: [], match: {}, context: extra })
      } else {
        const result = ranked[at]
        ranked[at] = { ...result, score: result.score + extra, context: (result.context ?? 0) + extra }
      }
    }
  }
  return ranked
}

/**
 * Per-row scratch space for {@link withContext}, kept per index and reused by each search so
 * that a query with thousands of results allocates no map: which rows are results, and what
 * context gave each row. A search's marks are told apart from earlier ones by its number.
 */
class ContextMarks {
  static readonly #byIndex = new WeakMap<Documents, ContextMarks>()
  #search = 0
  #result = new Int32Array(0)
  #given = new Int32Array(0)
  #extra = new Float64Array(0)
  /** The rows that got something, in order, once each. */
  readonly given: number[] = []

  /**
   * The marks of an index, cleared for a new search.
   *
   * @param documents - the index's documents
   * @param rows - its number of rows
   */
  static of(documents: Documents, rows: number): ContextMarks {
    let marks = ContextMarks.#byIndex.get(documents)
    if (marks === undefined) ContextMarks.#byIndex.set(documents, (marks = new ContextMarks()))
    marks.#start(rows)
    return marks
  }

  #start(rows: number): void {
    if (this.#result.length < rows) {
      const size = Math.max(rows, this.#result.length * 2)
      this.#result = new Int32Array(size)
      this.#given = new Int32Array(size)
      this.#extra = new Float64Array(size)
      this.#search = 0
    }
    this.#search++
    this.given.length = 0
  }

  markResult(row: number): void {
    this.#result[row] = this.#search
  }

  isResult(row: number): boolean {
    return this.#result[row] === this.#search
  }

  add(row: number, score: number): void {
    if (this.#given[row] !== this.#search) {
      this.#given[row] = this.#search
      this.#extra[row] = 0
      this.given.push(row)
    }
    this.#extra[row] += score
  }

  extraOf(row: number): number {
    return this.#given[row] === this.#search ? this.#extra[row] : 0
  }
}

/**
 * A sentence of the index as `sentences()` lists it.
 *
 * @param row - its row
 * @param text - its text
 */
export function toSentenceInfo<M extends object>(row: Row, text: string): SentenceInfo<M> {
  return {
    id: `${row.document.id}#${row.index}`,
    documentId: row.document.id,
    text,
    start: row.start,
    end: row.end,
    paragraph: row.paragraph,
    index: row.index,
    ...optional(row.role, row.speaker, row.duplicateOf),
    metadata: row.document.metadata as Readonly<M>,
  }
}

function toHitInfo<M extends object>(row: Row, text: string, score: number): HitInfo<M> {
  const { metadata, ...sentence } = toSentenceInfo<M>(row, text)
  return { ...sentence, score, metadata }
}

/**
 * A hit of the page: its fields, its highlights and, on request, context and explanation.
 * `spans` are the highlights the exact check already found, if it ran; `result` is the
 * engine's result, needed only to explain the hit.
 */
function hitOf<M extends object>(
  documents: Documents,
  rowId: number,
  score: number,
  page: PageContext,
  spans: Span[] | undefined,
  result: RawResult | undefined,
): SearchHit<M> {
  const row = documents.rows.get(rowId) as Row
  const hit = new Hit(documents, page.plan, rowId, row, score, spans) as unknown as Record<string, unknown>
  if (page.context > 0) hit.context = contextOf(documents, row, page.context)
  if (page.explain !== undefined && result !== undefined) hit.explain = explain(documents, result, rowId, page.explain)
  return hit as unknown as SearchHit<M>
}

/** The getter of every hit's highlights: one descriptor for all, so making a hit defines no new function. */
const HIGHLIGHTS: PropertyDescriptor = {
  get(this: Hit): readonly Span[] {
    return Hit.highlightsOf(this)
  },
  enumerable: true,
  configurable: true,
}

/**
 * A hit: the fields of toSentenceInfo and toHitInfo in their order, and its highlights as an
 * own, enumerable getter, so that a hit spreads, compares and serialises as the plain object
 * it was. An object literal with a getter costs V8 about 0.7 µs to make (a new function and
 * accessor each time); this, with one shared descriptor, about 0.13 µs (scratch measurement).
 *
 * Highlights the exact check did not find are worked out when first read: finding them
 * analyses the sentence again, most of the cost of a rare-word search, and many callers read
 * only the best hits' highlights, or none.
 */
class Hit {
  readonly #documents: Documents
  readonly #plan: Plan
  readonly #rowId: number
  readonly #row: Row
  #highlights: readonly Span[] | undefined

  constructor(documents: Documents, plan: Plan, rowId: number, row: Row, score: number, spans: Span[] | undefined) {
    const hit = this as unknown as Record<string, unknown>
    const text = row.document.text.slice(row.start, row.end)
    hit.id = `${row.document.id}#${row.index}`
    hit.documentId = row.document.id
    hit.text = text
    hit.start = row.start
    hit.end = row.end
    hit.paragraph = row.paragraph
    hit.index = row.index
    assignOptional(hit, row.role, row.speaker, row.duplicateOf)
    hit.score = score
    hit.metadata = row.document.metadata
    this.#documents = documents
    this.#plan = plan
    this.#rowId = rowId
    this.#row = row
    this.#highlights = spans === undefined ? undefined : mergeSpans(spans)
    Object.defineProperty(this, 'highlights', HIGHLIGHTS)
  }

  /** A hit's highlights, worked out when first read. */
  static highlightsOf(hit: Hit): readonly Span[] {
    if (hit.#highlights === undefined) {
      const row = hit.#row
      const found: Span[] = []
      matches(hit.#plan, new RowView(hit.#documents, hit.#rowId, row, row.document.text.slice(row.start, row.end)), found)
      hit.#highlights = mergeSpans(found)
    }
    return hit.#highlights
  }
}

/**
 * Adds `total` as a non-enumerable property, so the hits still compare and serialise as a plain
 * array: the number when it is known, or a getter, so that a total that needs more checking
 * costs nothing until it is read.
 */
function withTotal<M extends object>(hits: SearchHit<M>[], total: number | (() => number)): SearchResults<M> {
  return Object.defineProperty(hits, 'total', typeof total === 'number' ? { value: total } : { get: total }) as SearchResults<M>
}

/** The tokens of the last 2,048 sentences each index read for highlights and phrase checks. */
const tokenCache = new PerIndexCache<number, readonly Token[]>(2048)

/**
 * A sentence's tokens. The tokens of the last sentences read are kept per index until its
 * documents change: the hits of a page are mostly the hits of the query before (typing,
 * paging), and analysing them again was most of a rare-word search with highlights.
 */
function tokensOf(documents: Documents, rowId: number, text: string): readonly Token[] {
  return tokenCache.get(documents, rowId, () => documents.analyzer.analyze(text))
}

/**
 * A row as the exact check sees it; its tokens are analysed only when read. They are a getter
 * of the class, not of an object literal, which V8 would make a new function and accessor for
 * on every call (the check runs for each hit whose highlights are read).
 */
class RowView implements SentenceView {
  readonly documentId: SentenceView['documentId']
  readonly role?: SentenceView['role']
  readonly speaker?: string
  readonly #documents: Documents
  readonly #rowId: number
  readonly #text: string
  #tokens: readonly Token[] | undefined

  constructor(documents: Documents, rowId: number, row: Row, text: string) {
    this.documentId = row.document.id
    if (row.role != null) this.role = row.role
    if (row.speaker != null) this.speaker = row.speaker
    this.#documents = documents
    this.#rowId = rowId
    this.#text = text
  }

  get tokens(): readonly Token[] {
    return (this.#tokens ??= tokensOf(this.#documents, this.#rowId, this.#text))
  }
}

/** For a pull quote, the row of the body sentence it repeats; otherwise the row itself. */
function bodyRowOf(documents: Documents, rowId: number): number {
  const row = documents.rows.get(rowId)
  if (row?.duplicateOf === undefined) return rowId
  return row.duplicateOf < row.document.count ? row.document.first + row.duplicateOf : rowId
}

function contextOf(documents: Documents, row: Row, size: number): { before: ContextSentence[]; after: ContextSentence[] } {
  const siblings = documents.rowsOf(row.document).filter((other) => other.paragraph === row.paragraph)
  const at = siblings.indexOf(row)
  const view = (other: Row): ContextSentence => ({
    id: `${other.document.id}#${other.index}`,
    text: other.document.text.slice(other.start, other.end),
    start: other.start,
    end: other.end,
    index: other.index,
  })
  return { before: siblings.slice(Math.max(0, at - size), at).map(view), after: siblings.slice(at + 1, at + 1 + size).map(view) }
}

function explain(documents: Documents, result: RawResult, rowId: number, { weights, checked, roleBoost: boost }: ExplainContext): Explanation {
  const row = documents.rows.get(rowId) as Row
  // The row the engine scored: for a collapsed pull quote, the pull quote, whose role was boosted.
  const scored = documents.rows.get(result.id) as Row
  const parts = Object.entries(result.match).map(([term, fields]) => ({
    term,
    fields,
    score: documents.engine.scoreOf(term, result.id),
    weight: weights.get(term) ?? 1,
  }))
  return {
    score: result.score,
    queryTerms: result.queryTerms,
    parts,
    coordination: Object.keys(result.match).length,
    ...(scored.role !== undefined && boost[scored.role] !== undefined ? { roleBoost: boost[scored.role] as number } : {}),
    checked,
    ...(result.context !== undefined ? { contextScore: result.context } : {}),
    ...(result.adjacent !== undefined ? { adjacentScore: result.adjacent } : {}),
    ...(result.exact !== undefined ? { exactScore: result.exact } : {}),
    ...(rowId !== result.id ? { collapsedFrom: `${row.document.id}#${scored.index}` } : {}),
  }
}
