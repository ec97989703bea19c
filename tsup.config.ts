import { copyFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

// The library entries. `cli` is internal to the bin.
const entry = {
  index: 'src/index.ts',
  query: 'src/entries/query.ts',
  interview: 'src/entries/interview.ts',
  static: 'src/entries/static.ts',
  postgres: 'src/entries/postgres.ts',
  synonyms: 'src/entries/synonyms.ts',
}

export default defineConfig([
  {
    entry: { ...entry, bin: 'src/bin.ts' },
    format: 'esm',
    dts: { entry },
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    // The interview index as a file too, for pages that fetch it (examples/browser).
    onSuccess: async () => copyFileSync('src/generated/interview.zoek.json', 'dist/interview.zoek.json'),
  },
  {
    entry,
    format: 'cjs',
    dts: { entry },
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    shims: true,
    // unified, retext and their helpers are ESM-only; the CommonJS build carries them.
    noExternal: [/^(?!minisearch$)/],
  },
])
