/**
 * `npm run bench`: zoek against MiniSearch, lunr, Orama and FlexSearch on the same sentences,
 * all in one run, reported as ratios. Writes bench/RESULTS.md.
 *
 * The sentences are the haystack of ../shared/data (about 40,000; see bench/haystack.ts),
 * segmented by zoek; every peer indexes exactly those sentences. Without ../shared it says so
 * and runs on the news sample.
 *
 * ZOEK_BENCH_COMPOUNDS=off runs zoek with `compounds: false`, to see what compound splitting
 * costs (`ZOEK_BENCH_COMPOUNDS=off npm run bench`).
 */
import { search as oramaSearch } from '@orama/orama'
import { stemmer as oramaDutchStemmer } from '@orama/stemmers/dutch'
import FlexSearch from 'flexsearch'
import type lunr from 'lunr'
import MiniSearch from 'minisearch'
import { execFileSync, execSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { Bench } from 'tinybench'
import type { SentenceIndex } from '../src/index.js'
import { built } from './built.js'
import { loadHaystack } from './haystack.js'
import { buildLunrNl, buildOramaDutch } from './peers.js'
import { inTurn, median } from './turns.js'

// The built package, as an app imports it (bench/built.ts).
const { analyze, createIndex, segment } = await built('index')

/** zoek's index options: compound splitting on, unless ZOEK_BENCH_COMPOUNDS=off. */
const zoekOptions = process.env.ZOEK_BENCH_COMPOUNDS === 'off' ? { analyzer: { compounds: false } } : {}

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('Run with node --expose-gc (npm run bench does).')

const out: string[] = []
const log = (line = '') => {
  console.log(line)
  out.push(line)
}
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now()
  const value = fn()
  return [performance.now() - t0, value]
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now()
  const value = await fn()
  return [performance.now() - t0, value]
}

function heapAfter<T>(build: () => T): [number, T] {
  gc?.()
  gc?.()
  const before = process.memoryUsage().heapUsed
  const value = build()
  gc?.()
  gc?.()
  return [process.memoryUsage().heapUsed - before, value]
}

// ---------------------------------------------------------------- the sentences
const { documents, source } = loadHaystack()
const sentences = documents.flatMap((doc) => segment(doc.text).map((s) => ({ id: `${doc.id}#${s.index}`, text: s.text })))

