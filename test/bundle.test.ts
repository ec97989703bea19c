import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { tempDir } from './helpers.js'
import { LEXICON_WORDS } from '../src/analysis/data/compound-lexicon.js'

// Bundles the BUILT entries (npm test builds first) and reads esbuild's metafile: the
// query-only path must not pull in the sentence segmenter.
const SEGMENTER = /node_modules\/(unified|retext|retext-dutch|retext-latin|parse-dutch|parse-latin|nlcst-[^/]+|unist-[^/]+|vfile[^/]*)\//
/** A piece of the compound lexicon's word data (about 1 MB), which only indexing needs. */
const LEXICON_SAMPLE = LEXICON_WORDS.slice(50_000, 50_080)
/**
 * Budget for the minified, gzipped `zoek/query` bundle with its dependencies (MiniSearch):
 * 32.6 kB measured, of which about 5 kB is the stem override table and the word-form rules
 * that queries need too. Raised from 28 kB when the word-form rules grew (s-endings, final
 * -t/-d, long vowels, Latin plurals) and loading learned to read MiniSearch's lookups from the
 * columns, from 30 kB when loading learned to read rows and the vocabulary from the columns
 * too (rows.ts, +1.1 kB minified) and the ge-infix rule came (infix-ge.ts), from 31 kB when
 * the stop-term check (stop-terms.ts) and the weak verb paradigms came (+1 kB), from
 * 32 kB when 34 more strong verbs and their prefixed forms came (+1.2 kB), and from 33 kB
 * when the interview work (index.sentences(), the query depth limit, typed metadata: 32.56 →
 * 32.84 kB) and the restructuring into rooms (the engine subclass, format 2 written from the
 * live index, the analysis chain as a list of named stages with their identities: → 33.33 kB)
 * came, from 34 kB when the relevance work came (34.97 kB: the adjectives' degrees, the tens
 * and the nouns in -te in the override table, the -ing rule, compound parts under terms of
 * their own, expand), from 35 kB for the letter masks that spare fuzzy look-ups most edit
 * distances (35.19 kB), and from 36 kB when context ranking (the rows' number columns and the
 * per-index scratch marks), the lean query evaluation (engine/lean-query.ts), the plan and
 * token caches, a named speaker's sentences with expand and the rule for derived words came
 * (37.83 kB), and from 38 kB when the static index came: the hooks that let a search read an
 * index shard by shard (rows laid out apart from their offsets, a vocabulary told what it
 * reads, the engine restored from a lookup) and StaticLoadError (38.22 kB), and from 38.5 kB
 * when the vocabulary counted a sentence's words in one map of entries (38.58 kB) and the lean
 * evaluation summed long OR queries into arrays by row (39.06 kB; in `npm run bench` a common
 * word's p50 went from 2.63–3.26× MiniSearch to 1.90–2.24×, three runs each), and from 39.1 kB
 * when a search that only ranks kept its results as rows and scores in arrays and made objects
 * only for the page (39.33 kB; common-word queries about 5× faster in scratch timing), and from
 * 39.4 kB when the analyzer's cache kept two generations and `expand` found the compounds that
 * join two query words (39.54 kB; answering nDCG@10 with expand 0.646 → 0.682 on the dev set),
 * and from 39.6 kB when hits became instances that share one highlights getter (39.69 kB; a
 * rare word's search about 30% faster in a scratch A/B run), and from 39.8 kB when a rare
 * word's search lost its fixed costs (40.08 kB: remembered term places, plan caches keyed by
 * the query string alone, search options merged field by field, a page sorted by insertion,
 * hits without a closure each; about 12.8 → 7.8 µs in a scratch A/B run against MiniSearch's 5.8),
 * and from 40.15 kB when a word the index lacks got its fallbacks (compounds that end in it, its
 * parts as words of their own, the words that join it with its neighbour) and questions their
 * weight (40.46 kB; answering nDCG@10 on the dev set 0.528 → 0.592, with expand 0.682 → 0.707),
 * and from 40.5 kB when the exact check's view of a row became a class (40.53 kB; a rare word's
 * search with its highlights read 16.7 → 12.5 µs in a scratch A/B run), and from 40.55 kB when
 * the Kraaij-Pohlmann stemmer took tables by character code (40.69 kB; 1.47× the words per
 * second on Snowball's vocabulary in a scratch A/B run), and from 40.7 kB with the search option
 * `weights` (41.01 kB: its names, defaults and checks), and from 41.05 kB with the -ig
 * adjectives of analyzer 9 (41.08 kB), and from 41.15 kB with the derivations of analyzers 10
 * and 11: -atie, -ster, -ioneel, -isme, -iteit, -lijk, -sel (41.22 kB), and from 41.3 kB with
 * the derivational family of `expand` (search/family.ts: islamitisch finds islam; 41.53 kB),
 * and from 41.55 kB with an index's synonyms (the option `synonyms`, its checks and the table by
 * term, search/synonyms.ts; 42.04 kB with its words analysed lazily, by first letters; the table
 * itself is zoek/synonyms, not in this bundle), and from 42.07 kB with the pronouns and the
 * question words that weigh as stop words in a query (42.13 kB), and with the auxiliaries in
 * all their forms (42.24 kB), and from 42.3 kB when a named speaker's sentences among the hits
 * ranked higher without expand too (42.30 kB), and from 42.4 kB when query words side by side
 * ranked the best results again (search/adjacency.ts and the rescoring of both paths; 42.92 kB;
 * 43.01 kB once both paths shared the gains' loop and synonyms asked the analyzer for stop words),
 * and from 43.1 kB when query words in the form typed ranked the best results again too
 * (search/rerank.ts, the typo fallback's words in the plan; 43.46 kB; 43.52 kB with the parts of
 * a compound the index lacks counted as typed).
 */
