// npm run test:shards — zoek's PostgreSQL index on three real servers (127.0.0.1), started and
// stopped here: parity, load and fault tests. Exits non-zero on any failure.
//
// 1. Loads the 40k-sentence matching haystack (../shared/eval; without it, the test fixtures,
//    and it says so) and the interview into one server and, hash-partitioned, into three.
// 2. Parity: every matching dev query (all hits), every answering dev query (top 10, with and
//    without expand), and queries of every kind made from the haystack's words give the
//    in-process index's hits on one server and on three.
// 3. Load: 16 clients (each its own index object, as 16 app processes would be) search for
//    ZOEK_LOAD_SECONDS (default 60) seconds; every result is checked; throughput and p50/p99.
// 4. Faults: a server crashed under load fails searches with a PostgresError (never other hits)
//    and after its restart every search is whole again; a server crashed during `addAll` leaves
//    every document whole or absent, and the error says how many went in.
// 5. Two writers at once: both go in whole, and the index searches as one built in their order.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { interviewSynonyms, loadInterview } from '../src/entries/interview.js'
import { createPostgresIndex, PostgresError, type PostgresIndex } from '../src/entries/postgres.js'
import { createIndex, segmentInterview, type SentenceIndex } from '../src/index.js'
import { haystackSentences, queriesOf, sentenceDocuments } from './haystack-queries.js'
import { startServers } from './pg-servers.js'

