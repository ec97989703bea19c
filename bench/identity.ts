/**
 * `npm run bench:identity`: hashes of what zoek gives, for refactors and speed-ups that must
 * not change results. It builds an index of the first 8,000 haystack documents (the news
 * sample without ../shared, and says so), serialises it, and runs 905 queries (words, prefixes,
 * fuzzy words, phrases with slop, filters, exclusions) on it, on a query-only copy, on a loaded
 * copy with a document added, and on the bundled interview, with highlights, context and
 * explanations. Run it before and after a change: the lines must be equal.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadIndex as loadQueryOnly } from '../src/entries/query.js'
import { loadInterview } from '../src/entries/interview.js'
import { createIndex, loadIndex } from '../src/index.js'
import { loadHaystack } from './haystack.js'

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)
const { documents, source } = loadHaystack()
const index = createIndex()
index.addAll(documents.slice(0, 8000))
const json = JSON.stringify(index)
const words = (readFileSync(new URL('../test/fixtures/ud-dutch/nieuws.txt', import.meta.url), 'utf8').match(/\p{L}+/gu) ?? []).slice(0, 600)
const queries = [
  ...words,
  ...words.slice(0, 100).map((w) => `${w.slice(0, 4)}*`),
  ...words.slice(100, 200).map((w) => `${w}~`),
  ...words.slice(200, 300).map((w, i) => `"${w} ${words[201 + i]}"~1`),
  'role:answer armoede',
  '+kinderen -zorg',
  'a OR b',
  'de het een',
  'regerng',
]
const queryOnly = loadQueryOnly(json)
const reloaded = loadIndex(json)
reloaded.add({ id: 'x', text: 'Een nieuw document over ziekenhuizen en kinderen.' })
const interview = loadInterview()
let results = ''
for (const q of queries) {
  results += JSON.stringify(index.search(q, { limit: 20, explain: true, context: 1 })) + index.search(q).total
  results += JSON.stringify(queryOnly.search(q, { limit: 5, asYouType: true })) + JSON.stringify(reloaded.search(q, { limit: 5 }))
  results += JSON.stringify(interview.search(q, { limit: 5, duplicates: 'keep' })) + JSON.stringify(interview.search(q, { limit: 5, expand: true }))
  results += JSON.stringify(index.suggest(q.slice(0, 3)))
}
console.log(`data: ${source}`)
console.log(`index ${hash(json)} (${json.length} characters)`)
console.log(`results ${hash(results)} (${queries.length} queries)`)
console.log(`interview ${hash(JSON.stringify(interview))}`)
