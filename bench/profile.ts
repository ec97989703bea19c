/**
 * Where zoek's time goes: a CPU profile (node:inspector) of the build of the haystack and of a
 * loop of each query class of `npm run bench` and of a load of the serialised haystack index
 * (`loadIndex`), with the functions that take the most time of
 * their own (self time). Writes bench/PROFILE.md.
 *
 * It profiles the built package (dist/, bench/built.ts), the code an app runs, and names each
 * function by its source file and line through dist/'s source maps. `npm run bench:profile`
 * builds first; `ZOEK_SRC=<path to another checkout's dist/index.js>` profiles that checkout
 * instead (for before-and-after tables), `ZOEK_PROFILE_OUT` names another output file.
 * Reads the haystack from ../shared when it is there, and says so when it is not (haystack.ts).
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'
import { built } from './built.js'
import { loadHaystack } from './haystack.js'
import { QUERY_CLASSES } from './query-classes.js'

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number }
}
interface Profile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

const other = process.env.ZOEK_SRC
const source = other ?? 'dist/index.js'
const { createIndex, loadIndex } = other === undefined ? await built('index') : ((await import(other)) as typeof import('../src/index.js'))
const { documents, source: data } = loadHaystack()

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })

const sourceMaps = new Map<string, SourceMap | undefined>()

/** The source map of a built file, when it has one. */
function sourceMapOf(url: string): SourceMap | undefined {
  if (!sourceMaps.has(url)) {
    const file = `${url.startsWith('file:') ? fileURLToPath(url) : url}.map`
    sourceMaps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined)
  }
  return sourceMaps.get(url)
}

/**
 * A function's name and where it is: its source file (the last two parts of its path) and
 * line, through the source map of a built file. The bundler renames a function whose name
 * another module's function has (evaluate2); the source map keeps the name it had.
 */
function nameOf({ functionName, url, lineNumber, columnNumber }: ProfileNode['callFrame']): string {
  if (url === '') return functionName || '(anonymous)'
  const entry = sourceMapOf(url)?.findEntry(lineNumber, columnNumber)
  if (entry === undefined || !('originalSource' in entry)) return `${functionName || '(anonymous)'} (${url.split('/').slice(-2).join('/')}:${lineNumber + 1})`
  // Node's types lack the mapping's name, which Node gives where the source map has one.
  const { name: original } = entry as { readonly name?: string }
  const name = original !== undefined && functionName.startsWith(original) ? original : functionName || '(anonymous)'
  return `${name} (${entry.originalSource.split('/').slice(-2).join('/')}:${entry.originalLine + 1})`
}

/** Runs `work` under the profiler and returns the top frames by self time, with their share. */
async function profile(work: () => void, top = 8): Promise<string[]> {
  await session.post('Profiler.start')
  work()
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile }
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  profile.samples.forEach((sample, i) => {
    const name = nameOf((byId.get(sample) as ProfileNode).callFrame)
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  return (
    [...self]
      // The inspector's own message dispatch runs in this thread while it profiles: not zoek's time.
      .filter(([name]) => name !== '(idle)' && name !== '(program)' && name !== 'dispatch')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, time]) => `${((100 * time) / total).toFixed(1)} % ${name}`)
  )
}

const lines: string[] = []
const log = (line = '') => {
  lines.push(line)
  console.log(line)
}
log('# Where zoek spends its time')
log()
log(`Written by \`npm run bench:profile\` (bench/profile.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, zoek from \`${source}\`.`)
log(
  `Data: ${data}. Self time of each function, as a share of the profile (the profiler's own dispatch left out), top 8; garbage collection is its own row. Each query loop reads the highlights of the 10 hits, as a page shows them.`,
)
log()

let index = createIndex()
const build = await profile(() => {
  index = createIndex()
  index.addAll(documents)
})
log('## Build of the haystack')
log()
for (const frame of build) log(`- ${frame}`)
log()

const classes = QUERY_CLASSES
for (const [kind, queries] of Object.entries(classes)) {
  // About a second of queries each.
  const started = performance.now()
  let rounds = 0
  while (performance.now() - started < 200) {
    for (const query of queries) index.search(query, { limit: 10 })
    rounds++
  }
  const repeat = Math.max(1, Math.round(rounds * 5))
  const frames = await profile(() => {
    for (let r = 0; r < repeat; r++) for (const query of queries) for (const hit of index.search(query, { limit: 10 })) void hit.highlights
  })
  log(`## Query class: ${kind} (${queries.map((q) => `\`${q}\``).join(', ')}; ${repeat} rounds)`)
  log()
  for (const frame of frames) log(`- ${frame}`)
  log()
}
// A load as an app does it at startup: the bytes in hand, the index made from them (ten loads,
// after one untimed load that compiles the code).
const json = JSON.stringify(index)
loadIndex(json)
const load = await profile(() => {
  for (let i = 0; i < 10; i++) loadIndex(json)
})
log(`## Load of the haystack index (\`loadIndex\`, ${(json.length / 2 ** 20).toFixed(1)} MB of JSON, 10 loads)`)
log()
for (const frame of load) log(`- ${frame}`)
log()
session.disconnect()
const out = process.env.ZOEK_PROFILE_OUT ?? new URL('PROFILE.md', import.meta.url)
writeFileSync(out, `${lines.join('\n')}\n`)
