import { PGlite } from '@electric-sql/pglite'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPostgresIndex } from '../../src/entries/postgres.js'
import { createIndex } from '../../src/index.js'
import { compoundDocument, searchOptions, searchQuery, smallText } from './arbitraries.js'

/** Fewer cases than the in-memory properties: each writes its corpus to three PGlite databases (about 0.1 s). */
const RUNS = Math.max(150, Number(process.env.ZOEK_PROPERTY_RUNS ?? 0) / 5)

let servers: PGlite[]
beforeAll(async () => {
  servers = [new PGlite(), new PGlite(), new PGlite()]
  await Promise.all(servers.map((server) => server.waitReady))
}, 60_000)
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
})

describe('PostgreSQL index vs the in-process index', () => {
  it('on three servers, gives the same hits, order, highlights and total, and its SQL selects the same sentences, on random corpora and queries', async () => {
    let cases = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(smallText, compoundDocument), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(searchQuery, searchOptions), { minLength: 1, maxLength: 4 }),
        async (texts, asked) => {
          cases++
          const documents = texts.map((text, id) => ({ id, text }))
          const full = createIndex()
          full.addAll(documents)
          const index = await createPostgresIndex(servers, { table: `p${cases}` })
          await index.addAll(documents, { batchSize: 3 })
          for (const [q, o] of asked) {
            const expected = full.search(q, o)
            const hits = await index.search(q, o)
            expect(JSON.stringify(hits)).toBe(JSON.stringify(expected))
            expect(hits.totalExact ? hits.total : await index.count(q, o)).toBe(expected.total)
            if (/~[1-9]$/.test(q) && q.startsWith('"')) continue
            const { text, params } = await index.toSql(q, o)
            const rows = (await Promise.all(servers.map((server) => server.query<{ document: string; index: number }>(text, params)))).flatMap((r) => r.rows)
            const selected = rows.map((row) => `${JSON.parse(row.document)}#${row.index}`).sort()
            const all = full.search(q, { ...o, limit: 1000, offset: 0, duplicates: 'keep' }).map((hit) => hit.id)
            // expand also finds sentences through their context, which the SQL does not select.
            if ('expand' in o) for (const id of selected) expect(all).toContain(id)
            else expect(selected).toEqual(all.sort())
          }
          expect(await index.suggest(asked[0][0].slice(0, 2))).toEqual(full.suggest(asked[0][0].slice(0, 2)))
        },
      ),
      { numRuns: RUNS },
    )
    expect(cases).toBeGreaterThanOrEqual(RUNS)
    console.log(`[property] PostgreSQL index (3 PGlite servers) vs in-process index: ${cases} generated cases`)
  }, 300_000)
})