log('# zoek benchmark results')
log()
log(
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB.`,
)
log(`Data: ${source}: ${documents.length} documents, ${sentences.length} sentences as zoek segments them; every engine indexes these sentences.`)
if (process.env.ZOEK_BENCH_COMPOUNDS === 'off') log('zoek runs with compound splitting off (ZOEK_BENCH_COMPOUNDS=off).')
log('zoek is measured as an app imports it, built (dist/, bench/built.ts); the peers as their packages ship them.')
log('These machines are shared and noisy: read ratios, not absolute times. Every figure comes from this one run.')
log()

// ---------------------------------------------------------------- engines
type Engine = {
  readonly name: string
  readonly build: () => unknown
  readonly query: (index: never, query: Query) => unknown
}

interface Query {
  readonly text: string
  readonly words: readonly string[]
  readonly kind: QueryClass
}

type QueryClass = 'rare word' | 'common word' | 'two words' | 'phrase' | 'prefix' | 'fuzzy' | 'stop words only'

const miniSearchOptions = { fields: ['text'], storeFields: ['text'] }
const miniSearchPorterOptions = { ...miniSearchOptions, processTerm: (term: string) => oramaDutchStemmer(term.toLowerCase()) }

const engines: Engine[] = [
  {
    name: 'zoek',
    build: () => {
      const index = createIndex(zoekOptions)
      index.addAll(documents)
      return index
    },
    query: (index: SentenceIndex, q) => index.search(q.text, { limit: 10 }),
  },
  {
    name: 'MiniSearch default',
    build: () => {
      const index = new MiniSearch(miniSearchOptions)
      index.addAll(sentences)
      return index
    },
    query: (index: MiniSearch, q) => miniSearchQuery(index, q).slice(0, 10),
  },
  {
    name: 'MiniSearch + Porter (Orama dutch)',
    build: () => {
      const index = new MiniSearch(miniSearchPorterOptions)
      index.addAll(sentences)
      return index
    },
    query: (index: MiniSearch, q) => miniSearchQuery(index, q).slice(0, 10),
  },
  {
    name: 'lunr + lunr.nl',
    build: () => buildLunrNl(sentences),
    query: (index: lunr.Index, q) => lunrSearch(index, q).slice(0, 10),
  },
  {
    name: 'FlexSearch (dedupe off)',
    build: () => {
      const index = new FlexSearch.Index({ encoder: new FlexSearch.Encoder({ dedupe: false }) })
      for (const [i, sentence] of sentences.entries()) index.add(i, sentence.text)
      return index
    },
    query: (index: InstanceType<typeof FlexSearch.Index>, q) =>
      index.search(q.kind === 'fuzzy' ? q.words[0] : q.words.join(' '), { limit: 10, suggest: q.kind === 'two words' || q.kind === 'fuzzy' }),
  },
]

function miniSearchQuery(index: MiniSearch, q: Query) {
  switch (q.kind) {
    case 'phrase':
      return index.search(q.words.join(' '), { combineWith: 'AND' })
    case 'prefix':
      return index.search(q.words[0], { prefix: true })
    case 'fuzzy':
      return index.search(q.words[0], { fuzzy: 0.2 })
    default:
      return index.search(q.words.join(' '))
  }
}

function lunrSearch(index: lunr.Index, q: Query) {
  const escapeWord = (word: string) => word.replace(/[:~^*+-]/g, '\\$&')
  switch (q.kind) {
    case 'phrase':
      return index.search(q.words.map((w) => `+${escapeWord(w)}`).join(' '))
    case 'prefix':
      return index.search(`${escapeWord(q.words[0])}*`)
    case 'fuzzy':
      return index.search(`${escapeWord(q.words[0])}~1`)
    default:
      return index.search(q.words.map(escapeWord).join(' '))
  }
}

// ---------------------------------------------------------------- stemmers
log('## Stemmer throughput (the whole Snowball vocabulary)')
log()
log(
  'Measured in a fresh process (bench/stem-worker.ts), so that no build shares its heap or compiled code; the stemmers take turns, three rounds, and each rate is the median.',
)
log()
const rates = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./stem-worker.ts', import.meta.url))], { encoding: 'utf8', maxBuffer: 1 << 20 }),
) as Record<string, number>
const wordsPerSecond = Object.entries(rates)
log('| stemmer | words/s | vs zoek Kraaij-Pohlmann |')
log('|---|---|---|')
for (const [name, rate] of wordsPerSecond) log(`| ${name} | ${(rate / 1e6).toFixed(2)} M | ${ratio(rate, wordsPerSecond[0][1])} |`)
log()
log('Target: Kraaij-Pohlmann ≥ 1.5 M words/s and faster than each peer.')
log()

// ---------------------------------------------------------------- build time and heap
log('## Index build')
log()
/** Builds are timed in rounds (bench/turns.ts), each engine building once per round from a collected heap. */
const BUILD_ROUNDS = 5
const builders: { readonly name: string; readonly build: () => unknown }[] = [
  ...engines,
  // Orama is async.
  { name: 'Orama + dutch stemmer', build: () => buildOramaDutch(sentences) },
]
const buildTimes = new Map<string, number[]>(builders.map(({ name }) => [name, []]))
for (let round = 0; round < BUILD_ROUNDS; round++) {
  for (const { name, build } of inTurn(builders, round)) {
    gc?.()
    buildTimes.get(name)?.push((await timeAsync(async () => build()))[0])
  }
}
const builds = new Map<string, { ms: number; heap: number; index: unknown }>()
for (const engine of engines) {
  const [heap, index] = heapAfter(engine.build)
  builds.set(engine.name, { ms: median(buildTimes.get(engine.name) ?? []), heap, index })
}
builds.set('Orama + dutch stemmer', {
  ms: median(buildTimes.get('Orama + dutch stemmer') ?? []),
  heap: Number.NaN,
  index: await buildOramaDutch(sentences),
})

const base = builds.get('MiniSearch default') as { ms: number; heap: number }
log(
  `Each engine built ${BUILD_ROUNDS} times, in rounds (every engine once per round, from a collected heap, each round starting one engine later), so that a slow spell of the machine falls on all engines alike.`,
)
log()
log(`| engine | build (median of ${BUILD_ROUNDS}) | vs MiniSearch default | heap after build | vs MiniSearch default |`)
log('|---|---|---|---|---|')
for (const [name, result] of builds) {
  log(
    `| ${name} | ${ms(result.ms)} | ${ratio(result.ms, base.ms)} | ${Number.isNaN(result.heap) ? 'n/a (async build)' : `${(result.heap / 2 ** 20).toFixed(0)} MB`} | ${Number.isNaN(result.heap) ? '' : ratio(result.heap, base.heap)} |`,
  )
}
log()
const [segmentMs] = time(() => {
  for (const doc of documents) segment(doc.text)
})
const [analyzeMs] = time(() => {
  for (const s of sentences) analyze(s.text)
})
const zoekBuild = builds.get('zoek') as { ms: number }
log(
  `zoek's build, by phase: segmentation ${ms(segmentMs)}, analysis ${ms(analyzeMs)}, indexing and the rest ${ms(Math.max(0, zoekBuild.ms - segmentMs - analyzeMs))}.`,
)
log('Target: zoek ≤ 2.5× MiniSearch default, and faster than lunr.nl and Orama; heap ≤ 1.5× MiniSearch default.')
log()

