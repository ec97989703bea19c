/**
 * `npm run eval`: the two relevance evaluations of ../shared/eval (see its README), scored by
 * the shared scorers themselves, for zoek and every peer:
 *
 * - matching: one document per sentence of the 40,479-sentence haystack
 *   (`matching-haystack.mjs`); each query of `matching-dev.json` asks for all hits, scored for
 *   precision, recall and F1 of the whole hit set and graded nDCG@10;
 * - answering: a search box over the interview (zoek: the shipped index, `loadInterview()`;
 *   the peers: the same 147 sentences); each query of `answering-dev.json` scored on its top 10
 *   with graded nDCG@10, P@1, MRR and the recall of gain-2 sentences.
 *
 * Peers get the query words (no phrase syntax). The tables go to bench/RELEVANCE.md. Without
 * ../shared it says so and stops. `ZOEK_EVAL_SETS=matching` or `answering` runs one.
 */
import { search as oramaSearch } from '@orama/orama'
import { stemmer as oramaDutchStemmer } from '@orama/stemmers/dutch'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import { interviewSynonyms, loadInterview } from '../src/entries/interview.js'
import type { Synonyms } from '../src/search/synonyms.js'
import { createPostgresIndex, type PostgresIndex } from '../src/entries/postgres.js'
import { openStaticIndex } from '../src/entries/static.js'
import { createIndex, staticFiles } from '../src/index.js'
import type { SearchOptions } from '../src/search/options.js'
import type { SentenceIndex } from '../src/search/sentence-index.js'
import { buildLunrNl, buildOramaDutch } from './peers.js'

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url))
if (!existsSync(`${evalDir}matching-lib.mjs`) || !existsSync(`${evalDir}answering-lib.mjs`)) {
  console.log(`eval: ../shared/eval is missing (looked in ${evalDir}); the relevance evaluation needs its sets and scorers. Nothing was run.`)
  process.exit(0)
}
const matchingLib = await import(`${evalDir}matching-lib.mjs`)
const answeringLib = await import(`${evalDir}answering-lib.mjs`)
const haystack = await import(`${evalDir}matching-haystack.mjs`)
const sets = (process.env.ZOEK_EVAL_SETS ?? 'matching,answering').split(',')

/** An engine under test: builds over sentences and answers a query with hit texts, best first. */
interface Engine {
  readonly name: string
  readonly build: (sentences: readonly string[]) => Promise<(q: string, limit: number) => Promise<string[]> | string[]>
}

