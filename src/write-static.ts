/**
 * Writing a static index (`zoek/static` reads it): the files from an index, and a directory of them.
 *
 * @module
 */

import type { AnalyzerOptions } from './analysis/analyzer.js'
import { splitWord } from './analysis/compounds.js'
import { checkOptionNames, checkParagraphMode } from './check.js'
import { InvalidOptionError } from './errors.js'
import type { DocumentInput, ParagraphMode } from './model.js'
import { DEFAULT_LAYOUT, MANIFEST_FILE, SHARD_FILE, shardFile, type ShardKind, type StaticFile, type StaticLayout } from './search/format/static.js'
import { buildStatic } from './search/static-stream.js'
import { segment } from './segment/sentences.js'
import type { SerializedIndex } from './search/format/v2.js'
import type { SentenceIndex } from './search/sentence-index.js'
import { staticFilesOf } from './search/static-files.js'

export type { StaticFile, StaticLayout } from './search/format/static.js'

/** Options of {@link writeStaticIndex} and {@link staticFiles}. */
export interface StaticWriteOptions {
  /** The sizes of the shards; each defaults to a few kB gzip (tuned on a 40k-sentence index). */
  readonly layout?: Partial<StaticLayout>
  /** Called after each file is written, with the number written and the total. */
  readonly onProgress?: (done: number, total: number) => void
}

function checkLayout(options: { readonly layout?: Partial<StaticLayout> }): Partial<StaticLayout> {
  const layout = options.layout ?? {}
  for (const [name, value] of Object.entries(layout)) {
    if (!['termBytes', 'wordBytes', 'blockBytes'].includes(name))
      throw new InvalidOptionError(`layout.${name}`, 'unknown; expected termBytes, wordBytes or blockBytes')
    if (!Number.isSafeInteger(value) || (value as number) < 1)
      throw new InvalidOptionError(`layout.${name}`, `expected a whole number ≥ 1, got ${String(value)}`)
  }
  return layout
}

function filesOf(index: SentenceIndex<object> | SerializedIndex, options: StaticWriteOptions): StaticFile[] {
  checkOptionNames(options, ['layout', 'onProgress'], 'static index')
  const layout = checkLayout(options)
  const data = 'toJSON' in index ? index.toJSON() : index
  return staticFilesOf(data, layout)
}

