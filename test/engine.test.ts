import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../src/index.js'
import { type EngineQuery, SentenceMiniSearch, WILDCARD } from '../src/search/engine/sentence-minisearch.js'
import { ROW_ARRAYS_FROM, ROWS_PER_POSTING } from '../src/search/engine/lean-query.js'
import { readFixture } from './helpers.js'

// zoek's engine subclass uses MiniSearch internals that MiniSearch does not document. Its
// version is pinned; these tests fail loudly, naming the internal, if an upgrade changes them.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const installed = JSON.parse(readFileSync(new URL('../node_modules/minisearch/package.json', import.meta.url), 'utf8'))

describe('the MiniSearch internals the engine uses', () => {
  it('is pinned to an exact version, the one installed', () => {
    expect(pkg.dependencies.minisearch).toMatch(/^\d+\.\d+\.\d+$/)
    expect(installed.version).toBe(pkg.dependencies.minisearch)
  })

  const engine = new SentenceMiniSearch()
  engine.addAll([
    { id: 0, terms: ['kind', 'ziek'] },
    { id: 1, terms: ['kind', 'kind', 'stad'] },
  ])
  const internals = engine as unknown as Record<string, unknown>

  it.each([
    [
      '_index',
      (value: unknown) =>
        ['get', 'has', 'set', 'fetch', 'update', 'delete', 'atPrefix', 'fuzzyGet', 'entries'].every(
          (method) => typeof (value as Record<string, unknown>)[method] === 'function',
        ),
    ],
    ['_documentIds', (value: unknown) => value instanceof Map],
    ['_idToShortId', (value: unknown) => value instanceof Map],
    ['_fieldLength', (value: unknown) => value instanceof Map && Array.isArray(value.get(0))],
    ['_avgFieldLength', (value: unknown) => Array.isArray(value) && value.length === 1],
    ['_documentCount', (value: unknown) => value === 2],
    ['_nextId', (value: unknown) => value === 2],
    ['executeQuery', (value: unknown) => typeof value === 'function'],
  ])('has %s in the shape the engine expects', (name, check) => {
    expect(check(internals[name]), `MiniSearch's ${name} changed shape; see src/search/engine/`).toBe(true)
  })

  it('gives its results, terms and scores through the subclass as through MiniSearch', () => {
    const results: { id: number; score: number }[] = []
    engine.forEachResult({ queries: ['kind'] }, (result) => results.push({ id: result.id, score: result.score }))
    expect(results.sort((a, b) => a.id - b.id)).toEqual(
      engine
        .search('kind')
        .map((r) => ({ id: r.id, score: r.score }))
        .sort((a, b) => a.id - b.id),
    )
    expect([engine.hasTerm('stad'), engine.hasTerm('dorp')]).toEqual([true, false])
    expect(engine.scoreOf('stad', 1)).toBe(engine.search('stad')[0].score)
    // MiniSearch's field length counts distinct terms: kind kind stad is 2.
    expect(engine.termData(2)).toEqual({
      average: 2,
      lengths: [2, 2],
      postings: [
        ['kind', [0, 1], [1, 2]],
        ['stad', [1]],
        ['ziek', [0]],
      ],
    })
  })

  it('restores from its term data to the same results, and stays usable', () => {
    const restored = SentenceMiniSearch.restore(engine.termData(2), 2)
    for (const term of ['kind', 'stad', 'ziek']) expect(restored.search(term)).toEqual(engine.search(term))
    expect(restored.search('ki', { prefix: true })).toEqual(engine.search('ki', { prefix: true }))
    restored.add({ id: 2, terms: ['dorp'] })
    expect(restored.search('dorp').map((r) => r.id)).toEqual([2])
    expect(restored.documentCount).toBe(3)
  })
})

