import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tempDir } from './helpers.js'

// Checks the package as npm would publish it (npm test builds first).
const root = fileURLToPath(new URL('..', import.meta.url))
const run = (command: string, args: string[], cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('the npm package', () => {
  it('passes publint', () => {
    expect(run('npx', ['--no-install', 'publint', '--strict'])).toContain('All good!')
  })

  it('has correct types for ESM and CommonJS on every entry (arethetypeswrong, node16 and bundlers)', () => {
    const report = run('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'node16', '--format', 'json'])
    const { analysis } = JSON.parse(report) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } }
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(['.', './interview', './package.json', './postgres', './query', './static', './synonyms'])
    expect(analysis.problems.filter((problem) => (problem as { resolutionKind?: string }).resolutionKind !== 'node10')).toEqual([])
  })

  it('packs dist, corpus, licences, README, LICENSE and CHANGELOG, and no tests, sources, benchmarks or data', () => {
    const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json'])) as { files: { path: string }[] }[]
    const files = pack.files.map((file) => file.path)
    for (const required of [
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
      'corpus/manifest.json',
      'dist/index.js',
      'dist/index.cjs',
      'dist/query.js',
      'dist/interview.js',
      'dist/static.js',
      'dist/postgres.js',
      'dist/synonyms.js',
      'dist/bin.js',
      'licenses/opentaal-hunspell.txt',
      'licenses/odwn.txt',
    ]) {
      expect(files).toContain(required)
    }
    expect(files.filter((file) => !/^(dist|corpus|licenses)\//.test(file) && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(file))).toEqual(
      [],
    )
  })

  it('installs from the tarball into a fresh project, where npx zoek works', () => {
    const dir = tempDir('zoek-pack-')
    const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir])) as { filename: string }[]
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'zoek-consumer', version: '1.0.0', private: true, type: 'module' }))
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, pack.filename)], dir)
    expect(run('npx', ['--no-install', 'zoek', '--version'], dir).trim()).toBe(JSON.parse(run('npm', ['pkg', 'get', 'version'])))
    writeFileSync(join(dir, 'tekst.txt'), 'De burgemeester sprak over de ziekenhuizen. Daarna zweeg de raad.')
    expect(run('npx', ['--no-install', 'zoek', 'search', 'ziekenhuis', '--text', 'tekst.txt'], dir)).toContain('«ziekenhuizen»')
    writeFileSync(
      join(dir, 'use.mjs'),
      "import { loadIndex } from 'zoek/query'\nimport { createIndex } from 'zoek'\nconst index = createIndex()\nindex.add({ id: 1, text: 'De migranten kwamen.' })\nconsole.log(loadIndex(JSON.stringify(index)).search('migrant')[0].text)\n",
    )
    expect(run('node', ['use.mjs'], dir).trim()).toBe('De migranten kwamen.')
  })
})
