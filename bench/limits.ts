/**
 * Worst-case inputs: time and peak memory. Each case runs in a fresh child process so that
 * its peak RSS is its own.
 *
 * Run: npm run bench:limits
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyze, createIndex, segment, type SentenceIndex } from '../src/index.js'
import { loadHaystack } from './haystack.js'

const WORDS = ['de', 'gemeente', 'stad', 'kinderen', 'armoede', 'burgemeester', 'vergadert', 'morgen']

/** Text of `length` characters: Dutch words and spaces, no punctuation at all. */
function unpunctuated(length: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < length; i++) {
    const word = WORDS[i % WORDS.length]
    parts.push(word)
    size += word.length + 1
  }
  return parts.join(' ').slice(0, length)
}

/** Builds the haystack index, then times each query: the median and the slowest of `runs`. */
function timeQueries(queries: readonly string[], runs = 7): string {
  const { documents } = loadHaystack()
  const index: SentenceIndex = createIndex()
  index.addAll(documents)
  return queries
    .map((query) => {
      const times: number[] = []
      let total = 0
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        total = index.search(query).total
        times.push(performance.now() - t0)
      }
      times.sort((a, b) => a - b)
      return `\`${query}\` ${times[runs >> 1].toFixed(1)} ms median, ${times[runs - 1].toFixed(1)} ms max, ${total} hits`
    })
    .join('; ')
}

const CASES: Record<string, () => string> = {
  'segment 10 MB without punctuation': () => {
    const segments = segment(unpunctuated(10_000_000))
    return `${segments.length} segments, longest ${Math.max(...segments.map((s) => s.text.length))} chars`
  },
  'segment one 100,000-character sentence': () => `${segment(unpunctuated(100_000) + '.').length} segments`,
  'analyze 10 MB without punctuation': () => `${analyze(unpunctuated(10_000_000)).length} tokens`,
  'analyze 50 words of 20,000 letters': () => `${analyze(Array.from({ length: 50 }, () => 'a'.repeat(20_000)).join(' ')).length} tokens`,
  'index 1 MB without punctuation': () => {
    const index = createIndex()
    index.add({ id: 1, text: unpunctuated(1_000_000) })
    return `${index.sentenceCount} sentences`
  },
  'pathological prefix and fuzzy queries on the haystack': () =>
    timeQueries(['d*', 'a*', 'ver*', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaab~2', 'gemeenteraadsverkiezingen~2', 'documnet~']),
  'phrase verification on the haystack: phrase vs the same words with AND': () =>
    timeQueries(['"de eerste"', '+de +eerste', '"klik op de knop"', '+klik +op +de +knop', '"op de"~3']),
  'slowest of 2,000 random queries on the news sample': () => {
    const index = createIndex()
    const text = readFileSync(new URL('../test/fixtures/ud-dutch/nieuws.txt', import.meta.url), 'utf8')
    index.add({ id: 1, text })
    const words = text.split(/\s+/)
    let seed = 1
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff
    let slowest = 0
    for (let i = 0; i < 2000; i++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]).join(' ')
      const t0 = performance.now()
      index.search(random() < 0.3 ? `"${query}"` : query)
      slowest = Math.max(slowest, performance.now() - t0)
    }
    return `slowest ${slowest.toFixed(1)} ms`
  },
}

const [, , only] = process.argv
if (only !== undefined) {
  const t0 = performance.now()
  const detail = CASES[only]()
  const ms = performance.now() - t0
  console.log(JSON.stringify({ ms, detail, peakRssMB: process.resourceUsage().maxRSS / 1024 }))
} else {
  console.log(`| case | time | peak RSS | result |\n|---|---|---|---|`)
  for (const name of Object.keys(CASES)) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), name], { encoding: 'utf8' })
    if (run.status !== 0) {
      console.log(`| ${name} | failed | | ${run.stderr.split('\n')[0]} |`)
      continue
    }
    const { ms, detail, peakRssMB } = JSON.parse(run.stdout) as { ms: number; detail: string; peakRssMB: number }
    console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${peakRssMB.toFixed(0)} MB | ${detail} |`)
  }
}