describe('the lean evaluation of a query', () => {
  // Real sentences, analysed as zoek does (each line of the news sample is one sentence here).
  const analyzer = createAnalyzer()
  const news = readFixture('ud-dutch/nieuws.txt')
    .split('\n')
    .filter((line) => line.trim() !== '')
  // Twelve times over, so that the commonest words have the long posting lists that an OR of
  // terms sums into arrays by row for (the others still take maps).
  const lines = Array.from({ length: 12 }, () => news).flat()
  const engine = new SentenceMiniSearch()
  engine.addAll(lines.map((line, id) => ({ id, terms: analyzer.analyze(line).map((token) => token.term) })))
  const term = (word: string) => analyzer.term(word)
  const boosts = new Map([
    [term('kinderen'), 1],
    [term('school'), 0.25],
    [term('de'), 0.1],
  ])
  const boostTerm = (t: string) => boosts.get(t) ?? 0.6
  const queries: [string, EngineQuery][] = [
    ['one term', { combineWith: 'OR', queries: [term('kinderen')] }],
    ['terms with weights', { combineWith: 'OR', queries: [term('kinderen'), term('school'), term('de')], boostTerm }],
    [
      'nested OR with a term twice',
      {
        combineWith: 'OR',
        queries: [
          { combineWith: 'OR', queries: [term('de'), term('het')] },
          { combineWith: 'OR', queries: [term('de'), term('regering')], boostTerm },
        ],
      },
    ],
    [
      'AND of ORs',
      {
        combineWith: 'AND',
        queries: [
          { combineWith: 'OR', queries: [term('de')] },
          { combineWith: 'OR', queries: [term('het'), term('een')] },
        ],
      },
    ],
    [
      'AND_NOT',
      {
        combineWith: 'AND_NOT',
        queries: [
          { combineWith: 'OR', queries: [term('de')] },
          { combineWith: 'OR', queries: [term('het')] },
        ],
      },
    ],
    ['the wildcard without a word', { combineWith: 'AND_NOT', queries: [WILDCARD, { combineWith: 'OR', queries: [term('de')] }] }],
    ['a term no sentence has', { combineWith: 'OR', queries: ['zzzz'] }],
    // More distinct terms than the 31 bits of a number, as a prefix expands to, in two groups that share some.
    [
      'seventy terms',
      {
        combineWith: 'OR',
        queries: [
          {
            combineWith: 'OR',
            queries: [
              ...engine
                .termData(lines.length)
                .postings.slice(0, 50)
                .map(([t]) => t),
            ],
            boostTerm,
          },
          {
            combineWith: 'OR',
            queries: [
              ...engine
                .termData(lines.length)
                .postings.slice(30, 70)
                .map(([t]) => t),
            ],
          },
        ],
      },
    ],
  ]
  const scores = (query: EngineQuery, matches: boolean) => {
    const found = new Map<number, number>()
    engine.forEachResult(query, (result) => found.set(result.id, result.score), matches)
    return [...found].sort(([a], [b]) => a - b)
  }

  it('has words with posting lists long enough for arrays by row, and words without', () => {
    const length = (word: string) => engine.termData(lines.length).postings.find(([t]) => t === term(word))?.[1].length ?? 0
    expect(length('de') + length('het')).toBeGreaterThanOrEqual(Math.max(ROW_ARRAYS_FROM, lines.length / ROWS_PER_POSTING))
    expect(length('kinderen')).toBeLessThan(ROW_ARRAYS_FROM)
  })

  it.each(queries)("gives MiniSearch's scores to the last bit: %s", (_, query) => {
    const expected = scores(query, true)
    if (_ !== 'a term no sentence has') expect(expected.length).toBeGreaterThan(0)
    const lean = scores(query, false)
    expect(lean.map(([id]) => id)).toEqual(expected.map(([id]) => id))
    // It was the lean evaluation: its results carry no term lists, MiniSearch's do.
    const termLists = (matches: boolean) => {
      let terms = 0
      engine.forEachResult(query, (result) => (terms += result.queryTerms.length), matches)
      return terms
    }
    expect(termLists(false)).toBe(0)
    if (expected.length > 0 && _ !== 'the wildcard without a word') expect(termLists(true)).toBeGreaterThan(0)
    lean.forEach(([, score], i) => {
      expect(Object.is(score, expected[i][1])).toBe(true)
    })
  })
})
