/**
 * `npm run bench:static`: zoek's static index beside Pagefind's, built from the same texts and
 * queried in the same Chromium, over HTTP from 127.0.0.1. Writes bench/STATIC.md.
 *
 * - The texts: the haystack's documents (bench/haystack.ts; the news sample without
 *   ../shared, and it says so). zoek indexes each document; Pagefind gets them as pages of
 *   12 documents each (Pagefind's results are pages), through its Node API (`addCustomRecord`,
 *   language nl, so with its Kraaij-Pohlmann stemmer).
 * - Served as a CDN would: zoek's JSON and both libraries' JavaScript gzip-compressed,
 *   Pagefind's own `.pf_*` files as they are (Pagefind writes them compressed); every file
 *   cacheable. Bytes are counted by the server: compressed bodies, as they travel.
 * - First query: a new browser context (empty cache) loads the library and searches, and
 *   reads the first 10 results (Pagefind's `data()` of each, zoek's hits with their text).
 *   Later query: the next query of the list in the same context.
 * - Latency: in the page, once each query's files are cached: 30 runs each, p50 and p99.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (playwright-core, never a downloaded browser).
 */
import { build } from 'esbuild'
import { createServer, type Server } from 'node:http'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { createIndex, writeStaticIndex, type StaticLayout } from '../src/index.js'
import { DEFAULT_LAYOUT } from '../src/search/format/static.js'
import { loadHaystack } from './haystack.js'

const CHROMIUM = '/usr/bin/chromium'
const PAGE_DOCUMENTS = 12
const LATENCY_RUNS = 30
const root = join(tmpdir(), 'zoek-bench-static')
/** Shard sizes other than the defaults, to try a layout: ZOEK_STATIC_LAYOUT='{"blockBytes":2000}'. */
const layout = JSON.parse(process.env.ZOEK_STATIC_LAYOUT ?? '{}') as Partial<StaticLayout>

