/**
 * Ranking metrics for the relevance evaluation, at a cut-off of 10, with binary gains.
 *
 * A judged query lists snippets of relevant text. A hit is relevant when its text contains a
 * snippet that no earlier hit was credited with; each snippet is credited once, so a query
 * with three snippets has three relevant "documents" however the text is split into hits.
 */

/** One judged query. */
export interface Judgement {
  readonly q: string
  readonly kind: string
  readonly rel: readonly string[]
}

/** The scores of one ranking. */
export interface Scores {
  readonly ndcg: number
  readonly map: number
  readonly mrr: number
  readonly recall: number
  readonly p1: number
}

export const CUTOFF = 10

/**
 * Which of the ranked hits are relevant: each is credited with the first snippet it contains
 * that no earlier hit was credited with.
 *
 * @param hits - hit texts, best first
 * @param snippets - the judged snippets
 */
export function relevance(hits: readonly string[], snippets: readonly string[]): boolean[] {
  const credited = new Set<number>()
  return hits.slice(0, CUTOFF).map((hit) => {
    const text = hit.normalize('NFC')
    const found = snippets.findIndex((snippet, i) => !credited.has(i) && text.includes(snippet.normalize('NFC')))
    if (found < 0) return false
    credited.add(found)
    return true
  })
}

/**
 * nDCG@10, AP@10 (MAP over queries), reciprocal rank, recall@10 and precision@1 of one ranking.
 *
 * @param relevant - per rank, whether the hit is relevant (from {@link relevance})
 * @param judged - how many snippets the query has
 */
export function score(relevant: readonly boolean[], judged: number): Scores {
  const top = relevant.slice(0, CUTOFF)
  const discount = (rank: number) => 1 / Math.log2(rank + 2)
  const dcg = top.reduce((sum, hit, rank) => sum + (hit ? discount(rank) : 0), 0)
  const ideal = Array.from({ length: Math.min(judged, CUTOFF) }, (_, rank) => discount(rank)).reduce((a, b) => a + b, 0)
  let found = 0
  let precisions = 0
  top.forEach((hit, rank) => {
    if (!hit) return
    found++
    precisions += found / (rank + 1)
  })
  const first = top.indexOf(true)
  return {
    ndcg: ideal === 0 ? 0 : dcg / ideal,
    map: judged === 0 ? 0 : precisions / Math.min(judged, CUTOFF),
    mrr: first < 0 ? 0 : 1 / (first + 1),
    recall: judged === 0 ? 0 : found / judged,
    p1: top[0] === true ? 1 : 0,
  }
}

/**
 * The mean of each metric.
 *
 * @param all - scores of several queries
 */
export function mean(all: readonly Scores[]): Scores {
  const avg = (key: keyof Scores) => (all.length === 0 ? 0 : all.reduce((sum, s) => sum + s[key], 0) / all.length)
  return { ndcg: avg('ndcg'), map: avg('map'), mrr: avg('mrr'), recall: avg('recall'), p1: avg('p1') }
}