// ---------------------------------------------------------------- query latency
const zoekIndex = (builds.get('zoek') as { index: SentenceIndex }).index
const queries = pickQueries(zoekIndex)

function pickQueries(index: SentenceIndex): Query[] {
  const counts = new Map<string, number>()
  for (const s of sentences) {
    for (const token of new Set(
      analyze(s.text)
        .filter((t) => t.kind === 'word' && !t.stop && /^\p{L}{6,}$/u.test(t.surface))
        .map((t) => t.surface.toLowerCase()),
    ))
      counts.set(token, (counts.get(token) ?? 0) + 1)
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const common = byCount.slice(0, 5).map(([w]) => w)
  const rare = byCount
    .filter(([, n]) => n === 3)
    .slice(0, 5)
    .map(([w]) => w)
  const swap = (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4)
  const phrases = ['de eerste', 'klik op', 'in de', 'het menu', 'de tabel'].filter((p) => index.search(`"${p}"`, { limit: 1 }).total > 0)
  const make = (kind: QueryClass, text: string, words: string[]): Query => ({ kind, text, words })
  return [
    ...rare.map((w) => make('rare word', w, [w])),
    ...common.map((w) => make('common word', w, [w])),
    ...common.map((w, i) => make('two words', `${w} ${rare[i] ?? common[(i + 1) % common.length]}`, [w, rare[i] ?? common[(i + 1) % common.length]])),
    ...phrases.map((p) => make('phrase', `"${p}"`, p.split(' '))),
    ...common.map((w) => make('prefix', `${w.slice(0, 4)}*`, [w.slice(0, 4)])),
    ...common.map((w) => make('fuzzy', `${swap(w)}~`, [swap(w)])),
    ...['de', 'het', 'een', 'van de', 'in'].map((w) => make('stop words only', w, w.split(' '))),
  ]
}

log('## Query latency')
log()
log(
  `Queries by class (${queries.length} in all): ${[...new Set(queries.map((q) => q.kind))]
    .map(
      (kind) =>
        `${kind}: ${queries
          .filter((q) => q.kind === kind)
          .map((q) => `\`${q.text}\``)
          .join(', ')}`,
    )
    .join('; ')}.`,
)
log(
  'Each engine runs its closest equivalent: MiniSearch uses AND for a phrase, `prefix: true` and `fuzzy: 0.2`; lunr `+a +b`, `a*` and `a~1`; FlexSearch plain search (with `suggest` for two words and fuzzy); zoek its own syntax. Top 10 hits each.',
)
log()
const latency = new Map<string, Map<QueryClass, { p50: number; p99: number }>>()
const classes = [...new Set(queries.map((q) => q.kind))]
// zoek works a hit's highlights out when they are first read; a page reads them, so zoek is
// measured both ways on the same index.
const HIGHLIGHTS_READ = 'zoek, page highlights read'
const zoekIndexed = builds.get('zoek')
const measured: [string, { index: unknown }][] = [...builds]
if (zoekIndexed !== undefined) measured.splice(1, 0, [HIGHLIGHTS_READ, zoekIndexed])
/** Latency is measured in rounds too, each class on every engine in turn; a cell is the median of the rounds' percentiles. */
const QUERY_ROUNDS = 3
const runners = measured.map(([name, { index }]) => ({
  name,
  index,
  engine:
    name === HIGHLIGHTS_READ
      ? {
          query: (index: SentenceIndex, q: Query) => {
            for (const hit of index.search(q.text, { limit: 10 })) void hit.highlights
          },
        }
      : engines.find((e) => e.name === name),
}))
const samples = new Map<string, Map<QueryClass, { p50: number[]; p99: number[] }>>(
  measured.map(([name]) => [name, new Map(classes.map((kind) => [kind, { p50: [], p99: [] }]))]),
)
for (let round = 0; round < QUERY_ROUNDS; round++) {
  for (const kind of classes) {
    const list = queries.filter((q) => q.kind === kind)
    for (const { name, index, engine } of inTurn(runners, round)) {
      let i = 0
      // Each engine starts from a collected heap and warms up for as long as the JIT needs: the
      // engine measured first after the builds ran up to twice as slow as the same index measured next.
      gc?.()
      const bench = new Bench({ time: 250, warmupTime: 300 })
      if (engine === undefined) {
        bench.add(kind, async () => {
          const q = list[i++ % list.length]
          await oramaSearch(index as never, { term: q.words.join(' '), limit: 10, ...(q.kind === 'fuzzy' ? { tolerance: 1 } : {}) })
        })
      } else {
        bench.add(kind, () => {
          engine.query(index as never, list[i++ % list.length])
        })
      }
      await bench.run()
      const result = bench.tasks[0].result as { latency?: { p50: number; p99: number } }
      const cell = samples.get(name)?.get(kind)
      cell?.p50.push(result.latency?.p50 ?? Number.NaN)
      cell?.p99.push(result.latency?.p99 ?? Number.NaN)
    }
  }
}
for (const [name, perClass] of samples) {
  latency.set(name, new Map([...perClass].map(([kind, { p50, p99 }]) => [kind, { p50: median(p50), p99: median(p99) }])))
}
log(`| query class | ${[...latency.keys()].join(' | ')} |`)
log(`|---|${[...latency.keys()].map(() => '---').join('|')}|`)
const baseLatency = latency.get('MiniSearch default') as Map<QueryClass, { p50: number; p99: number }>
for (const kind of classes) {
  const cells = [...latency.values()].map((perClass) => {
    const { p50, p99 } = perClass.get(kind) as { p50: number; p99: number }
    const b = baseLatency.get(kind) as { p50: number; p99: number }
    return `${ms(p50)} / ${ms(p99)} (${ratio(p50, b.p50)} / ${ratio(p99, b.p99)})`
  })
  log(`| ${kind} | ${cells.join(' | ')} |`)
}
log()
log(
  `Cells: p50 / p99, each the median of ${QUERY_ROUNDS} rounds (every engine measured once per round and class, each round starting one engine later), and in brackets the ratios to MiniSearch default.` +
    ' Target: zoek p50 ≤ 1.5× and p99 ≤ 1.0× MiniSearch default. `zoek` is `search()` alone (a hit works its highlights out when they are first read); `zoek, page highlights read` also reads the highlights of the 10 hits, as a page that shows them does.',
)
log()

// ---------------------------------------------------------------- size and load
log('## Serialised size and load time')
log()
const zoekJson = JSON.stringify(zoekIndex)
const miniSearchIndex = (builds.get('MiniSearch default') as { index: MiniSearch }).index
const miniSearchJson = JSON.stringify(miniSearchIndex)
const lunrJson = JSON.stringify((builds.get('lunr + lunr.nl') as { index: lunr.Index }).index)
const gz = (text: string) => gzipSync(text).length
const sizes: [string, string][] = [
  ['zoek (documents, sentences, vocabulary, MiniSearch data)', zoekJson],
  ['MiniSearch default (text stored)', miniSearchJson],
  ['lunr + lunr.nl', lunrJson],
]
log('| index | raw | gzip | gzip vs MiniSearch |')
log('|---|---|---|---|')
for (const [name, json] of sizes)
  log(`| ${name} | ${(json.length / 1e6).toFixed(2)} MB | ${(gz(json) / 1e6).toFixed(2)} MB | ${ratio(gz(json), gz(miniSearchJson))} |`)
log()
log('Target: zoek gzip ≤ 1.0× MiniSearch.')
log()
// Loads are timed in a fresh process (bench/load-worker.ts): this one holds every engine's
// index, and collecting that heap would dominate the timings of all of them.
const loadDir = mkdtempSync(join(tmpdir(), 'zoek-bench-'))
writeFileSync(join(loadDir, 'zoek.json'), zoekJson)
writeFileSync(join(loadDir, 'minisearch.json'), miniSearchJson)
writeFileSync(join(loadDir, 'lunr.json'), lunrJson)
const workerOutput = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./load-worker.ts', import.meta.url)), loadDir], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
})
rmSync(loadDir, { recursive: true, force: true })
const loadTimes = new Map<string, number>(Object.entries(JSON.parse(workerOutput) as Record<string, number>))
loadTimes.set('zoek rebuild from text', zoekBuild.ms)
log(
  'Each load is timed in a fresh Node process that holds only the serialised bytes, as in an app that loads a prebuilt index at startup, with a full garbage collection before each run, the loads taking turns round by round (bench/load-worker.ts). The rebuild is the median build above.',
)
log()
log('| load | time (median of 7) | vs JSON.parse of the same bytes |')
log('|---|---|---|')
for (const [name, t] of loadTimes) {
  const parse =
    name.startsWith('MiniSearch') || name.includes("MiniSearch's")
      ? loadTimes.get("JSON.parse of MiniSearch's bytes")
      : loadTimes.get("JSON.parse of zoek's bytes")
  log(`| ${name} | ${ms(t)} | ${ratio(t, parse as number)} |`)
}
log()
log(
  `Target: loadIndex ≤ 2× JSON.parse of the same bytes, and ≥ 10× faster than rebuilding (measured: ${ratio(zoekBuild.ms, loadTimes.get('zoek loadIndex') as number)} faster).`,
)
log()