/** A query string as a peer without phrase syntax can take it. */
const plain = (q: string) => q.replace(/["~*^+:()-]/g, ' ').trim()
const ALL = 1_000_000

/** zoek with one document per sentence, each one segment. */
function zoekIndex(sentences: readonly string[]): SentenceIndex {
  const index = createIndex()
  sentences.forEach((text, id) => {
    index.addSegmented({ id, text }, [{ start: 0, end: text.length, paragraph: 0 }])
  })
  return index
}

/** zoek with the given search options. */
function zoekEngine(name: string, options: SearchOptions): Engine & { readonly options: SearchOptions } {
  return { name, options, build: async (sentences) => zoekRun(zoekIndex(sentences), options) }
}

const zoekRun =
  (index: SentenceIndex, options: SearchOptions) =>
  (q: string, limit: number): string[] =>
    index.search(q, { ...options, limit }).map((hit) => hit.text)

function miniSearchEngine(name: string, searchOptions: object, processTerm?: (term: string) => string): Engine {
  return {
    name,
    build: async (sentences) => {
      const index = new MiniSearch({ fields: ['text'], storeFields: [], ...(processTerm ? { processTerm } : {}) })
      index.addAll(sentences.map((text, id) => ({ id, text })))
      return (q, limit) =>
        index
          .search(plain(q), searchOptions)
          .slice(0, limit)
          .map((hit) => sentences[hit.id as number])
    },
  }
}

const peers: Engine[] = [
  miniSearchEngine('MiniSearch default', {}),
  miniSearchEngine('MiniSearch prefix + fuzzy 0.2', { prefix: true, fuzzy: 0.2 }),
  miniSearchEngine('MiniSearch + Orama Dutch stemmer', {}, (term) => oramaDutchStemmer(term.toLowerCase())),
  {
    name: 'lunr + lunr.nl',
    build: async (sentences) => {
      const index = buildLunrNl(sentences.map((text, id) => ({ id: String(id), text })))
      return (q, limit) => {
        try {
          return index
            .search(plain(q))
            .slice(0, limit)
            .map((hit) => sentences[Number(hit.ref)])
        } catch {
          return []
        }
      }
    },
  },
  {
    name: 'Orama + Dutch stemmer',
    build: async (sentences) => {
      const db = await buildOramaDutch(sentences.map((text, id) => ({ id: String(id), text })))
      return async (q, limit) => (await oramaSearch(db, { term: plain(q), limit })).hits.map((hit) => sentences[Number(hit.id)])
    },
  },
]

/** zoek's rows: the defaults, and the search-box preset. */
const zoekEngines = [zoekEngine('zoek', {}), zoekEngine('zoek expand', { expand: true })]

/**
 * The ablation: each way of finding and ranking turned off in turn (a weight of 0, or the
 * option that turns it off), both sets scored again with it.
 */
const ablation: readonly { readonly what: string; readonly options: SearchOptions }[] = [
  { what: 'nothing (the defaults)', options: {} },
  { what: '`weights: { stopWord: 0 }`: stop and question words match but add no score', options: { weights: { stopWord: 0 } } },
  { what: '`weights: { expansion: 0 }`: prefixes, fuzzy words and the typo fallback find only the word typed', options: { weights: { expansion: 0 } } },
  { what: '`weights: { part: 0 }`: no word is found inside a compound', options: { weights: { part: 0 } } },
  { what: "`weights: { family: 0 }`: no word of a query word's family (expand)", options: { weights: { family: 0 } } },
  {
    what: "`weights: { synonym: 0 }`: no synonym of a query word (expand; the interview's are Open Dutch WordNet's)",
    options: { weights: { synonym: 0 } },
  },
  { what: '`weights: { split: 0 }`: a query compound the index lacks is not looked up as its parts', options: { weights: { split: 0 } } },
  { what: '`weights: { joined: 0 }`: two query words do not find the words that join them', options: { weights: { joined: 0 } } },
  { what: '`weights: { paragraph: 0 }`: no context from the paragraph', options: { weights: { paragraph: 0 } } },
  { what: '`weights: { question: 0 }`: no context from the question an answer answers', options: { weights: { question: 0 } } },
  { what: '`weights: { paragraph: 0, question: 0 }`: no context at all', options: { weights: { paragraph: 0, question: 0 } } },
  { what: '`weights: { speaker: 0 }`: a speaker the query names adds nothing', options: { weights: { speaker: 0 } } },
  { what: '`weights: { adjacent: 0 }`: query words side by side in a sentence add nothing', options: { weights: { adjacent: 0 } } },
  { what: '`weights: { exact: 0 }`: a query word in the form typed counts as any form of its term', options: { weights: { exact: 0 } } },
  { what: "`roleBoost: {}`: an interviewer's question counts as much as an answer", options: { roleBoost: {} } },
  { what: '`typoFallback: false`: a word the index lacks finds nothing', options: { typoFallback: false } },
  { what: "`defaultOperator: 'and'`: every word of the query must match", options: { defaultOperator: 'and' } },
]
/** Each ablation row's scores, by column. */
const ablated = ablation.map(() => new Map<string, number>())

/** Runs every query first (some peers answer asynchronously); the scorers then read the answers. */
async function answers(run: (q: string, limit: number) => Promise<string[]> | string[], queries: readonly string[], limit: number) {
  const found = new Map<string, string[]>()
  for (const q of queries) found.set(q, await run(q, limit))
  return (q: string) => found.get(q) ?? []
}

/**
 * The hits in the order that scores best: each step takes the hit with the highest gain not
 * credited yet (a snippet counts once, as the scorer counts it).
 */
function bestOrder(hits: readonly string[], rel: Readonly<Record<string, number>>): string[] {
  const credited = new Set<string>()
  const left = [...hits]
  const order: string[] = []
  while (left.length > 0 && order.length < 10) {
    const gainOf = (text: string) => Math.max(0, ...Object.entries(rel).map(([snippet, gain]) => (!credited.has(snippet) && text.includes(snippet) ? gain : 0)))
    let best = 0
    for (let i = 1; i < left.length; i++) if (gainOf(left[i]) > gainOf(left[best])) best = i
    const [text] = left.splice(best, 1)
    order.push(text)
    for (const snippet of Object.keys(rel)) if (text.includes(snippet)) credited.add(snippet)
  }
  return order
}

const f = (n: number) => n.toFixed(3)
const lines: string[] = []
const log = (line = '') => {
  lines.push(line)
  console.log(line)
}

/** A table of one cell per engine and query kind, from each engine's `byKind` scores. */
function logPerKind(
  what: string,
  results: ReadonlyMap<string, { byKind: Record<string, Record<string, number>> }>,
  cell: (scores: Record<string, number>) => string,
): void {
  const all = [...results.values()]
  log()
  log(`${what} per kind:`)
  log()
  log(`| kind | n | ${[...results.keys()].join(' | ')} |`)
  log(`|---|---|${all.map(() => '---').join('|')}|`)
  for (const kind of Object.keys(all[0].byKind).sort()) log(`| ${kind} | ${all[0].byKind[kind].n} | ${all.map((s) => cell(s.byKind[kind])).join(' | ')} |`)
}

log('# Relevance evaluation')
log()
log(
  'Generated by `npm run eval` (bench/eval.ts) with the scorers and dev sets of `../shared/eval` (see its README). Peers get the query words without phrase syntax.',
)

if (sets.includes('matching')) {
  const set = JSON.parse(readFileSync(`${evalDir}matching-dev.json`, 'utf8'))
  const sentences: string[] = haystack.sentences()
  const queries = set.map((entry: { q: string }) => entry.q)
  const results = new Map<string, ReturnType<typeof matchingLib.score>>()
  // zoek is built once, for both presets and the ablation.
  const index = zoekIndex(sentences)
  for (const engine of zoekEngines) results.set(engine.name, matchingLib.score(set, sentences, await answers(zoekRun(index, engine.options), queries, ALL)))
  for (const engine of peers) {
    const started = performance.now()
    const run = await answers(await engine.build(sentences), queries, ALL)
    results.set(engine.name, matchingLib.score(set, sentences, run))
    console.error(`matching: ${engine.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  for (const [i, { options }] of ablation.entries()) {
    const scores = matchingLib.score(set, sentences, await answers(zoekRun(index, options), queries, ALL))
    ablated[i].set('matching F1', scores.F1).set('matching nDCG@10', scores.ndcg10)
  }
  log()
  log(`## Matching (${set.length} queries, ${sentences.length} sentences, one document each; all hits)`)
  log()
  log('| engine | F1 | precision | recall | nDCG@10 |')
  log('|---|---|---|---|---|')
  for (const [name, s] of results) log(`| ${name} | ${f(s.F1)} | ${f(s.P)} | ${f(s.R)} | ${f(s.ndcg10)} |`)
  logPerKind('F1 / nDCG@10', results, (s) => `${f(s.F1)} / ${f(s.ndcg10)}`)
  log()
  log('zoek per query (missed: relevant forms not found; extra: the word that most likely made a wrong hit match):')
  log()
  log('| query | kind | F1 | nDCG@10 | hits | relevant | missed | extra |')
  log('|---|---|---|---|---|---|---|---|')
  for (const p of (results.get('zoek') as { perQuery: Record<string, never>[] }).perQuery) {
    const q = p as unknown as {
      q: string
      kind: string
      F1: number
      ndcg10: number
      hits: number
      relevant: number
      missed: [string, number][]
      extra: [string, number][]
    }
    log(`| \`${q.q}\` | ${q.kind} | ${f(q.F1)} | ${f(q.ndcg10)} | ${q.hits} | ${q.relevant} | ${matchingLib.words(q.missed)} | ${matchingLib.words(q.extra)} |`)
  }
}

if (sets.includes('answering')) {
  const set = answeringLib.loadSet(`${evalDir}answering-dev.json`)
  const interview = loadInterview()
  const sentences = interview.sentences().map((sentence) => sentence.text)
  const queries = set.map((entry: { q: string }) => entry.q)
  const results = new Map<string, ReturnType<typeof answeringLib.score>>()
  for (const engine of zoekEngines) {
    results.set(engine.name, answeringLib.score(set, await answers(zoekRun(interview, engine.options), queries, 10)))
  }
  for (const engine of peers) results.set(engine.name, answeringLib.score(set, await answers(await engine.build(sentences), queries, 10)))
  for (const [i, { options }] of ablation.entries()) {
    ablated[i].set('answering nDCG@10', answeringLib.score(set, await answers(zoekRun(interview, options), queries, 10)).ndcg10)
    ablated[i].set(
      'answering nDCG@10 with expand',
      answeringLib.score(set, await answers(zoekRun(interview, { ...options, expand: true }), queries, 10)).ndcg10,
    )
  }
  // What a perfect order of zoek's own hits would score: how much of a gap is ranking, and how
  // much is hits that are not found at all (the defaults find only sentences with a query word).
  const ceilings = zoekEngines.map((engine) => {
    const perfect = (q: string) => {
      const rel = (set.find((entry: { q: string }) => entry.q === q) as { rel: Record<string, number> }).rel
      return bestOrder(zoekRun(interview, engine.options)(q, ALL), rel)
    }
    return [engine.name, answeringLib.score(set, perfect).ndcg10 as number] as const
  })
  log()
  log(`## Answering (${set.length} queries over the interview's ${sentences.length} sentences; top 10)`)
  log()
  log('| engine | nDCG@10 | P@1 | MRR | recall of gain 2 |')
  log('|---|---|---|---|---|')
  for (const [name, s] of results) log(`| ${name} | ${f(s.ndcg10)} | ${f(s.p1)} | ${f(s.mrr)} | ${f(s.recall2)} |`)
  log()
  log(
    `A perfect order of zoek's own hits (every hit, not only its top 10) would score nDCG@10 ${ceilings.map(([name, ndcg]) => `${f(ndcg)} (${name})`).join(' and ')}: the rest of the gap to 1 is sentences zoek does not find.`,
  )
  logPerKind('nDCG@10', results, (s) => f(s.ndcg10))
  log()
  log('zoek per query, with and without expand (gains of the top 10):')
  log()
  log('| query | kind | nDCG@10 | gains | nDCG@10 expand | gains expand |')
  log('|---|---|---|---|---|---|')
  type PerQuery = { perQuery: { q: string; kind: string; ndcg: number; gains: number[] }[] }
  const expanded = (results.get('zoek expand') as PerQuery | undefined)?.perQuery
  ;(results.get('zoek') as PerQuery).perQuery.forEach((p, i) => {
    const e = expanded?.[i]
    log(`| \`${p.q}\` | ${p.kind} | ${f(p.ndcg)} | ${p.gains.join(' ')} | ${e === undefined ? '–' : f(e.ndcg)} | ${e?.gains.join(' ') ?? '–'} |`)
  })
}

{
  const columns = [...new Set(ablated.flatMap((scores) => [...scores.keys()]))]
  log()
  log('## Ablation')
  log()
  log(
    'Each way of finding and ranking turned off in turn (a weight of the search option `weights` set to 0, or the option that turns it off), and both dev sets scored again: matching with the defaults otherwise, answering with the defaults and with `expand`. A row that equals the first changes nothing on these sets; bench/ABLATION.md has how the defaults were chosen.',
  )
  log()
  log(`| turned off | ${columns.join(' | ')} |`)
  log(`|---|${columns.map(() => '---').join('|')}|`)
  for (const [i, { what }] of ablation.entries()) log(`| ${what} | ${columns.map((column) => f(ablated[i].get(column) ?? Number.NaN)).join(' | ')} |`)
}

/** How many queries another way of searching answers with the index's own hits (ids, order, scores, highlights), logging the others. */
async function sameHits(
  what: string,
  index: SentenceIndex,
  search: (q: string, options: SearchOptions) => Promise<unknown>,
  queries: readonly string[],
  options: SearchOptions,
): Promise<number> {
  let same = 0
  for (const q of queries) {
    if (JSON.stringify(await search(q, options)) === JSON.stringify(index.search(q, options))) same++
    else console.error(`${what} differs: ${q} ${JSON.stringify(options)}`)
  }
  return same
}

/** A section of the parity of another way of searching: its rows, and a failed run when any query differs. */
function logParity(title: string, intro: string, lastColumn: string, rows: readonly string[], differ: number): void {
  log()
  log(`## ${title}`)
  log()
  log(intro)
  log()
  log(`| set | engine | identical | ${lastColumn} |`)
  log('|---|---|---|---|')
  for (const line of rows) log(line)
  if (differ > 0) process.exitCode = 1
}

// The static index must give the hits of the index it was written from: every dev query, both presets.
{
  const parity: string[] = []
  let differ = 0
  const check = async (name: string, index: SentenceIndex, queries: readonly string[], limit: number, synonyms?: Synonyms) => {
    const files = new Map(staticFiles(index).map((file) => [file.name, file.text]))
    for (const engine of zoekEngines) {
      const opened = await openStaticIndex(async (file) => files.get(file) ?? '', synonyms === undefined ? {} : { synonyms })
      const same = await sameHits(`static index (${name})`, index, (q, options) => opened.search(q, options), queries, { ...engine.options, limit })
      differ += queries.length - same
      parity.push(`| ${name} | ${engine.name} | ${same} of ${queries.length} | ${(opened.bytesFetched / 1000).toFixed(0)} kB in ${opened.requests} files |`)
    }
  }
  if (sets.includes('matching')) {
    const sentences: string[] = haystack.sentences()
    const index = createIndex()
    for (const [id, text] of sentences.entries()) index.addSegmented({ id, text }, [{ start: 0, end: text.length, paragraph: 0 }])
    await check(
      'matching',
      index,
      JSON.parse(readFileSync(`${evalDir}matching-dev.json`, 'utf8')).map((entry: { q: string }) => entry.q),
      ALL,
    )
  }
  if (sets.includes('answering')) {
    await check(
      'answering',
      loadInterview(),
      answeringLib.loadSet(`${evalDir}answering-dev.json`).map((entry: { q: string }) => entry.q),
      10,
      interviewSynonyms(),
    )
  }
  logParity(
    'The static index',
    "Each set's index written with `staticFiles` and searched with `openStaticIndex` (zoek/static): queries whose hits (ids, order, scores, highlights; all hits for matching, the top 10 for answering) equal the index's own, and what the static index read for all of them.",
    'read',
    parity,
    differ,
  )
}

// The PostgreSQL index (on PGlite, in process) must give the in-process index's hits too.
{
  const { PGlite } = await import('@electric-sql/pglite')
  const parity: string[] = []
  let differ = 0
  const db = new PGlite()
  const check = async (
    name: string,
    index: SentenceIndex,
    fill: (pgIndex: PostgresIndex) => Promise<void>,
    queries: readonly string[],
    limit: number,
    synonyms?: Synonyms,
  ) => {
    const pgIndex = await createPostgresIndex(db, { table: `eval_${name}`, ...(synonyms === undefined ? {} : { synonyms }) })
    const started = performance.now()
    await fill(pgIndex)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    for (const engine of zoekEngines) {
      const same = await sameHits(`PostgreSQL index (${name})`, index, (q, options) => pgIndex.search(q, options), queries, { ...engine.options, limit })
      differ += queries.length - same
      parity.push(`| ${name} | ${engine.name} | ${same} of ${queries.length} | ${seconds} s |`)
    }
  }
  if (sets.includes('matching')) {
    const sentences: string[] = haystack.sentences()
    const entries = sentences.map((text, id) => [{ id, text }, [{ start: 0, end: text.length, paragraph: 0 }]] as const)
    const index = createIndex()
    for (const [doc, segments] of entries) index.addSegmented(doc, segments)
    await check(
      'matching',
      index,
      (pgIndex) => pgIndex.addAllSegmented(entries, { batchSize: 500 }),
      JSON.parse(readFileSync(`${evalDir}matching-dev.json`, 'utf8')).map((entry: { q: string }) => entry.q),
      ALL,
    )
  }
  if (sets.includes('answering')) {
    const interview = loadInterview()
    const [document] = interview.toJSON().documents
    const [id, text, metadata] = document
    const segments = interview
      .sentences(id)
      .map(({ start, end, paragraph, role, speaker, duplicateOf }) => ({ start, end, paragraph, role, speaker, duplicateOf }))
    await check(
      'answering',
      interview,
      (pgIndex) => pgIndex.addSegmented({ id, text, ...metadata }, segments),
      answeringLib.loadSet(`${evalDir}answering-dev.json`).map((entry: { q: string }) => entry.q),
      10,
      interviewSynonyms(),
    )
  }
  await db.close()
  logParity(
    'The PostgreSQL index',
    "Each set's documents written with `createPostgresIndex` (zoek/postgres) into PGlite (PostgreSQL in process) and searched there: queries whose hits (ids, order, scores, highlights; all hits for matching, the top 10 for answering) equal the in-process index's, and how long writing took. `npm run test:shards` checks the same on three real servers.",
    'written in',
    parity,
    differ,
  )
}

const outPath = process.env.ZOEK_EVAL_OUT ?? fileURLToPath(new URL('./RELEVANCE.md', import.meta.url))
writeFileSync(outPath, `${lines.join('\n')}\n`)
console.error(`wrote ${outPath}`)
