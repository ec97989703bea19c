import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The layering of ARCHITECTURE.md, checked on the import statements of src/.
const root = fileURLToPath(new URL('..', import.meta.url))
const files: string[] = []
const walk = (dir: string): void => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (path.endsWith('.ts')) files.push(relative(root, path))
  }
}
walk(join(root, 'src'))
const sources = new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]))
/** Each file's imports: relative ones as paths from the root, packages by name. */
const imports = new Map(
  files.map((file) => {
    const specifiers = [...(sources.get(file) as string).matchAll(/^(?:import|export)\b[^'"]*?from '([^']+)'/gm)].map((m) => m[1])
    return [file, specifiers.map((s) => (s.startsWith('.') ? relative(root, resolve(root, dirname(file), s.replace(/\.js$/, '.ts'))) : s))]
  }),
)

describe('the architecture', () => {
  it('has no import loop in src/', () => {
    const state = new Map<string, 'open' | 'done'>()
    const loops: string[] = []
    const visit = (file: string, path: string[]): void => {
      state.set(file, 'open')
      for (const next of imports.get(file) ?? []) {
        if (!imports.has(next)) continue
        if (state.get(next) === 'open') loops.push([...path.slice(path.indexOf(next)), next].join(' → '))
        else if (!state.has(next)) visit(next, [...path, next])
      }
      state.set(file, 'done')
    }
    for (const file of files) if (!state.has(file)) visit(file, [file])
    expect(loops).toEqual([])
  })

  it('imports MiniSearch only in search/engine/', () => {
    const importers = files.filter((file) => imports.get(file)?.includes('minisearch'))
    expect(importers.length).toBeGreaterThan(0)
    expect(importers.filter((file) => !file.startsWith('src/search/engine/'))).toEqual([])
  })

  it('keeps the segmenter out of search/, query/ and analysis/, analysis/ below search/, and model.ts free of imports', () => {
    const segmenterUsers = files.filter(
      (file) =>
        /^src\/(search|query|analysis)\//.test(file) && (imports.get(file) ?? []).some((i) => i.startsWith('src/segment/') || /^(unified|retext)/.test(i)),
    )
    expect(segmenterUsers).toEqual([])
    const upward = files.filter(
      (file) => file.startsWith('src/analysis/') && (imports.get(file) ?? []).some((i) => /^src\/(search|query|segment|entries)\//.test(i)),
    )
    expect(upward).toEqual([])
    expect(imports.get('src/model.ts')).toEqual([])
  })

  it('keeps src/search/sentence-index.ts a thin front', () => {
    expect((sources.get('src/search/sentence-index.ts') as string).split('\n').length).toBeLessThanOrEqual(350)
  })
})
