// The static index example of README.md. test/readme.test.ts runs it and compares its output
// with the README, so the README always shows real output.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createIndex, highlight, writeStaticIndex } from 'zoek'
import { openStaticIndex } from 'zoek/static'

// 143 news paragraphs as documents, written as a static index: a manifest and shards.
const news = readFileSync(new URL('../test/fixtures/ud-dutch/nieuws.txt', import.meta.url), 'utf8')
const index = createIndex()
index.addAll(news.split(/\n\n+/).map((text, i) => ({ id: `nieuws-${i}`, text })))
const directory = mkdtempSync(join(tmpdir(), 'zoek-static-'))
const files = await writeStaticIndex(index, directory)
console.log(`${files.length} files; the manifest is ${files[0].bytes} bytes`)

// In a page: await openStaticIndex('/zoek/'). Each search loads the shards it needs, once.
const site = await openStaticIndex(directory)
for (const query of ['ziekenhuis', 'ziekenhuis', 'kampioen*', '"de eerste"']) {
  const before = site.requests
  const hits = await site.search(query, { limit: 2 })
  console.log(`${query}: ${hits.totalExact ? '' : 'at most '}${hits.total} ${hits.total === 1 ? 'hit' : 'hits'}, ${site.requests - before} files read`)
  for (const hit of hits) console.log(`  ${hit.id} ${highlight(hit, { before: '«', after: '»' })}`)
}
rmSync(directory, { recursive: true })