/** Node's file system, imported by a variable name so that bundlers for the browser leave it alone. */
async function fileSystem(): Promise<{ fs: typeof import('node:fs/promises'); path: typeof import('node:path') }> {
  const fsName = 'node:fs/promises'
  const pathName = 'node:path'
  return {
    fs: (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises'),
    path: (await import(/* @vite-ignore */ pathName)) as typeof import('node:path'),
  }
}

/**
 * Ends writing a static index into a directory whose new shards are all in place: the manifest
 * last, so a reader never sees one whose shards are missing, then the shards of earlier builds go.
 *
 * @param directory - the directory
 * @param manifest - the manifest's text
 * @param shards - the names of the new shards
 * @param old - the shard files the directory had before
 */
async function finishDirectory(directory: string, manifest: string, shards: ReadonlySet<string>, old: readonly string[]): Promise<void> {
  const { fs, path } = await fileSystem()
  await fs.writeFile(path.join(directory, MANIFEST_FILE), manifest)
  for (const name of old) if (!shards.has(name)) await fs.rm(path.join(directory, name), { force: true })
}

/**
 * The files of a static index of an index, to serve from any static host: a small manifest
 * (`zoek-static.json`), posting lists in shards by range of analysed term, the vocabulary in
 * shards by range of word, and the documents in blocks. `openStaticIndex` from `zoek/static`
 * searches them, loading only the shards each query needs, with the hits of the index itself.
 *
 * @param index - an index, or its serialised form (`index.toJSON()`)
 * @param options - see {@link StaticWriteOptions}
 * @returns the files: the manifest first, each with its name and JSON text
 * @throws `InvalidOptionError` for an unknown or invalid option; `AnalyzerMismatchError` for a
 *   serialised index of another analyzer
 * @example
 * ```ts
 * const files = staticFiles(index)
 * files[0].name // => 'zoek-static.json'
 * ```
 */
export function staticFiles(index: SentenceIndex<object> | SerializedIndex, options: Omit<StaticWriteOptions, 'onProgress'> = {}): StaticFile[] {
  return filesOf(index, options)
}

/**
 * Writes a static index into a directory (made if missing). Shard files of an earlier build in
 * it are removed after the new ones are written; the manifest is written last, so a reader
 * never sees a manifest whose shards are not there yet.
 *
 * @param index - an index, or its serialised form (`index.toJSON()`)
 * @param directory - where to write
 * @param options - see {@link StaticWriteOptions}
 * @returns the names and sizes of the files written, manifest first
 * @throws `InvalidOptionError` for an invalid option; the file system's error when writing fails
 * @example
 * ```ts
 * await writeStaticIndex(index, 'public/zoek')
 * // in the browser: const idx = await openStaticIndex('/zoek/')
 * ```
 */
export async function writeStaticIndex(
  index: SentenceIndex<object> | SerializedIndex,
  directory: string,
  options: StaticWriteOptions = {},
): Promise<{ readonly name: string; readonly bytes: number }[]> {
  if (typeof directory !== 'string' || directory === '') throw new InvalidOptionError('directory', 'expected a directory path')
  const files = filesOf(index, options)
  const { fs, path } = await fileSystem()
  await fs.mkdir(directory, { recursive: true })
  const old = (await fs.readdir(directory)).filter((name) => SHARD_FILE.test(name))
  const shards = files.slice(1)
  let done = 0
  for (const file of shards) {
    await fs.writeFile(path.join(directory, file.name), file.text)
    options.onProgress?.(++done, files.length)
  }
  await finishDirectory(directory, files[0].text, new Set(files.map((file) => file.name)), old)
  options.onProgress?.(++done, files.length)
  return files.map((file) => ({ name: file.name, bytes: Buffer.byteLength(file.text) }))
}

/** Options of {@link writeStaticIndexFrom}. */
export interface StaticStreamOptions {
  /** The analyzer's options, as `createIndex` takes them. */
  readonly analyzer?: AnalyzerOptions
  /** How documents are divided into paragraphs: `'blank-line'` (default) or `'line'`. */
  readonly paragraphs?: ParagraphMode
  /** The sizes of the shards (see {@link StaticWriteOptions}). */
  readonly layout?: Partial<StaticLayout>
  /** Called after each document with the numbers of documents and sentences written. */
  readonly onProgress?: (documents: number, sentences: number) => void
}

/**
 * Writes a static index straight from documents, without building an index in memory: each
 * document is segmented and analysed as `createIndex().addAll` would, and its block is written
 * as soon as it is full; only the posting lists, the vocabulary and the manifest's columns stay
 * until the end. The files are those `writeStaticIndex` writes for an index of the same
 * documents. Shards are written under temporary names and named once all are there, so the
 * directory keeps its earlier index until the new one is complete, also when a document is bad.
 *
 * @param documents - the documents `{ id, text, ...metadata }`, from an array, a generator or an async generator
 * @param directory - where to write
 * @param options - see {@link StaticStreamOptions}
 * @returns the numbers of documents, sentences and files written
 * @throws `InvalidDocumentError` or `DuplicateIdError` for a bad document (nothing of the new
 *   index stays), `InvalidOptionError` for an invalid option
 * @example
 * ```ts
 * async function* paragraphs() { for await (const line of lines) yield { id: line.id, text: line.text } }
 * await writeStaticIndexFrom(paragraphs(), 'public/zoek', { onProgress: (d) => console.log(d) })
 * ```
 */
export async function writeStaticIndexFrom(
  documents: Iterable<DocumentInput> | AsyncIterable<DocumentInput>,
  directory: string,
  options: StaticStreamOptions = {},
): Promise<{ readonly documents: number; readonly sentences: number; readonly files: number }> {
  checkOptionNames(options, ['analyzer', 'paragraphs', 'layout', 'onProgress'], 'static index')
  if (typeof directory !== 'string' || directory === '') throw new InvalidOptionError('directory', 'expected a directory path')
  const paragraphs = options.paragraphs ?? 'blank-line'
  checkParagraphMode(paragraphs)
  const layout = { ...DEFAULT_LAYOUT, ...checkLayout(options) }
  const { fs, path } = await fileSystem()
  await fs.mkdir(directory, { recursive: true })
  const old = (await fs.readdir(directory)).filter((name) => SHARD_FILE.test(name))
  const temporary = (kind: ShardKind, n: number) => path.join(directory, `.partial-${kind}-${n}.json`)
  const written: { kind: ShardKind; n: number }[] = []
  try {
    const result = await buildStatic({
      documents,
      analyzer: options.analyzer ?? {},
      paragraphs,
      segmenter: (text, settings) => segment(text, settings),
      lexicon: splitWord,
      layout,
      onShard: async ({ kind, n, text }) => {
        await fs.writeFile(temporary(kind, n), text)
        written.push({ kind, n })
      },
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    })
    for (const { kind, n } of written) await fs.rename(temporary(kind, n), path.join(directory, shardFile(kind, n, result.build)))
    await finishDirectory(directory, result.manifest.text, new Set(written.map(({ kind, n }) => shardFile(kind, n, result.build))), old)
    return { documents: result.documents, sentences: result.sentences, files: written.length + 1 }
  } catch (error) {
    for (const { kind, n } of written) await fs.rm(temporary(kind, n), { force: true })
    throw error
  }
}
