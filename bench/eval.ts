/**
 * `npm run eval`: the relevance evaluation of issue 3. The interview is indexed, as one plain
 * document, together with the haystack (every UD Dutch sentence and every LibreOffice help
 * paragraph of ../shared/data); each query of ../shared/eval/dev-qrels.json is run and its
 * top 10 scored with nDCG@10, MAP@10, MRR@10, Recall@10 and P@1, overall and per query kind.
 * The peers index the same sentences (zoek's segmentation of the same documents) and answer
 * the same query strings. The table goes to bench/RELEVANCE.md.
 *
 * It needs the interview text (corpus/, see corpus/README.md), the haystack and the
 * judgements; it says which is missing and stops when one is. To try the harness on another
 * text, set ZOEK_EVAL_TEXT to its path and ZOEK_EVAL_OUT to where the table should go.
 */
import { search as oramaSearch } from '@orama/orama'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import { createIndex, segment } from '../src/index.js'
import { interviewManifest } from '../src/entries/interview.js'
import { loadHaystack } from './haystack.js'
import { buildLunrNl, buildOramaDutch } from './peers.js'
import { mean, relevance, score, type Judgement, type Scores } from './relevance.js'

const interviewPath = process.env.ZOEK_EVAL_TEXT ?? fileURLToPath(new URL(`../corpus/${interviewManifest.file}`, import.meta.url))
const outPath = process.env.ZOEK_EVAL_OUT ?? fileURLToPath(new URL('./RELEVANCE.md', import.meta.url))
const qrelsPath = fileURLToPath(new URL('../../shared/eval/dev-qrels.json', import.meta.url))
const missing = [
  existsSync(interviewPath) ? undefined : `the interview text (corpus/${interviewManifest.file}; see corpus/README.md)`,
  existsSync(qrelsPath) ? undefined : `the judgements (${qrelsPath})`,
].filter((what) => what !== undefined)
if (missing.length > 0) {
  console.log(`eval: cannot run without ${missing.join(' and ')}.`)
  process.exit(0)
}

const judgements = JSON.parse(readFileSync(qrelsPath, 'utf8')) as Judgement[]
const interview = readFileSync(interviewPath, 'utf8')
const { documents, source } = loadHaystack()
const all = [{ id: 'interview', text: interview }, ...documents]

/** One search engine: builds over the sentences and answers a query string with hit texts, best first. */
interface Engine {
  readonly name: string
  readonly run: (q: string) => Promise<string[]> | string[]
}

const started = performance.now()
// The interview has a paragraph per line (corpus/manifest.json); the haystack documents are one line each.
const zoek = createIndex({ paragraphs: interviewManifest.paragraphs })
zoek.addAll(all, { onProgress: (done, total) => done % 5000 === 0 && console.error(`zoek: ${done}/${total} documents`) })
const sentences = all.flatMap((doc) => segment(doc.text, { paragraphs: interviewManifest.paragraphs }).map((s) => s.text))
console.error(
  `built zoek over ${zoek.sentenceCount} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s; peers index the same ${sentences.length} sentences`,
)

/** A query string as a peer without phrase syntax can take it. */
const plain = (q: string) => q.replace(/["~*^+:-]/g, ' ').trim()

const engines: Engine[] = [{ name: 'zoek', run: (q) => zoek.search(q, { limit: 10 }).map((hit) => hit.text) }]

for (const [name, searchOptions] of [
  ['MiniSearch default', {}],
  ['MiniSearch prefix + fuzzy 0.2', { prefix: true, fuzzy: 0.2 }],
] as const) {
  const index = new MiniSearch({ fields: ['text'], storeFields: [] })
  index.addAll(sentences.map((text, id) => ({ id, text })))
  engines.push({
    name,
    run: (q) =>
      index
        .search(plain(q), searchOptions)
        .slice(0, 10)
        .map((hit) => sentences[hit.id as number]),
  })
}

const peerDocuments = sentences.map((text, id) => ({ id: String(id), text }))
const lunrIndex = buildLunrNl(peerDocuments)
engines.push({
  name: 'lunr + lunr.nl',
  run: (q) => {
    try {
      return lunrIndex
        .search(plain(q))
        .slice(0, 10)
        .map((hit) => sentences[Number(hit.ref)])
    } catch {
      return []
    }
  },
})

const orama = await buildOramaDutch(peerDocuments)
engines.push({
  name: 'Orama + dutch stemmer',
  run: async (q) => (await oramaSearch(orama, { term: plain(q), limit: 10 })).hits.map((hit) => sentences[Number(hit.id)]),
})

const kinds = [...new Set(judgements.map((j) => j.kind))].sort()
const results = new Map<string, { overall: Scores; byKind: Map<string, Scores>; perQuery: Scores[] }>()
for (const engine of engines) {
  const perQuery: Scores[] = []
  for (const judgement of judgements) perQuery.push(score(relevance(await engine.run(judgement.q), judgement.rel), judgement.rel.length))
  const byKind = new Map(kinds.map((kind) => [kind, mean(perQuery.filter((_, i) => judgements[i].kind === kind))]))
  results.set(engine.name, { overall: mean(perQuery), byKind, perQuery })
}

const f = (n: number) => n.toFixed(3)
const lines: string[] = []
const log = (line = '') => {
  lines.push(line)
  console.log(line)
}
log('# Relevance evaluation')
log()
log(
  `Generated by \`npm run eval\` (bench/eval.ts). Judgements: ../shared/eval/dev-qrels.json (${judgements.length} queries). Haystack: ${source}; the interview is one more document. ${zoek.sentenceCount} sentences; every engine indexes the same sentences and answers the same query strings (peers without phrase syntax get the words). Top 10, binary gains; a hit is relevant when it contains a judged snippet, each snippet credited once.`,
)
log()
log('| engine | nDCG@10 | MAP@10 | MRR@10 | Recall@10 | P@1 |')
log('|---|---|---|---|---|---|')
for (const [name, { overall }] of results)
  log(`| ${name} | ${f(overall.ndcg)} | ${f(overall.map)} | ${f(overall.mrr)} | ${f(overall.recall)} | ${f(overall.p1)} |`)
log()
log('## nDCG@10 per query kind')
log()
log(`| kind (queries) | ${[...results.keys()].join(' | ')} |`)
log(`|---|${[...results.keys()].map(() => '---').join('|')}|`)
for (const kind of kinds) {
  const count = judgements.filter((j) => j.kind === kind).length
  log(`| ${kind} (${count}) | ${[...results.values()].map((r) => f(r.byKind.get(kind)?.ndcg ?? 0)).join(' | ')} |`)
}
log()
log('## nDCG@10 per query')
log()
log(`| query | kind | ${[...results.keys()].join(' | ')} |`)
log(`|---|---|${[...results.keys()].map(() => '---').join('|')}|`)
for (const [i, j] of judgements.entries()) log(`| \`${j.q}\` | ${j.kind} | ${[...results.values()].map((r) => f(r.perQuery[i].ndcg)).join(' | ')} |`)
writeFileSync(outPath, `${lines.join('\n')}\n`)
console.error(`wrote ${outPath}`)