const QUERY_BUDGET_BYTES = 43_650
/**
 * Budget for `zoek/static`: the query path and the static reader (search/static-index.ts, format/static.ts), without loadIndex: 37.19 kB measured at
 * first, 37.8 kB with the count encodings, 38.02 kB when the search over partly loaded data became one module for the static and PostgreSQL indexes
 * (lazy-search.ts) and the index took a hook to build its first documents in one go (createIndex's PostingCollector, not in this bundle), and 38.34 kB
 * when static format 2 came (docs blocks as columns with sentence ends as counts, which the reader decodes; a terms shard's lengths once per sentence),
 * and 38.90 kB with the vocabulary's entries and the lean evaluation's arrays by row, 39.19 kB with results as rows and scores, 39.41 kB with
 * the analyzer's two generations and the joined words of `expand`, 39.56 kB with hits that share one highlights getter, 39.93 kB when a rare
 * word's search lost its fixed costs, 40.34 kB with the fallbacks for a word the index lacks, 40.39 kB when the row view became a class, 40.57 kB with the stemmer's tables (see the query budget), 40.89 kB with the search option `weights`, 40.95 kB with the -ig adjectives, 41.08 kB with
 * the derivations of analyzers 10 and 11, 41.37 kB with the derivational family of `expand`, 41.89 kB with an index's synonyms, 42.00 kB with the forms of stop words, pronouns and
 * more question words that weigh as stop words, 42.10 kB with the auxiliaries, 42.17 kB with a named speaker's sentences ranked without expand, 42.81 kB with query words side by side (42.89 kB as the review left it), 43.34 kB with query words in the form typed (43.40 kB with a compound's parts as typed).
 */
const STATIC_BUDGET_BYTES = 43_550

async function bundle(entry: string, platform: 'browser' | 'node') {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../dist/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform,
    metafile: true,
    logLevel: 'silent',
  })
  const contents = result.outputFiles[0].contents
  return { inputs: Object.keys(result.metafile.inputs), gzip: gzipSync(contents).length, text: new TextDecoder().decode(contents) }
}

