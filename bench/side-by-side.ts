/**
 * zoek and MiniSearch side by side on the same sentences, query by query: each query runs on
 * zoek and then on MiniSearch, so that both meet the same machine at the same moment (the
 * main benchmark runs each engine alone for a while, and on a shared machine minutes apart).
 * Prints the build times and, per query class of `npm run bench`, the p50 and p99 of each and
 * their ratios, for three rounds. `npm run bench:side`; reads ../shared when it is there
 * (haystack.ts says what it read).
 */

import MiniSearch from 'minisearch'
import { built } from './built.js'
import { loadHaystack } from './haystack.js'
import { QUERY_CLASSES } from './query-classes.js'

const { createIndex, segment } = await built('index')

const { documents, source } = loadHaystack()
const sentences = documents.flatMap((doc) => segment(doc.text).map((s) => ({ id: `${doc.id}#${s.index}`, text: s.text })))
console.log(`Data: ${source}: ${documents.length} documents, ${sentences.length} sentences. Node ${process.version}.`)

let started = performance.now()
const zoek = createIndex()
zoek.addAll(documents)
const zoekBuild = performance.now() - started
started = performance.now()
const mini = new MiniSearch({ fields: ['text'], storeFields: ['text'] })
mini.addAll(sentences)
const miniBuild = performance.now() - started
console.log(`build: zoek ${zoekBuild.toFixed(0)} ms (segmentation included), MiniSearch ${miniBuild.toFixed(0)} ms: ${(zoekBuild / miniBuild).toFixed(2)}×`)

const classes = QUERY_CLASSES
/** MiniSearch's closest equivalent, as in bench.ts: AND for a phrase, `prefix: true`, `fuzzy: 0.2`. */
const miniQuery = (kind: string, q: string) =>
  kind === 'phrase'
    ? mini.search(q.replaceAll('"', ''), { combineWith: 'AND' })
    : kind === 'prefix'
      ? mini.search(q.slice(0, -1), { prefix: true })
      : kind === 'fuzzy'
        ? mini.search(q.slice(0, -1), { fuzzy: 0.2 })
        : mini.search(q)
const quantile = (times: number[], q: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * q))]

for (let round = 1; round <= 3; round++) {
  console.log(`\nround ${round}: p50 zoek / MiniSearch (ratio), p99 ratio; top 10 hits, zoek's highlights read`)
  for (const [kind, queries] of Object.entries(classes)) {
    const z: number[] = []
    const m: number[] = []
    // Warm-up, then 60 runs of each query on each engine, alternating.
    for (const q of queries) {
      zoek.search(q)
      miniQuery(kind, q)
    }
    for (let run = 0; run < 60; run++) {
      for (const q of queries) {
        let t = performance.now()
        for (const hit of zoek.search(q, { limit: 10 })) void hit.highlights
        z.push(performance.now() - t)
        t = performance.now()
        miniQuery(kind, q).slice(0, 10)
        m.push(performance.now() - t)
      }
    }
    const [z50, m50, z99, m99] = [quantile(z, 0.5), quantile(m, 0.5), quantile(z, 0.99), quantile(m, 0.99)]
    console.log(
      `${kind.padEnd(12)} ${z50.toFixed(3)} / ${m50.toFixed(3)} ms (${(z50 / m50).toFixed(2)}×), p99 ${z99.toFixed(2)} / ${m99.toFixed(2)} ms (${(z99 / m99).toFixed(2)}×)`,
    )
  }
}