// ---------------------------------------------------------------- scaling
log('## Scaling')
log()
log(
  'zoek and MiniSearch default at a quarter, all, four and ten times the haystack (repeated with new ids); build time should grow about linearly and query time less than linearly. Query time: the median over the query mix.',
)
log()
log('| sentences | zoek build | MiniSearch build | zoek query | MiniSearch query |')
log('|---|---|---|---|---|')
for (const factor of [0.25, 1, 4, 10]) {
  const docs =
    factor < 1
      ? documents.slice(0, Math.round(documents.length * factor))
      : Array.from({ length: factor }, (_, copy) => documents.map((d) => ({ ...d, id: `${copy}:${d.id}` }))).flat()
  const sents = docs.flatMap((doc) => segment(doc.text).map((s, i) => ({ id: `${doc.id}#${i}`, text: s.text })))
  const [zoekMs, z] = time(() => {
    const index = createIndex(zoekOptions)
    index.addAll(docs)
    return index
  })
  const [miniMs, m] = time(() => {
    const index = new MiniSearch(miniSearchOptions)
    index.addAll(sents)
    return index
  })
  const queryTimes = (run: (q: Query) => unknown) => median(queries.map((q) => median([0, 1, 2].map(() => time(() => run(q))[0]))))
  log(`| ${sents.length} | ${ms(zoekMs)} | ${ms(miniMs)} | ${ms(queryTimes((q) => z.search(q.text)))} | ${ms(queryTimes((q) => miniSearchQuery(m, q)))} |`)
}
log()
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
log(`zoek commit ${commit}.`)
// The PostgreSQL section is written by `npm run bench:postgres`; it stays.
const resultsUrl = new URL('./RESULTS.md', import.meta.url)
const postgresSection = existsSync(resultsUrl)
  ? /<!-- bench:postgres -->[\s\S]*<!-- \/bench:postgres -->/.exec(readFileSync(resultsUrl, 'utf8'))?.[0]
  : undefined
writeFileSync(resultsUrl, `${out.join('\n')}\n${postgresSection === undefined ? '' : `\n${postgresSection}\n`}`)
