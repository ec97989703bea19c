import { describe, expect, it } from 'vitest'
import { mean, relevance, score } from '../bench/relevance.js'

// The metrics of `npm run eval`, against values worked out by hand.
describe('relevance metrics', () => {
  it('credits each judged snippet once, to the first hit that contains it', () => {
    const hits = ['Het zieke kind van Vlaanderen.', 'Nog eens het zieke kind van Vlaanderen.', 'De jaren negentig.', 'Iets anders.']
    expect(relevance(hits, ['het zieke kind van Vlaanderen', 'de jaren negentig', 'jaren negentig'])).toEqual([false, true, true, false])
    expect(relevance(hits, ['zieke kind'])).toEqual([true, false, false, false])
  })

  it('scores a ranking: nDCG@10, AP@10, reciprocal rank, recall@10 and P@1', () => {
    // Relevant at ranks 2 and 4 of 3 judged snippets:
    // DCG = 1/log2(3) + 1/log2(5) = 1.061606; ideal = 1 + 1/log2(3) + 1/log2(4) = 2.130930.
    const s = score([false, true, false, true], 3)
    expect(s.ndcg).toBeCloseTo(1.061606 / 2.13093, 5)
    expect(s.map).toBeCloseTo((1 / 2 + 2 / 4) / 3, 10)
    expect(s.mrr).toBe(0.5)
    expect(s.recall).toBeCloseTo(2 / 3, 10)
    expect(s.p1).toBe(0)
    expect(score([true], 1)).toEqual({ ndcg: 1, map: 1, mrr: 1, recall: 1, p1: 1 })
    expect(score([], 2)).toEqual({ ndcg: 0, map: 0, mrr: 0, recall: 0, p1: 0 })
  })

  it('looks at the top 10 only and averages queries', () => {
    const late = [...Array(10).fill(false), true]
    expect(score(late, 1).ndcg).toBe(0)
    expect(mean([score([true], 1), score([false], 1)]).ndcg).toBe(0.5)
  })
})
