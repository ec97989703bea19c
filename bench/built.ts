/**
 * The zoek that the speed benchmarks measure: the built package in dist/, the code an app
 * imports, and not the TypeScript sources as tsx compiles them.
 *
 * tsx compiles with esbuild's `keepNames`, which wraps every function made at run time in a
 * call that sets its `name` (a runtime call in V8). A search makes a few closures, so through
 * tsx a rare word's search cost about 5 µs where the same code from dist/ costs under 3 µs;
 * the peers, which come built from node_modules, never paid it. The benchmarks' npm scripts
 * build first; a dist/ older than src/ is refused, so no run measures stale code.
 *
 * @module
 */

import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The entries the benchmarks load, each typed as its source. */
interface Entries {
  readonly index: typeof import('../src/index.js')
  readonly query: typeof import('../src/entries/query.js')
}

const src = fileURLToPath(new URL('../src/', import.meta.url))

/** The newest modification time of the files under src/. */
function newestSource(): number {
  let newest = 0
  for (const file of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (file.isFile()) newest = Math.max(newest, statSync(`${file.parentPath}/${file.name}`).mtimeMs)
  }
  return newest
}

/**
 * Imports an entry of the built package.
 *
 * @param entry - `index` (zoek) or `query` (zoek/query)
 * @returns the entry's module
 * @throws Error when dist/ lacks the entry or is older than a file of src/: run `npm run build`
 */
export async function built<E extends keyof Entries>(entry: E): Promise<Entries[E]> {
  const file = fileURLToPath(new URL(`../dist/${entry}.js`, import.meta.url))
  if (!existsSync(file)) throw new Error(`bench: ${file} is missing; run npm run build first (the bench scripts do).`)
  if (statSync(file).mtimeMs < newestSource()) throw new Error(`bench: ${file} is older than src/; run npm run build first (the bench scripts do).`)
  return (await import(pathToFileURL(file).href)) as Entries[E]
}
