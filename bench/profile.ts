/**
 * Where zoek's time goes: a CPU profile (node:inspector) of the build of the haystack and of a
 * loop of each query class of `npm run bench`, with the functions that take the most time of
 * their own (self time). Writes bench/PROFILE.md.
 *
 * `npm run bench:profile`; `ZOEK_SRC=<path to another checkout's src/index.ts>` profiles that
 * checkout instead (for before-and-after tables), `ZOEK_PROFILE_OUT` names another output file.
 * Reads the haystack from ../shared when it is there, and says so when it is not (haystack.ts).
 */

import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { loadHaystack } from './haystack.js'
import { QUERY_CLASSES } from './query-classes.js'

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
}
interface Profile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

const source: string = process.env.ZOEK_SRC ?? '../src/index.js'
const { createIndex } = (await import(source)) as typeof import('../src/index.js')
const { documents, source: data } = loadHaystack()

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })

/** Runs `work` under the profiler and returns the top frames by self time, with their share. */
async function profile(work: () => void, top = 8): Promise<string[]> {
  await session.post('Profiler.start')
  work()
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile }
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  profile.samples.forEach((sample, i) => {
    const { functionName, url, lineNumber } = (byId.get(sample) as ProfileNode).callFrame
    // Under tsx every line of a source file is 1; the file names the function well enough.
    const file = url.split('/').slice(-2).join('/')
    const where = url === '' ? '' : lineNumber > 0 ? ` (${file}:${lineNumber + 1})` : ` (${file})`
    const name = `${functionName || '(anonymous)'}${where}`
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
session.disconnect()
const out = process.env.ZOEK_PROFILE_OUT ?? new URL('PROFILE.md', import.meta.url)
writeFileSync(out, `${lines.join('\n')}\n`)