describe('the query-only entries', () => {
  it('zoek/query imports neither unified, retext nor parse-dutch, and fits the size budget', async () => {
    const { inputs, gzip, text } = await bundle('query.js', 'browser')
    expect(inputs.filter((input) => SEGMENTER.test(input))).toEqual([])
    expect(text.includes(LEXICON_SAMPLE)).toBe(false)
    expect(inputs.some((input) => input.includes('node_modules/minisearch/'))).toBe(true)
    console.log(`[size] zoek/query bundle (minified, gzip, with MiniSearch): ${gzip} bytes; budget ${QUERY_BUDGET_BYTES}`)
    expect(gzip).toBeLessThanOrEqual(QUERY_BUDGET_BYTES)
  })

  it('zoek/interview imports neither unified, retext nor parse-dutch, nor the compound lexicon', async () => {
    const { inputs, text } = await bundle('interview.js', 'node')
    expect(inputs.filter((input) => SEGMENTER.test(input))).toEqual([])
    expect(text.includes(LEXICON_SAMPLE)).toBe(false)
  })

  it('zoek/static imports neither the segmenter nor the compound lexicon, and is about as small as zoek/query', async () => {
    const { inputs, gzip, text } = await bundle('static.js', 'browser')
    expect(inputs.filter((input) => SEGMENTER.test(input))).toEqual([])
    expect(text.includes(LEXICON_SAMPLE)).toBe(false)
    console.log(`[size] zoek/static bundle (minified, gzip, with MiniSearch): ${gzip} bytes; budget ${STATIC_BUDGET_BYTES}`)
    expect(gzip).toBeLessThanOrEqual(STATIC_BUDGET_BYTES)
  })

  it('the main entry does use the segmenter and the lexicon (so the checks above can fail)', async () => {
    const { inputs, text } = await bundle('index.js', 'node')
    expect(inputs.filter((input) => SEGMENTER.test(input)).length).toBeGreaterThan(0)
    expect(text.includes(LEXICON_SAMPLE)).toBe(true)
  })
})

describe('the bundled interview inside bundles (the index must travel with the module)', () => {
  const entry = fileURLToPath(new URL('../dist/interview.js', import.meta.url))
  const script = `import { loadInterview } from ${JSON.stringify(entry)}
const index = loadInterview()
const hits = index.search('speaker:"Bart Somers" armoede', { limit: 20 })
const report = JSON.stringify({ sentences: index.sentenceCount, hits: hits.map((hit) => hit.id) })`

  it('works in an esbuild node bundle run away from dist/', async () => {
    const dir = tempDir('zoek-bundle-')
    const out = join(dir, 'app.mjs')
    await build({
      stdin: { contents: `${script}\nconsole.log(report)`, resolveDir: dir, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
    })
    const run = spawnSync(process.execPath, [out], { encoding: 'utf8', cwd: dir })
    expect(run.stderr).toBe('')
    const { loadInterview } = await import('../src/entries/interview.js')
    const expected = loadInterview()
      .search('speaker:"Bart Somers" armoede', { limit: 20 })
      .map((hit) => hit.id)
    expect(JSON.parse(run.stdout)).toEqual({ sentences: 147, hits: expected })
    expect(expected).toContain('somers-mechelen-2019#9')
  })

  it('bundles for the browser without Node built-ins, the segmenter or the lexicon', async () => {
    const result = await build({
      stdin: { contents: `${script}\ndocument.body.textContent = report`, resolveDir: tmpdir(), loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((input) => SEGMENTER.test(input) || input.startsWith('node:'))).toEqual([])
    expect(inputs.some((input) => input.includes('node_modules/minisearch/'))).toBe(true)
    const text = new TextDecoder().decode(result.outputFiles[0].contents)
    expect(text.includes(LEXICON_SAMPLE)).toBe(false)
    expect(text).toContain('rodelantaarndrager')
  })
})
