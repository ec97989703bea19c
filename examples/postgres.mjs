// The PostgreSQL example of README.md. test/readme.test.ts runs it and compares its output
// with the README, so the README always shows real output.
import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { createIndex, highlight } from 'zoek'
import { createPostgresIndex } from 'zoek/postgres'

// Three in-process PGlite databases stand in for three servers; with servers, pass pg Pools.
const servers = [new PGlite(), new PGlite(), new PGlite()]
const index = await createPostgresIndex(servers)
const news = readFileSync(new URL('../test/fixtures/ud-dutch/nieuws.txt', import.meta.url), 'utf8')
const documents = news.split(/\n\n+/).map((text, i) => ({ id: `nieuws-${i}`, text }))
await index.addAll(documents, { batchSize: 50, onProgress: (done, total) => console.log(`written ${done}/${total}`) })
const { documents: stored, sentences } = await index.stats()
console.log(`${stored} documents, ${sentences} sentences`)

// The same documents in process: PostgreSQL gives the same hits, scores and highlights.
const memory = createIndex()
memory.addAll(documents)
for (const query of ['ziekenhuis', 'kampioen*', '"de eerste"', 'tweevoudig~']) {
  const hits = await index.search(query, { limit: 2 })
  const same = JSON.stringify(hits) === JSON.stringify(memory.search(query, { limit: 2 }))
  console.log(
    `${query}: ${hits.totalExact ? '' : 'at most '}${hits.total} ${hits.total === 1 ? 'hit' : 'hits'}${same ? ', as in process' : ', NOT as in process'}`,
  )
  for (const hit of hits) console.log(`  ${hit.id} ${highlight(hit, { before: '«', after: '»' })}`)
}

// In SQL, each sentence's terms are a tsvector under a GIN index, a compound's parts at its position.
const query = 'SELECT count(*)::int AS n FROM zoek_sentences WHERE terms @@ $1::tsquery'
const counts = await Promise.all(servers.map((db) => db.query(query, ["'>kampioen'"])))
console.log(`sentences with a compound on -kampioen, per server: ${counts.map(({ rows }) => rows[0].n).join(', ')}`)
await Promise.all(servers.map((db) => db.close()))
