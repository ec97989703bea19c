/**
 * Times the stemmers on the whole Snowball vocabulary in a fresh process: in the benchmark's
 * own process the stemmers ran after (or, moved first, slowed) the builds, whose heap and
 * compiled code they shared. Prints words per second of each (the median of three rounds) as
 * JSON. Not run on its own; bench.ts starts it.
 *
 * Usage: node --import tsx bench/stem-worker.ts
 */
import { stemmer as oramaDutchStemmer } from '@orama/stemmers/dutch'
import lunr from 'lunr'
import { createStemmer, Languages } from 'multilingual-stemmer'
import { Bench } from 'tinybench'
import { built } from './built.js'
import { readFixture } from '../test/helpers.js'
import './peers.js' // registers lunr.nl
import { inTurn, median } from './turns.js'

const { stem } = await built('index')

const words = readFixture('snowball-dutch/vocabulary.tsv.gz')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0])
const wasmDutch = createStemmer(Languages.Dutch)
const lunrNlStem = (word: string) => (lunr as unknown as { nl: { stemmer: (t: lunr.Token) => lunr.Token } }).nl.stemmer(new lunr.Token(word, {})).toString()
const stemmers: [string, (w: string) => string][] = [
  ['zoek Kraaij-Pohlmann', (w) => stem(w)],
  ['zoek Porter', (w) => stem(w, 'porter')],
  ['multilingual-stemmer (WASM, Kraaij-Pohlmann)', (w) => wasmDutch(w)],
  ['@orama/stemmers dutch (Porter)', (w) => oramaDutchStemmer(w)],
  ['lunr.nl stemmer (Porter)', lunrNlStem],
]
/** Rounds: every stemmer is timed once per round (bench/turns.ts). */
const ROUNDS = 3
const perRound = new Map<string, number[]>(stemmers.map(([name]) => [name, []]))
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 1000, warmupTime: 200 })
  for (const [name, fn] of inTurn(stemmers, round)) {
    bench.add(name, () => {
      for (const w of words) fn(w)
    })
  }
  await bench.run()
  for (const task of bench.tasks) perRound.get(task.name)?.push(words.length / ((task.result as { latency: { mean: number } }).latency.mean / 1000))
}
const rates: Record<string, number> = {}
for (const [name, runs] of perRound) rates[name] = median(runs)
console.log(JSON.stringify(rates))
