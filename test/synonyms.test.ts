import { PGlite } from '@electric-sql/pglite'
import { describe, expect, it } from 'vitest'
import { interviewSynonyms, loadInterview } from '../src/entries/interview.js'
import { createPostgresIndex } from '../src/entries/postgres.js'
import { loadIndex as loadQueryIndex } from '../src/entries/query.js'
import { openStaticIndex } from '../src/entries/static.js'
import { dutchSynonyms } from '../src/entries/synonyms.js'
import { createIndex, InvalidOptionError, loadIndex, parseSynonyms, staticFiles, type Synonyms } from '../src/index.js'

/** A table of our own: a dwelling is a house; `de` is a stop word and must bring nothing. */
const TABLE: Synonyms = new Map([['woning', ['huis', 'de']]])

const TEXTS = ['Het huis staat leeg.', 'De woning is groot.', 'Wij wonen hier.', 'Het is de tijd.']

function indexOf(synonyms?: Synonyms) {
  const index = createIndex(synonyms === undefined ? {} : { synonyms })
  index.addAll(TEXTS.map((text, i) => ({ id: i + 1, text })))
  return index
}

describe('synonyms, the related words of expand', () => {
  it('are found with expand only, by any form of the word, below the word itself', () => {
    const index = indexOf(TABLE)
    const found = (query: string, options = {}) => index.search(query, options).map((hit) => hit.documentId)
    expect(found('woningen')).toEqual([2])
    expect(found('woningen', { expand: true })).toEqual([2, 1])
    expect(found('woning', { expand: true, weights: { synonym: 0 } })).toEqual([2])
    // Not the other way round: the table says what a word's synonyms are.
    expect(found('huis', { expand: true })).toEqual([1])
  })

  it('are found for every form of a word, also a strong verb whose term is its infinitive', () => {
    const index = createIndex({ synonyms: new Map([['lopen', ['wandelen']]]) })
    index.add({ id: 1, text: 'Wij wandelen graag.' })
    for (const query of ['lopen', 'loopt', 'liep', 'gelopen']) expect(index.search(query, { expand: true }).length, query).toBe(1)
    expect(index.search('liep').length).toBe(0)
  })

  it('leave stop words out', () => {
    expect(
      indexOf(TABLE)
        .search('woning', { expand: true })
        .map((hit) => hit.documentId),
    ).not.toContain(4)
    // Also those of a list of the caller's, whatever their case, and a synonym written in capitals.
    const index = createIndex({ synonyms: new Map([['woning', ['huis', 'Tijd']]]), analyzer: { stopWords: ['TIJD'] } })
    index.addAll(TEXTS.map((text, i) => ({ id: i + 1, text })))
    expect(index.search('woning', { expand: true }).map((hit) => hit.documentId)).toEqual([2, 1])
  })

  it('are no part of the serialised index: loadIndex takes them again', () => {
    const json = JSON.stringify(indexOf(TABLE))
    expect(
      loadIndex(json)
        .search('woning', { expand: true })
        .map((hit) => hit.documentId),
    ).toEqual([2])
    expect(
      loadIndex(json, { synonyms: TABLE })
        .search('woning', { expand: true })
        .map((hit) => hit.documentId),
    ).toEqual([2, 1])
    expect(
      loadQueryIndex(json, { synonyms: TABLE })
        .search('woning', { expand: true })
        .map((hit) => hit.documentId),
    ).toEqual([2, 1])
  })

  it('give a static and a PostgreSQL index the hits of the index in process', async () => {
    const index = indexOf(TABLE)
    const files = new Map(staticFiles(index).map((file) => [file.name, file.text]))
    const opened = await openStaticIndex(async (name) => files.get(name) ?? '', { synonyms: TABLE })
    const db = new PGlite()
    try {
      const stored = await createPostgresIndex(db, { table: 'synonyms', synonyms: TABLE })
      await stored.addAll(TEXTS.map((text, i) => ({ id: i + 1, text })))
      for (const query of ['woning', 'woningen', 'huis']) {
        const expected = index.search(query, { expand: true }).map((hit) => [hit.documentId, hit.score])
        expect(
          (await opened.search(query, { expand: true })).map((hit) => [hit.documentId, hit.score]),
          query,
        ).toEqual(expected)
        expect(
          (await stored.search(query, { expand: true })).map((hit) => [hit.documentId, hit.score]),
          query,
        ).toEqual(expected)
      }
    } finally {
      await db.close()
    }
  })

  it('are checked: a Map of a word to an array of words', () => {
    expect(() => createIndex({ synonyms: { woning: ['huis'] } as never })).toThrow(InvalidOptionError)
    expect(() => createIndex({ synonyms: new Map([['woning', 'huis']]) as never })).toThrow(InvalidOptionError)
    expect(() => loadIndex(JSON.stringify(createIndex()), { synonym: TABLE } as never)).toThrow(InvalidOptionError)
    expect(() => loadInterview({ synonyms: 'yes' } as never)).toThrow(InvalidOptionError)
  })

  it('are read from lines of tab-separated words', () => {
    const table = parseSynonyms('woning\thuis\ttehuis\nkruik\tkan\n\nalleen')
    expect([...table]).toEqual([
      ['woning', ['huis', 'tehuis']],
      ['kruik', ['kan']],
    ])
  })
})

describe("Open Dutch WordNet's synonyms", () => {
  it('hold the synsets of the lemmas, normalised', () => {
    const table = dutchSynonyms()
    expect(table.size).toBeGreaterThan(20_000)
    expect(table.get('gastarbeider')).toContain('migrant')
    expect(table.get('woning')).toContain('huis')
    expect(table.get('religie')).toEqual(expect.arrayContaining(['godsdienst', 'geloof']))
    // One word each: no phrases, no (arbeids)verzuim.
    for (const [word, related] of table) for (const other of [word, ...related]) expect(other).toMatch(/^\p{L}+(?:['’-]\p{L}+)*$/u)
  })

  it('travel with the interview, as far as its words go: gastarbeiders finds the migrants with expand', () => {
    expect(interviewSynonyms().get('gastarbeider')).toEqual(['migrant'])
    const interview = loadInterview()
    const texts = (query: string, options = {}) => interview.search(query, options).map((hit) => hit.text)
    expect(
      texts('gastarbeiders', { expand: true })
        .slice(0, 2)
        .every((text) => /migranten/.test(text)),
    ).toBe(true)
    expect(texts('gastarbeiders')).toEqual([])
    expect(loadInterview({ synonyms: false }).search('gastarbeiders', { expand: true }).length).toBe(0)
  })
})