/** The benchmark's queries: zoek syntax, and what a Pagefind user types for the same need. */
const QUERIES: readonly { readonly zoek: string; readonly pagefind: string; readonly kind: string }[] = [
  ...['aanbieden', 'aandelenkoers', 'ziekenhuis', 'verkiezingen', 'Mechelen', 'voetbal', 'burgemeester'].map((q) => ({
    zoek: q,
    pagefind: q,
    kind: 'rare word',
  })),
  ...['document', 'dialoogvenster', 'tabel', 'afdrukken', 'werkblad'].map((q) => ({ zoek: q, pagefind: q, kind: 'common word' })),
  ...['venster', 'koers', 'balk'].map((q) => ({ zoek: q, pagefind: q, kind: 'compound part' })),
  ...['selecteer cellen', 'nieuwe tabel invoegen', 'opmaak pagina'].map((q) => ({ zoek: q, pagefind: q, kind: 'words' })),
  ...['"de tabel"', '"klik op"'].map((q) => ({ zoek: q, pagefind: q, kind: 'phrase' })),
  ...['docu*', 'sele*'].map((q) => ({ zoek: q, pagefind: q.slice(0, -1), kind: 'prefix' })),
  ...['dilaoogvenster~', 'regerng~'].map((q) => ({ zoek: q, pagefind: q.slice(0, -1), kind: 'typo' })),
]

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length % 2 === 1 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
}
const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** A static file server on 127.0.0.1 that counts what it sends. */
function serve(directory: string): Promise<{ server: Server; url: string; counter: { bytes: number; requests: number } }> {
  const counter = { bytes: 0, requests: 0 }
  const compressed = new Map<string, Buffer>()
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.html': 'text/html',
    '.css': 'text/css',
    '.wasm': 'application/wasm',
  }
  const server = createServer((request, response) => {
    const path = join(directory, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    if (!path.startsWith(directory) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end()
      return
    }
    const type = types[extname(path)]
    let body: Buffer = readFileSync(path)
    const headers: Record<string, string> = { 'cache-control': 'public, max-age=31536000, immutable', 'content-type': type ?? 'application/octet-stream' }
    // Text is compressed on the way, as a CDN does; Pagefind's own files are compressed already.
    if (type !== undefined && type !== 'text/html') {
      body = compressed.get(path) ?? gzipSync(body, { level: 9 })
      compressed.set(path, body)
      headers['content-encoding'] = 'gzip'
    }
    if (type !== 'text/html') {
      counter.bytes += body.length
      counter.requests++
    }
    response.writeHead(200, headers).end(body)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, counter })),
  )
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`bench:static needs Chromium at ${CHROMIUM} (apt-get install -y chromium); nothing was measured.`)
    process.exitCode = 1
    return
  }
  const { documents, source } = loadHaystack()
  rmSync(root, { recursive: true, force: true })
  mkdirSync(join(root, 'zoek'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>')

  // zoek: index, static files, and the zoek/static bundle a page would ship.
  let started = performance.now()
  const index = createIndex()
  index.addAll(documents)
  const indexed = performance.now() - started
  const written = await writeStaticIndex(index, join(root, 'zoek', 'index'), { layout })
  const zoekBuild = performance.now() - started
  const zoekPeak = process.resourceUsage().maxRSS * 1024
  await build({
    entryPoints: [fileURLToPath(new URL('../dist/static.js', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(root, 'zoek', 'zoek-static.js'),
    logLevel: 'silent',
  })

  // Pagefind: the same texts as pages, through its Node API.
  const pagefind = await import('pagefind')
  started = performance.now()
  const { index: pfIndex, errors } = await pagefind.createIndex({ forceLanguage: 'nl' })
  if (pfIndex === undefined) throw new Error(`Pagefind: ${errors.join('; ')}`)
  for (let i = 0, page = 0; i < documents.length; i += PAGE_DOCUMENTS, page++) {
    const content = documents
      .slice(i, i + PAGE_DOCUMENTS)
      .map((doc) => doc.text)
      .join('\n\n')
    await pfIndex.addCustomRecord({ url: `/p/${page}`, content, language: 'nl' })
  }
  await pfIndex.writeFiles({ outputPath: join(root, 'pagefind') })
  const pagefindBuild = performance.now() - started
  await pagefind.close()

  const gzipOf = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length
  const zoekTotal = written.reduce((sum, file) => sum + gzipOf(join(root, 'zoek', 'index', file.name)), 0)
  const pfFiles = filesUnder(join(root, 'pagefind'))
  const pfIndexFiles = pfFiles.filter((path) => /\/(index|fragment)\/|\.pf_meta$|pagefind-entry\.json$/.test(path))
  const pfTotal = pfIndexFiles.reduce((sum, path) => sum + (path.endsWith('.json') ? gzipOf(path) : statSync(path).size), 0)
  const zoekJs = gzipOf(join(root, 'zoek', 'zoek-static.js'))

  const { server, url, counter } = await serve(root)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  type Engine = 'zoek' | 'pagefind'
  const scripts: Record<Engine, string> = {
    zoek: `async (q) => {
      globalThis.zoekIndex ??= await (await import('/zoek/zoek-static.js')).openStaticIndex('/zoek/index/')
      const hits = await globalThis.zoekIndex.search(q)
      return { total: hits.total, shown: hits.map((hit) => hit.text.length) }
    }`,
    pagefind: `async (q) => {
      if (globalThis.pf === undefined) { globalThis.pf = await import('/pagefind/pagefind.js'); await globalThis.pf.init() }
      const search = await globalThis.pf.search(q)
      const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()))
      return { total: search.results.length, shown: data.map((d) => d.content.length) }
    }`,
  }
  const rows: string[] = []
  const first: Record<Engine, { bytes: number[]; requests: number[] }> = { zoek: { bytes: [], requests: [] }, pagefind: { bytes: [], requests: [] } }
  const later: Record<Engine, { bytes: number[]; requests: number[] }> = { zoek: { bytes: [], requests: [] }, pagefind: { bytes: [], requests: [] } }
  const latency: Record<Engine, number[]> = { zoek: [], pagefind: [] }
  for (const [n, query] of QUERIES.entries()) {
    const next = QUERIES[(n + 1) % QUERIES.length]
    const cells: string[] = []
    for (const engine of ['zoek', 'pagefind'] as const) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${url}/index.html`)
      const run = (q: string) => page.evaluate(`(${scripts[engine]})(${JSON.stringify(q)})`) as Promise<{ total: number; shown: number[] }>
      counter.bytes = 0
      counter.requests = 0
      const result = await run(query[engine])
      first[engine].bytes.push(counter.bytes)
      first[engine].requests.push(counter.requests)
      cells.push(`${result.total} | ${kB(counter.bytes)} | ${counter.requests}`)
      counter.bytes = 0
      counter.requests = 0
      await run(next[engine])
      later[engine].bytes.push(counter.bytes)
      later[engine].requests.push(counter.requests)
      // Latency with this query's files cached: in the page.
      const times = (await page.evaluate(`(async () => {
        const times = []
        for (let i = 0; i < ${LATENCY_RUNS}; i++) { const t = performance.now(); await (${scripts[engine]})(${JSON.stringify(query[engine])}); times.push(performance.now() - t) }
        return times
      })()`)) as number[]
      latency[engine].push(...times)
      cells.push(`${median(times).toFixed(2)} ms`)
      await context.close()
    }
    rows.push(`| ${query.kind} | \`${query.zoek}\` | ${cells[0]} | ${cells[1]} | ${cells[2]} | ${cells[3]} |`)
    console.log(rows[rows.length - 1])
  }
  await browser.close()
  server.close()

  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  const summary = (engine: Engine) => ({
    first: median(first[engine].bytes),
    firstRequests: median(first[engine].requests),
    later: median(later[engine].bytes),
    laterRequests: median(later[engine].requests),
    p50: percentile(latency[engine], 50),
    p99: percentile(latency[engine], 99),
  })
  const pagefindVersion = (JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version
  const z = summary('zoek')
  const p = summary('pagefind')
  const report = `# Static index: zoek beside Pagefind

Written by \`npm run bench:static\` (bench/static.ts) on ${new Date().toISOString().slice(0, 10)}; data: ${source}; layout: ${JSON.stringify({ ...DEFAULT_LAYOUT, ...layout })}.
${documents.length.toLocaleString('en')} documents, ${index.sentenceCount.toLocaleString('en')} sentences; Pagefind ${pagefindVersion} got them as ${Math.ceil(documents.length / PAGE_DOCUMENTS).toLocaleString('en')} pages of ${PAGE_DOCUMENTS} documents.
Both served from 127.0.0.1 as a CDN would (JSON and JavaScript gzip; Pagefind's \`.pf_*\` files as written, compressed); bytes are compressed bodies counted by the server.
A first query starts in an empty browser cache, loads the library and reads the first 10 results (zoek: hits with their text; Pagefind: \`data()\` of each); a later query is the next query of the list in the same page.

## Summary (medians over the ${QUERIES.length} queries)

| | zoek | Pagefind | zoek / Pagefind |
|---|---|---|---|
| bytes, first query (library included) | ${kB(z.first)} | ${kB(p.first)} | ${ratio(z.first, p.first)} |
| requests, first query | ${z.firstRequests} | ${p.firstRequests} | |
| bytes, later query | ${kB(z.later)} | ${kB(p.later)} | ${ratio(z.later, p.later)} |
| requests, later query | ${z.laterRequests} | ${p.laterRequests} | |
| latency with the files cached, p50 | ${z.p50.toFixed(2)} ms | ${p.p50.toFixed(2)} ms | ${ratio(z.p50, p.p50)} |
| latency with the files cached, p99 | ${z.p99.toFixed(2)} ms | ${p.p99.toFixed(2)} ms | ${ratio(z.p99, p.p99)} |
| index size, all files (gzip) | ${kB(zoekTotal)} in ${written.length} files | ${kB(pfTotal)} in ${pfIndexFiles.length} files | ${ratio(zoekTotal, pfTotal)} |
| library (minified, gzip) | ${kB(zoekJs)} (zoek/static with MiniSearch) | see first query | |
| build | ${(zoekBuild / 1000).toFixed(1)} s (indexing ${(indexed / 1000).toFixed(1)} s), peak RSS ${(zoekPeak / 2 ** 20).toFixed(0)} MiB | ${(pagefindBuild / 1000).toFixed(1)} s | |

## Per query

Hits: zoek's total (sentences), Pagefind's (pages). Bytes and requests of the first query; latency p50 with the files cached.

| kind | query | zoek hits | zoek bytes | zoek requests | zoek p50 | Pagefind hits | Pagefind bytes | Pagefind requests | Pagefind p50 |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## What Pagefind does not do, on the same texts

- Sentence hits with offsets into the document: zoek returns \`{ id, text, start, end, highlights }\` per sentence; Pagefind returns pages and an excerpt.
- Compound parts: \`venster\` finds *dialoogvenster* in zoek (one terms shard); Pagefind matches whole words or prefixes only (issue #738).
- Phrases with slop (\`"tabel invoegen"~2\`) and phrases inside a longer query; Pagefind's phrases need the whole query quoted (#10).
- Typos: \`dilaoogvenster~\` finds *dialoogvenster* in zoek; Pagefind has no typo tolerance (#756).
- Roles and speakers of interviews (\`role:answer\`, \`speaker:"Bart Somers"\`).
`
  writeFileSync(new URL('./STATIC.md', import.meta.url), report)
  console.log(report)
}

await main()
