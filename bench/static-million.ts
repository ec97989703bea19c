/**
 * `npm run bench:static:million`: a static index of the haystack repeated until it has at least
 * a million sentences (25 copies of the 40k haystack; the news sample without ../shared, and
 * it says so), with the time and the peak memory of writing it, and what a first query then
 * reads. The documents stream from a generator into `writeStaticIndexFrom`: no index is built
 * in memory. (Building the index first and cutting it, as this script did at 5cecb4e: 199 s,
 * peak RSS 3.7 GiB.)
 * Run with a large heap: node --max-old-space-size=20000 (the npm script does).
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { openStaticIndex } from '../src/entries/static.js'
import { writeStaticIndexFrom } from '../src/index.js'
import { loadHaystack } from './haystack.js'

const TARGET = Number(process.env.ZOEK_SENTENCES ?? 1_000_000)
const { documents, source } = loadHaystack()
const directory = join(tmpdir(), 'zoek-static-million')
rmSync(directory, { recursive: true, force: true })
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`

/** The haystack again and again, each copy with ids of its own, made as they are read. */
function* copies(): Generator<{ id: string; text: string }> {
  for (let copy = 0; ; copy++) for (const doc of documents) yield { ...doc, id: `${doc.id}~${copy}` }
}
const started = performance.now()
let sentences = 0
let documentsWritten = 0
// Whole copies until a million sentences: the stream stops at the first copy boundary past it.
async function* stream() {
  for (const doc of copies()) {
    if (documentsWritten > 0 && documentsWritten % documents.length === 0 && sentences >= TARGET) return
    yield doc
  }
}
await writeStaticIndexFrom(stream(), directory, {
  onProgress: (done, total) => {
    documentsWritten = done
    sentences = total
    if (done % 50_000 === 0)
      process.stderr.write(
        `\rwritten ${done.toLocaleString('en')} documents, ${total.toLocaleString('en')} sentences, heap ${gib(process.memoryUsage().heapUsed)}`,
      )
  },
})
process.stderr.write('\n')
const written = performance.now() - started
const files = readdirSync(directory)
const gzip = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(directory, name)), { level: 6 }).length, 0)
const manifest = statSync(join(directory, 'zoek-static.json')).size
const manifestGzip = gzipSync(readFileSync(join(directory, 'zoek-static.json')), { level: 9 }).length
const lines = [
  `data: ${source}, ${(documentsWritten / documents.length).toFixed(0)} copies, streamed (writeStaticIndexFrom)`,
  `sentences ${sentences.toLocaleString('en')}, documents ${documentsWritten.toLocaleString('en')}`,
  `writing ${(written / 1000).toFixed(1)} s, ${files.length.toLocaleString('en')} files, ${(gzip / 1e6).toFixed(1)} MB gzip`,
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
