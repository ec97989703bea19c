// npm run bench:postgres — zoek's PostgreSQL index beside the in-process index, on the 40k
// matching haystack (../shared/eval) and on it repeated 10 times (ZOEK_PG_SCALES, default
// "1,10"): ingest rate, the first search (which loads the sentence columns and vocabulary),
// and query latency, on one server and on three (started here on 127.0.0.1, as test:shards does).
// Writes its table into bench/RESULTS.md between the `bench:postgres` marks, and prints it.
//
// Latency per query class is measured twice: "new" is the first time an index object meets the
// query (its postings and texts come from PostgreSQL), "cached" the same query again. Each
// query's hits are checked against the in-process index's; a difference fails the run.

import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createPostgresIndex, type PostgresIndex } from '../src/entries/postgres.js'
import { createIndex, type SentenceIndex } from '../src/index.js'
import { haystackSentences, queriesOf, sentenceDocuments } from '../scripts/haystack-queries.js'
import { startServers } from '../scripts/pg-servers.js'

const sentences = await haystackSentences()
if (sentences === undefined) {
  console.log('bench:postgres: ../shared/eval is missing (the haystack comes from it); nothing measured.')
  process.exit(0)
}
const scales = (process.env.ZOEK_PG_SCALES ?? '1,10').split(',').map(Number)
const devQueries = JSON.parse(readFileSync(new URL('../test/fixtures/eval/dev-queries.json', import.meta.url), 'utf8')) as { matching: string[] }
const queries = [...devQueries.matching, ...queriesOf(sentences)]

const servers = startServers(3, 55441)
const pools = servers.ports.map((_, i) => new pg.Pool({ connectionString: servers.url(i), max: 4 }))
const lines: string[] = []
const log = (line = '') => {
  lines.push(line)
  console.log(line)
}
let differ = 0

/** The heap in use after garbage collection (`--expose-gc`, which `npm run bench:postgres` passes). */
const heap = () => {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))

/** Latencies of every query, checking its hits. */
async function timeQueries(search: (q: string) => Promise<string> | string, expected: Map<string, string>): Promise<number[]> {
  const times: number[] = []
  for (const q of queries) {
    const t0 = performance.now()
    const hits = await search(q)
    times.push(performance.now() - t0)
    if (expected.size > 0 && hits !== expected.get(q)) {
      differ++
      console.error(`differs: ${q}`)
    }
  }
  return times
}

try {
  log('| corpus | engine | build or ingest | first search | query p50 new / cached | query p99 new / cached | heap of the index |')
  log('|---|---|---|---|---|---|---|')
  for (const scale of scales) {
    const entries = sentenceDocuments(sentences, scale)
    const corpus = `${(entries.length / 1000).toFixed(0)}k sentences`
    const before = heap()
    let started = performance.now()
    const full: SentenceIndex = createIndex()
    for (const [doc, segments] of entries) full.addSegmented(doc, segments)
    const build = (performance.now() - started) / 1000
    const fullHeap = heap() - before
    const expected = new Map(queries.map((q) => [q, JSON.stringify(full.search(q, { limit: 10 }))]))
    const inProcess = await timeQueries((q) => JSON.stringify(full.search(q, { limit: 10 })), new Map())
    const again = await timeQueries((q) => JSON.stringify(full.search(q, { limit: 10 })), new Map())
    log(
      `| ${corpus} | in-process | ${build.toFixed(1)} s (${(entries.length / build / 1000).toFixed(1)}k/s) | – | ${ms(percentile(inProcess, 0.5))} / ${ms(percentile(again, 0.5))} ms | ${ms(percentile(inProcess, 0.99))} / ${ms(percentile(again, 0.99))} ms | ${mb(fullHeap)} |`,
    )
    for (const [name, clients] of [
      ['PostgreSQL, 1 server', [pools[0]]],
      ['PostgreSQL, 3 servers', pools],
    ] as const) {
      const table = `bench_${scale}_${clients.length}`
      started = performance.now()
      const writer = await createPostgresIndex(clients, { table })
      await writer.addAllSegmented(entries, {
        batchSize: 500,
        onProgress: (done, total) => process.stderr.write(`\r  ${name}, ${corpus}: ${done}/${total}`),
      })
      process.stderr.write('\n')
      const ingest = (performance.now() - started) / 1000
      for (const pool of clients) await pool.query(`ANALYZE ${table}_sentences`)
      const base = heap()
      const index: PostgresIndex = await createPostgresIndex(clients, { table })
      started = performance.now()
      await index.search('gemeente')
      const first = performance.now() - started
      const fresh = await timeQueries(async (q) => JSON.stringify(await index.search(q, { limit: 10 })), expected)
      const cached = await timeQueries(async (q) => JSON.stringify(await index.search(q, { limit: 10 })), expected)
      const indexHeap = heap() - base
      log(
        `| ${corpus} | ${name} | ${ingest.toFixed(1)} s (${(entries.length / ingest / 1000).toFixed(1)}k/s) | ${(first / 1000).toFixed(2)} s | ${ms(percentile(fresh, 0.5))} / ${ms(percentile(cached, 0.5))} ms | ${ms(percentile(fresh, 0.99))} / ${ms(percentile(cached, 0.99))} ms | ${mb(indexHeap)} |`,
      )
      for (const pool of clients) await pool.query(`DROP TABLE ${table}_documents, ${table}_sentences, ${table}_forms, ${table}_splits, ${table}_meta`)
    }
  }
  log()
  log(
    'Heap of the index: the in-process index after its build; a PostgreSQL index object after all its searches (its columns, vocabulary and what the searches loaded), after garbage collection.',
  )
  log()
  log(
    `${queries.length} queries (the matching dev queries and generated words, prefixes, typos, phrases, operators), top 10, one after another; every PostgreSQL result equal to the in-process index's${differ > 0 ? ` except ${differ}` : ''}. Servers: PostgreSQL on 127.0.0.1 (fsync off), clients from \`pg\`, one Node process, this 2-core machine.`,
  )
} finally {
  await Promise.all(pools.map((pool) => pool.end()))
  servers.close()
}

const path = fileURLToPath(new URL('./RESULTS.md', import.meta.url))
const results = readFileSync(path, 'utf8')
const section = `<!-- bench:postgres -->\n## PostgreSQL (\`npm run bench:postgres\`, ${new Date().toISOString().slice(0, 10)})\n\n${lines.join('\n')}\n<!-- /bench:postgres -->`
const marked = /<!-- bench:postgres -->[\s\S]*<!-- \/bench:postgres -->/
writeFileSync(path, marked.test(results) ? results.replace(marked, section) : `${results.trimEnd()}\n\n${section}\n`)
console.log(`wrote the PostgreSQL section of ${path}`)
if (differ > 0) process.exit(1)
