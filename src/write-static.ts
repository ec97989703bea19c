/**
 * Writing a static index (`zoek/static` reads it): the files from an index, and a directory of them.
 *
 * @module
 */

import { checkOptionNames } from './check.js'
import { InvalidOptionError } from './errors.js'
import { MANIFEST_FILE, SHARD_FILE, type StaticFile, type StaticLayout } from './search/format/static.js'
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

function filesOf(index: SentenceIndex<object> | SerializedIndex, options: StaticWriteOptions): StaticFile[] {
  checkOptionNames(options, ['layout', 'onProgress'], 'static index')
  const layout = options.layout ?? {}
  for (const [name, value] of Object.entries(layout)) {
    if (!['termBytes', 'wordBytes', 'blockBytes'].includes(name))
      throw new InvalidOptionError(`layout.${name}`, 'unknown; expected termBytes, wordBytes or blockBytes')
    if (!Number.isSafeInteger(value) || (value as number) < 1)
      throw new InvalidOptionError(`layout.${name}`, `expected a whole number ≥ 1, got ${String(value)}`)
  }
  const data = 'toJSON' in index ? index.toJSON() : index
  return staticFilesOf(data, layout)
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
  // A variable name, so that bundlers for the browser leave Node's modules alone.
  const fsName = 'node:fs/promises'
  const pathName = 'node:path'
  const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
  const path = (await import(/* @vite-ignore */ pathName)) as typeof import('node:path')
  await fs.mkdir(directory, { recursive: true })
  const old = (await fs.readdir(directory)).filter((name) => SHARD_FILE.test(name))
  const shards = files.slice(1)
  let done = 0
  for (const file of shards) {
    await fs.writeFile(path.join(directory, file.name), file.text)
    options.onProgress?.(++done, files.length)
  }
  await fs.writeFile(path.join(directory, MANIFEST_FILE), files[0].text)
  options.onProgress?.(++done, files.length)
  const written = new Set(files.map((file) => file.name))
  for (const name of old) if (!written.has(name)) await fs.rm(path.join(directory, name), { force: true })
  return files.map((file) => ({ name: file.name, bytes: Buffer.byteLength(file.text) }))
}
