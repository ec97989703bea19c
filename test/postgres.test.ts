import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { interviewSynonyms, loadInterview } from '../src/entries/interview.js'
import { createPostgresIndex, PostgresError, type PostgresIndex, type SqlClient } from '../src/entries/postgres.js'
import {
  AnalyzerMismatchError,
  createIndex,
  DocumentNotFoundError,
  DuplicateIdError,
  InvalidDocumentError,
  InvalidOptionError,
  segmentInterview,
  type SearchOptions,
  type SentenceIndex,
} from '../src/index.js'
import { expectSameSearch, PARITY_OPTIONS, PARITY_QUERIES, readFixture } from './helpers.js'

const devQueries = JSON.parse(readFixture('eval/dev-queries.json')) as { matching: string[]; answering: string[] }
const news = readFixture('ud-dutch/nieuws.txt')
const newsDocuments = news.split(/\n\s*\n/).map((text, i) => ({ id: `nieuws-${i}`, text, n: i }))

/** A client that passes statements to PGlite until told to fail, as a server that went down. */
function switchable(db: PGlite): SqlClient & { down: boolean; statements: number } {
  const client = {
    down: false,
    statements: 0,
    query: async (text: string, params?: unknown[]) => {
      if (client.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
      client.statements++
      return db.query(text, params) as Promise<{ rows: Record<string, unknown>[] }>
    },
  }
  return client
}

let db: PGlite
let shards: PGlite[]
let tables = 0
/** A fresh table prefix, so that tests share the PGlite instances and not their indexes. */
const fresh = () => `t${++tables}`

beforeAll(async () => {
  db = new PGlite()
  shards = [new PGlite(), new PGlite(), new PGlite()]
  await Promise.all([db, ...shards].map((instance) => instance.waitReady))
}, 60_000)

afterAll(async () => {
  await Promise.all([db, ...shards].map((instance) => instance.close()))
})

describe('a PostgreSQL index searches as the in-process index does', () => {
  let full: SentenceIndex
  let one: PostgresIndex
  let three: PostgresIndex
  let newsTable: string
  beforeAll(async () => {
    full = createIndex()
    full.addAll(newsDocuments)
    newsTable = fresh()
    one = await createPostgresIndex(db, { table: newsTable })
    await one.addAll(newsDocuments, { batchSize: 40 })
    three = await createPostgresIndex(shards, { table: newsTable })
    await three.addAll(newsDocuments, { batchSize: 40 })
  }, 60_000)

  it('holds every document and sentence, spread over three servers', async () => {
    expect(await one.stats()).toEqual({ documents: full.documentCount, sentences: full.sentenceCount })
    expect(await three.stats()).toEqual({ documents: full.documentCount, sentences: full.sentenceCount })
    const perServer = await Promise.all(
      shards.map(async (shard) => Number((await shard.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${newsTable}_documents`)).rows[0].n)),
    )
    expect(perServer.reduce((a, b) => a + b, 0)).toBe(full.documentCount)
    for (const n of perServer) expect(n).toBeGreaterThan(full.documentCount / 6)
  })

  it('gives the same hits, order, scores, highlights and total, on one server and on three, for every query and option', async () => {
    for (const query of PARITY_QUERIES) {
      for (const options of PARITY_OPTIONS) {
        await expectSameSearch(one, full, query, options)
        await expectSameSearch(three, full, query, options)
      }
      expect(await three.suggest(query.slice(0, 2))).toEqual(full.suggest(query.slice(0, 2)))
    }
  }, 120_000)

  it('counts the hits of a phrase exactly', async () => {
    for (const query of ['"de regering"', '+regering -minister', 'kinderen OR ziekenhuis'])
      expect(await three.count(query, { limit: 1 })).toBe(full.search(query).total)
  })

  it('gives every hit of the matching dev queries, as the in-process index does', async () => {
    for (const query of devQueries.matching) await expectSameSearch(three, full, query, { limit: 10_000 })
  })
})

/** The sentences a `toSql` statement selects on every server, as `documentId#index`, in order of the servers' rows. */
async function selected(index: PostgresIndex, servers: readonly PGlite[], query: string, options: SearchOptions = {}): Promise<Set<string>> {
  const { text, params } = await index.toSql(query, options)
  const found = new Set<string>()
  for (const server of servers)
    for (const row of (await server.query<{ document: string; index: number }>(text, params)).rows) found.add(`${JSON.parse(row.document)}#${row.index}`)
  return found
}

describe('queries as SQL', () => {
  it('selects in PostgreSQL the sentences of the query’s hits (a phrase with slop: every sentence with its words)', async () => {
    const full = createIndex()
    full.addAll(newsDocuments)
    const index = await createPostgresIndex(shards, { table: fresh() })
    await index.addAll(newsDocuments)
    let compared = 0
    for (const query of PARITY_QUERIES) {
      for (const options of [{}, { asYouType: true }, { weights: { part: 0, expansion: 0 } }] as SearchOptions[]) {
        const hits = new Set(full.search(query, { ...options, limit: 100_000, duplicates: 'keep' }).map((hit) => hit.id))
        const rows = await selected(index, shards, query, options)
        if (/"~[1-9]/.test(query)) {
          for (const hit of hits) expect(rows.has(hit), `${query}: ${hit}`).toBe(true)
        } else {
          expect([...rows].sort(), query).toEqual([...hits].sort())
          compared += hits.size
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
  }, 60_000)
})

describe('the interview in PostgreSQL', () => {
  it('answers every answering dev query with the shipped index’s top 10, with and without expand', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../corpus/manifest.json', import.meta.url), 'utf8'))
    const text = readFileSync(new URL(`../corpus/${manifest.file}`, import.meta.url), 'utf8')
    const { id, file: _file, sha256: _sha, paragraphs, rights: _rights, ...metadata } = manifest
    const table = fresh()
    // The synonyms loadInterview() gives its index, which the database does not keep.
    const index = await createPostgresIndex(db, { table, paragraphs, synonyms: interviewSynonyms() })
    await index.addSegmented(
      { id, text, ...metadata },
      segmentInterview(text, { interviewer: manifest.author, interviewee: manifest.interviewee, publication: manifest.publication }),
    )
    const interview = loadInterview()
    expect((await index.stats()).sentences).toBe(interview.sentenceCount)
    for (const query of devQueries.answering) {
      await expectSameSearch(index, interview, query, { limit: 10 })
      await expectSameSearch(index, interview, query, { limit: 10, expand: true })
    }
    // Other weights shape the plan and the ranking alike.
    for (const query of ['Bart Somers', 'multiprobleemgezinnen', 'rode lantaarn', 'wie komen er naar Mechelen kijken'])
      await expectSameSearch(index, interview, query, { limit: 10, expand: true, weights: { part: 1, split: 0.2, joined: 0.5, paragraph: 0.2, speaker: 1 } })
    // In SQL: the tsvector holds zoek's terms, a compound's parts at the compound's position,
    // so that a phrase with a part matches (‘de kinderarmoede in Mechelen halveren’).
    const vectors = await db.query<{ terms: string }>(`SELECT terms::text AS terms FROM ${table}_sentences WHERE terms @@ $1::tsquery`, ["'de' <-> '>armoed'"])
    expect(vectors.rows.length).toBe(1)
    const position = /'kinderarmoed':(\d+)/.exec(vectors.rows[0].terms)?.[1]
    expect(vectors.rows[0].terms).toContain(`'>kind':${position}`)
    expect(vectors.rows[0].terms).toContain(`'>armoed':${position}`)
    const filtered = [
      'role:answer Mechelen',
      'speaker:"Bart Somers" burgemeester',
      'speaker:"BART SOMERS" +stad',
      '"zieke kind"',
      'role:pullquote',
      '+role:question Mechelen',
      'role:question OR role:intro',
      'document:somers-mechelen-2019 armoede -kinderarmoede',
    ]
    for (const query of filtered) {
      await expectSameSearch(index, interview, query, { duplicates: 'keep' })
      const hits = interview.search(query, { limit: 1000, duplicates: 'keep' }).map((hit) => hit.id)
      expect([...(await selected(index, [db], query))].sort(), query).toEqual(hits.sort())
    }
  }, 60_000)
})

describe('changes', () => {
  it('after removals, searches as an in-process index of the documents left', async () => {
    const index = await createPostgresIndex(shards, { table: fresh() })
    await index.addAll(newsDocuments)
    const removed = newsDocuments.filter((_, i) => i % 5 === 2)
    for (const doc of removed) await index.remove(doc.id)
    const left = createIndex()
    left.addAll(newsDocuments.filter((_, i) => i % 5 !== 2))
    expect(await index.stats()).toEqual({ documents: left.documentCount, sentences: left.sentenceCount })
    for (const query of PARITY_QUERIES.filter((_, i) => i % 3 === 0)) await expectSameSearch(index, left, query, { limit: 20 })
    expect(await index.suggest('re')).toEqual(left.suggest('re'))
    await expect(index.remove(removed[0].id)).rejects.toBeInstanceOf(DocumentNotFoundError)
  }, 60_000)

  it('sees what another writer added: each search checks the generation of every server', async () => {
    const table = fresh()
    const reader = await createPostgresIndex(shards, { table })
    const writer = await createPostgresIndex(shards, { table })
    await writer.addAll(newsDocuments.slice(0, 20))
    const first = createIndex()
    first.addAll(newsDocuments.slice(0, 20))
    await expectSameSearch(reader, first, 'regering', { limit: 50 })
    await writer.addAll(newsDocuments.slice(20))
    const full = createIndex()
    full.addAll(newsDocuments)
    await expectSameSearch(reader, full, 'regering', { limit: 50 })
  }, 60_000)

  it('keeps the vocabulary in SQL: each word with its surface forms, their sentences and its term, for prefix expansion', async () => {
    const table = fresh()
    const index = await createPostgresIndex(db, { table })
    await index.addAll([{ id: 1, text: 'De migranten en een migrant kwamen naar de kinderopvang. Kinderen spelen.' }])
    const { rows } = await db.query<{ word: string; surface: string; term: string; sentences: number }>(
      `SELECT word, surface, term, sentences FROM ${table}_forms WHERE word LIKE 'migr%' OR word LIKE 'kinderen' ORDER BY word`,
    )
    expect(rows).toEqual([
      { word: 'kinderen', surface: 'Kinderen', term: 'kind', sentences: 1 },
      { word: 'migrant', surface: 'migrant', term: 'migrant', sentences: 1 },
      { word: 'migranten', surface: 'migranten', term: 'migrant', sentences: 1 },
    ])
  })

  it('keeps number and string ids apart, and metadata as given', async () => {
    const index = await createPostgresIndex(db, { table: fresh() })
    await index.addAll([
      { id: 1, text: 'Een nummer als sleutel.', year: 2019, tags: ['a', 'b'] },
      { id: '1', text: 'Een tekst als sleutel.' },
    ])
    const hits = await index.search('sleutel')
    expect(hits.map((hit) => [hit.documentId, hit.metadata])).toEqual([
      [1, { year: 2019, tags: ['a', 'b'] }],
      ['1', {}],
    ])
    await index.remove(1)
    expect((await index.search('sleutel')).map((hit) => hit.documentId)).toEqual(['1'])
  })
})

describe('bad input and failing servers', () => {
  it('refuses bad documents, ids given twice and ids already stored, adding nothing', async () => {
    const index = await createPostgresIndex(db, { table: fresh() })
    await index.addAll([{ id: 'a', text: 'Mechelen is een stad.' }])
    await expect(index.addAll([{ id: 'b', text: 'Goed.' }, { id: 'c', text: 42 } as never])).rejects.toBeInstanceOf(InvalidDocumentError)
    await expect(
      index.addAll([
        { id: 'b', text: 'Goed.' },
        { id: 'b', text: 'Twee keer.' },
      ]),
    ).rejects.toBeInstanceOf(DuplicateIdError)
    await expect(
      index.addAll([
        { id: 'b', text: 'Goed.' },
        { id: 'a', text: 'Al binnen.' },
      ]),
    ).rejects.toBeInstanceOf(DuplicateIdError)
    await expect(index.addSegmented({ id: 'd', text: 'Kort.' }, [{ start: 0, end: 99, paragraph: 0 }])).rejects.toBeInstanceOf(InvalidDocumentError)
    await expect(index.addAll([{ id: 'e', text: 'Goed.' }], { batchSize: 0 })).rejects.toBeInstanceOf(InvalidOptionError)
    expect(await index.stats()).toEqual({ documents: 1, sentences: 1 })
  })

  it('checks its options and the analyzer of stored tables', async () => {
    await expect(createPostgresIndex(db, { table: 'x; DROP TABLE y' })).rejects.toBeInstanceOf(InvalidOptionError)
    await expect(createPostgresIndex(db, { tabel: 'x' } as never)).rejects.toBeInstanceOf(InvalidOptionError)
    await expect(createPostgresIndex([])).rejects.toBeInstanceOf(InvalidOptionError)
    const table = fresh()
    await (await createPostgresIndex(db, { table, analyzer: { stemmer: 'porter' } })).add({ id: 1, text: 'De kinderen spelen.' })
    await expect(createPostgresIndex(db, { table, analyzer: { stemmer: 'kraaij-pohlmann' } })).rejects.toBeInstanceOf(AnalyzerMismatchError)
    // Without analyzer options, the stored one is used.
    const reopened = await createPostgresIndex(db, { table })
    expect(reopened.analyzer.config.stemmer).toBe('porter')
    expect((await reopened.search('kind')).length).toBe(1)
  })

  it('a server that is down fails a search with a PostgresError naming it, never with the other servers’ hits; back up, the search is whole', async () => {
    const clients = shards.map(switchable)
    const table = fresh()
    const index = await createPostgresIndex(clients, { table })
    await index.addAll(newsDocuments)
    const full = createIndex()
    full.addAll(newsDocuments)
    await expectSameSearch(index, full, 'regering')
    clients[1].down = true
    const error = await index.search('minister').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PostgresError)
    expect((error as PostgresError).code).toBe('POSTGRES')
    expect((error as PostgresError).shard).toBe(1)
    expect((error as PostgresError).message).toMatch(/server 2 of 3 failed: connect ECONNREFUSED/)
    // Even a query whose data was loaded before: the generation check asks every server.
    await expect(index.search('regering')).rejects.toBeInstanceOf(PostgresError)
    clients[1].down = false
    await expectSameSearch(index, full, 'minister')
  })

  it('a server that goes down while documents are written leaves each document whole or absent, and says how many went in', async () => {
    const clients = shards.map(switchable)
    const table = fresh()
    const index = await createPostgresIndex(clients, { table })
    // The third server fails from the second batch on.
    let batches = 0
    const third = clients[2]
    const query = third.query
    third.query = async (text, params) => {
      if (text.includes('INSERT INTO') && text.includes('_documents') && ++batches >= 2) throw new Error('terminating connection due to administrator command')
      return query(text, params)
    }
    const error = (await index.addAll(newsDocuments, { batchSize: 30 }).catch((e: unknown) => e)) as PostgresError
    expect(error).toBeInstanceOf(PostgresError)
    expect(error.shard).toBe(2)
    third.query = query
    const stored = await index.stats()
    expect(stored.documents).toBe(error.added)
    expect(stored.documents).toBeGreaterThan(30)
    expect(stored.documents).toBeLessThan(newsDocuments.length)
    // Whole documents: each stored one has all its sentences and is found as the in-process index finds it.
    const ids = new Set<string>()
    for (const shard of shards) for (const row of (await shard.query<{ id: string }>(`SELECT id FROM ${table}_documents`)).rows) ids.add(JSON.parse(row.id))
    const kept = createIndex()
    kept.addAll(newsDocuments.filter((doc) => ids.has(doc.id)))
    expect(stored.sentences).toBe(kept.sentenceCount)
    await expectSameSearch(index, kept, 'regering', { limit: 100 })
  }, 60_000)
})
