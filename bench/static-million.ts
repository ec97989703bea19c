/**
 * `npm run bench:static:million`: a static index of the haystack repeated until it has at least
 * a million sentences (25 copies of the 40k haystack; the news sample without ../shared, and
 * it says so), with the time and the peak memory of building and writing it, and what a first
 * query then reads. The index is built in memory and then cut into files: not streamed.
 * Run with a large heap: node --max-old-space-size=20000 (the npm script does).
 */
import { rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { openStaticIndex } from '../src/entries/static.js'
import { createIndex, writeStaticIndex } from '../src/index.js'
import { loadHaystack } from './haystack.js'

const TARGET = Number(process.env.ZOEK_SENTENCES ?? 1_000_000)
const { documents, source } = loadHaystack()
const directory = join(tmpdir(), 'zoek-static-million')
rmSync(directory, { recursive: true, force: true })
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`

const started = performance.now()
const index = createIndex()
let copies = 0
while (index.sentenceCount < TARGET) {
  index.addAll(documents.map((doc) => ({ ...doc, id: `${doc.id}~${copies}` })))
  copies++
  process.stderr.write(`\rindexed ${copies} copies, ${index.sentenceCount.toLocaleString('en')} sentences, heap ${gib(process.memoryUsage().heapUsed)}`)
}
process.stderr.write('\n')
const indexed = performance.now() - started
const files = await writeStaticIndex(index, directory, {
  onProgress: (done, total) => {
    if (done % 2000 === 0 || done === total) process.stderr.write(`\rwrote ${done}/${total} files`)
  },
})
process.stderr.write('\n')
const written = performance.now() - started
const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(directory, file.name)), { level: 6 }).length, 0)
const manifest = statSync(join(directory, files[0].name)).size
const manifestGzip = gzipSync(readFileSync(join(directory, files[0].name)), { level: 9 }).length
const lines = [
  `data: ${source}, ${copies} copies`,
  `sentences ${index.sentenceCount.toLocaleString('en')}, documents ${index.documentCount.toLocaleString('en')}`,
  `indexing ${(indexed / 1000).toFixed(1)} s, writing the static index ${((written - indexed) / 1000).toFixed(1)} s, ${files.length.toLocaleString('en')} files, ${(gzip / 1e6).toFixed(1)} MB gzip`,
  `manifest ${(manifest / 1000).toFixed(0)} kB, ${(manifestGzip / 1000).toFixed(1)} kB gzip`,
  `peak RSS ${gib(process.resourceUsage().maxRSS * 1024)}`,
]
const site = await openStaticIndex(directory)
for (const query of ['ziekenhuis', 'dialoogvenster', '"de tabel"']) {
  const before = { bytes: site.bytesFetched, requests: site.requests }
  const t = performance.now()
  const hits = await site.search(query)
  lines.push(
    `first ${query}: ${hits.length} hits of ${hits.totalExact ? '' : 'at most '}${hits.total.toLocaleString('en')}, read ${((site.bytesFetched - before.bytes) / 1000).toFixed(0)} kB in ${site.requests - before.requests} files, ${(performance.now() - t).toFixed(0)} ms`,
  )
}
console.log(lines.join('\n'))