const LOAD_SECONDS = Number(process.env.ZOEK_LOAD_SECONDS ?? 60)
const CLIENTS = 16
const failures: string[] = []
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url))
const devQueries = JSON.parse(readFileSync(`${fixtures}eval/dev-queries.json`, 'utf8')) as { matching: string[]; answering: string[] }
let sentences = await haystackSentences()
if (sentences === undefined) {
  sentences = readFileSync(`${fixtures}ud-dutch/nieuws.txt`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
  console.log(`corpus: ../shared/eval is missing; the news fixture instead (${sentences.length} paragraphs)`)
} else console.log(`corpus: the matching haystack from ../shared/eval (${sentences.length} sentences)`)
const entries = sentenceDocuments(sentences)
const kinds = queriesOf(sentences)
const matchingQueries = [...devQueries.matching, ...kinds]

const servers = startServers(3)
const pools = servers.ports.map((_, i) => {
  const pool = new pg.Pool({ connectionString: servers.url(i), max: CLIENTS })
  // A crashed server ends idle connections; the pool opens new ones when it is back.
  pool.on('error', () => {})
  return pool
})

try {
  // 1. Load.
  const full = createIndex()
  let started = performance.now()
  for (const [doc, segments] of entries) full.addSegmented(doc, segments)
  console.log(`in-process index: ${full.sentenceCount} sentences in ${seconds(started)} s`)
  started = performance.now()
  const one = await createPostgresIndex(pools[0], { table: 'one' })
  await one.addAllSegmented(entries, { batchSize: 500 })
  console.log(`one server: ${sentences.length} documents in ${seconds(started)} s`)
  started = performance.now()
  const three = await createPostgresIndex(pools, { table: 'three' })
  await three.addAllSegmented(entries, {
    batchSize: 500,
    onProgress: (done, total) => {
      if (done % 10_000 < 500 || done === total) process.stdout.write(`\r  three servers: ${done}/${total}`)
    },
  })
  console.log(`\nthree servers: ${sentences.length} documents in ${seconds(started)} s`)
  const perServer = await Promise.all(pools.map(async (pool) => Number((await pool.query('SELECT count(*) AS n FROM three_documents')).rows[0].n)))
  check(
    perServer.reduce((a, b) => a + b, 0) === sentences.length && perServer.every((n) => n > sentences.length / 5),
    `documents spread over the servers: ${perServer.join(' + ')}`,
  )

  // 2. Parity.
  const same = async (index: PostgresIndex, reference: SentenceIndex, queries: readonly string[], options: object) => {
    let equal = 0
    for (const q of queries) {
      const expected = JSON.stringify(reference.search(q, options))
      if (JSON.stringify(await index.search(q, options)) === expected) equal++
      else console.log(`  differs: ${q} ${JSON.stringify(options)}`)
    }
    return equal
  }
  for (const [name, index] of [
    ['one server', one],
    ['three servers', three],
  ] as const) {
    const equal = await same(index, full, matchingQueries, { limit: 100_000 })
    check(
      equal === matchingQueries.length,
      `${name}: ${equal}/${matchingQueries.length} matching dev and generated queries give the in-process index's hits (all of them)`,
    )
  }
  const interview = loadInterview()
  const manifest = JSON.parse(readFileSync(new URL('../corpus/manifest.json', import.meta.url), 'utf8'))
  const text = readFileSync(new URL(`../corpus/${manifest.file}`, import.meta.url), 'utf8')
  const { id, file: _file, sha256: _sha, paragraphs, rights: _rights, ...metadata } = manifest
  const interviewSegments = segmentInterview(text, { interviewer: manifest.author, interviewee: manifest.interviewee, publication: manifest.publication })
  for (const [name, clients] of [
    ['one server', pools[0]],
    ['three servers', pools],
  ] as const) {
    const index = await createPostgresIndex(clients, { table: `interview_${Array.isArray(clients) ? 3 : 1}`, paragraphs, synonyms: interviewSynonyms() })
    await index.addSegmented({ id, text, ...metadata }, interviewSegments)
    const plain = await same(index, interview, devQueries.answering, { limit: 10 })
    const expand = await same(index, interview, devQueries.answering, { limit: 10, expand: true })
    check(
      plain + expand === 2 * devQueries.answering.length,
      `${name}: ${plain + expand}/${2 * devQueries.answering.length} answering dev queries (defaults and expand) give the shipped index's top 10`,
    )
  }

  // 3. Load: 16 clients, every result checked.
  const loadQueries = [...devQueries.matching, ...kinds]
  const expected = new Map(loadQueries.map((q) => [q, JSON.stringify(full.search(q, { limit: 10 }))]))
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => createPostgresIndex(pools, { table: 'three' })))
  // Each client's first search loads the sentence columns and vocabulary (once per generation of the index).
  started = performance.now()
  await Promise.all(clients.map((client) => client.search('gemeente')))
  console.log(`load: the first search of ${CLIENTS} new clients at once (each loads the columns and vocabulary): ${seconds(started)} s`)
  const latencies: number[] = []
  let wrong = 0
  let errors = 0
  started = performance.now()
  const until = started + LOAD_SECONDS * 1000
  await Promise.all(
    clients.map(async (client, c) => {
      for (let k = c; performance.now() < until; k++) {
        const q = loadQueries[k % loadQueries.length]
        const t0 = performance.now()
        try {
          const hits = await client.search(q, { limit: 10 })
          latencies.push(performance.now() - t0)
          if (JSON.stringify(hits) !== expected.get(q)) wrong++
        } catch (error) {
          errors++
          console.log(`  error: ${(error as Error).message}`)
        }
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1)
  console.log(
    `load: ${CLIENTS} clients for ${elapsed.toFixed(0)} s: ${latencies.length} searches, ${(latencies.length / elapsed).toFixed(0)}/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`,
  )
  check(wrong === 0 && errors === 0 && latencies.length > CLIENTS, `load: ${latencies.length} searches, ${wrong} wrong, ${errors} failed`)

  // 4a. A server crashes under load and comes back.
  let whole = 0
  let refused = 0
  let other = 0
  const faultStart = performance.now()
  const crashAt = faultStart + 2000
  const restartAt = faultStart + 5000
  const faultUntil = faultStart + 8000
  let crashed = false
  let restarted = false
  await Promise.all([
    (async () => {
      while (performance.now() < crashAt) await sleep(50)
      servers.crash(2)
      crashed = true
      while (performance.now() < restartAt) await sleep(50)
      servers.start(2)
      restarted = true
    })(),
    ...clients.slice(0, 4).map(async (client, c) => {
      for (let k = c; performance.now() < faultUntil; k++) {
        const q = loadQueries[k % loadQueries.length]
        try {
          const hits = await client.search(q, { limit: 10 })
          if (JSON.stringify(hits) === expected.get(q)) whole++
          else other++
        } catch (error) {
          if (error instanceof PostgresError && error.code === 'POSTGRES' && error.shard === 2) refused++
          else {
            other++
            console.log(`  unexpected: ${(error as Error).message}`)
          }
        }
        await sleep(5)
      }
    }),
  ])
  check(
    crashed && restarted && refused > 0 && other === 0,
    `crash under load: ${whole} whole results, ${refused} PostgresErrors naming server 3, ${other} wrong or other errors`,
  )
  let back = 0
  for (const q of loadQueries) if (JSON.stringify(await clients[0].search(q, { limit: 10 })) === expected.get(q)) back++
  check(back === loadQueries.length, `after the restart: ${back}/${loadQueries.length} searches whole`)

  // 4b. A server crashes while documents are written.
  const ingest = await createPostgresIndex(pools, { table: 'ingest' })
  const part = entries.slice(0, Math.min(4000, entries.length))
  const failure = await ingest
    .addAllSegmented(part, {
      batchSize: 100,
      onProgress: (done) => {
        if (done === 500) servers.crash(1)
      },
    })
    .then(
      () => undefined,
      (error: unknown) => error,
    )
  servers.start(1)
  check(failure instanceof PostgresError && failure.shard === 1 && failure.added !== undefined, `crash during addAll: ${String(failure)}`)
  if (failure instanceof PostgresError) {
    const stored = await ingest.stats()
    const ids = new Set<number>()
    for (const pool of pools) for (const row of (await pool.query('SELECT id FROM ingest_documents')).rows) ids.add(JSON.parse(row.id))
    const kept = createIndex()
    for (const [doc, segments] of part) if (ids.has(doc.id as number)) kept.addSegmented(doc, segments)
    check(
      stored.documents === failure.added && stored.sentences === kept.sentenceCount && stored.documents >= 500 && stored.documents < part.length,
      `after it: ${stored.documents} documents stored (the error said ${failure.added}), ${stored.sentences} sentences, each document whole`,
    )
    const probe = devQueries.matching.slice(0, 10)
    check((await same(ingest, kept, probe, { limit: 1000 })) === probe.length, 'after it: searches give the hits of the documents that went in')
  }

  // 5. Two writers at once (two processes would be two index objects): both batches go in
  // whole, and the index searches as one built in the order the servers gave the documents.
  const first = await createPostgresIndex(pools, { table: 'writers' })
  const second = await createPostgresIndex(pools, { table: 'writers' })
  const some = entries.slice(0, Math.min(6000, entries.length))
  const halves = [some.filter((_, i) => i % 2 === 0), some.filter((_, i) => i % 2 === 1)]
  const written = await Promise.allSettled([first.addAllSegmented(halves[0], { batchSize: 200 }), second.addAllSegmented(halves[1], { batchSize: 200 })])
  check(
    written.every((result) => result.status === 'fulfilled'),
    `two writers at once: ${written.map((result) => (result.status === 'fulfilled' ? 'written' : String(result.reason))).join(', ')}`,
  )
  const order: { seq: number; id: number }[] = []
  for (const pool of pools)
    for (const row of (await pool.query('SELECT seq::float8 AS seq, id FROM writers_documents')).rows) order.push({ seq: row.seq, id: JSON.parse(row.id) })
  order.sort((a, b) => a.seq - b.seq)
  const byId = new Map(some.map((entry) => [entry[0].id as number, entry]))
  const together = createIndex()
  for (const { id } of order) {
    const [doc, segments] = byId.get(id) as (typeof some)[number]
    together.addSegmented(doc, segments)
  }
  const probe = [...devQueries.matching.slice(0, 12), ...kinds.slice(0, 12)]
  const equal = await same(first, together, probe, { limit: 1000 })
  check(
    order.length === some.length && equal === probe.length,
    `after them: ${order.length}/${some.length} documents, ${equal}/${probe.length} searches as one index in the servers' order`,
  )
} catch (error) {
  failures.push(String((error as Error).stack ?? error))
  console.error(error)
} finally {
  await Promise.all(pools.map((pool) => pool.end().catch(() => {})))
  servers.close()
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

if (failures.length > 0) {
  console.error(`\ntest:shards: ${failures.length} failed:\n${failures.join('\n')}`)
  process.exit(1)
}
console.log('\ntest:shards: all passed')
