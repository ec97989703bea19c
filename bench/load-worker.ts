/**
 * Times loading the serialised indexes that `npm run bench` wrote to a directory, in a fresh
 * process, as an app loading a prebuilt index at startup would: nothing else is on the heap,
 * and a full garbage collection runs before each timed run, so no run pays for the garbage of
 * the one before; the loads take turns, round by round. Prints the median of each as JSON.
 * Not run on its own; bench.ts starts it.
 *
 * Usage: node --expose-gc --import tsx bench/load-worker.ts <dir>
 */
import lunr from 'lunr'
import MiniSearch from 'minisearch'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { built } from './built.js'
import './peers.js' // registers lunr.nl's pipeline functions, which lunr.Index.load looks up
import { inTurn, median } from './turns.js'

const { loadIndex } = await built('query')

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('Run with node --expose-gc.')

const dir = process.argv[2]
const read = (name: string) => readFileSync(join(dir, name), 'utf8')
const zoekJson = read('zoek.json')
const miniSearchJson = read('minisearch.json')
const lunrJson = read('lunr.json')
const miniSearchOptions = { fields: ['text'], storeFields: ['text'] }

const loads: [string, () => unknown][] = [
  ["JSON.parse of zoek's bytes", () => JSON.parse(zoekJson)],
  ['zoek loadIndex', () => loadIndex(zoekJson)],
  ["JSON.parse of MiniSearch's bytes", () => JSON.parse(miniSearchJson)],
  ['MiniSearch.loadJSON', () => MiniSearch.loadJSON(miniSearchJson, miniSearchOptions)],
  ['lunr.Index.load(JSON.parse)', () => lunr.Index.load(JSON.parse(lunrJson))],
]
const RUNS = 7
// One untimed round first, so that every function is compiled before it is timed.
for (const [, load] of loads) load()
// The runs go in rounds, every load once per round (bench/turns.ts).
const times = new Map<string, number[]>(loads.map(([name]) => [name, []]))
for (let run = 0; run < RUNS; run++) {
  for (const [name, load] of inTurn(loads, run)) {
    gc()
    const t0 = performance.now()
    load()
    times.get(name)?.push(performance.now() - t0)
  }
}
const medians: Record<string, number> = {}
for (const [name, runs] of times) medians[name] = median(runs)
console.log(JSON.stringify(medians))
