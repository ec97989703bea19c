import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tempDir } from './helpers.js'

// scripts/build-interview.ts refuses to build the shipped index from anything but the text
// that corpus/manifest.json records.
const script = fileURLToPath(new URL('../scripts/build-interview.ts', import.meta.url))
const corpus = (name: string) => fileURLToPath(new URL(`../corpus/${name}`, import.meta.url))
const manifest = JSON.parse(readFileSync(corpus('manifest.json'), 'utf8'))

function buildWith(change: (dir: string) => void) {
  const dir = tempDir('zoek-corpus-')
  const out = tempDir('zoek-generated-')
  copyFileSync(corpus('manifest.json'), join(dir, 'manifest.json'))
  copyFileSync(corpus(manifest.file), join(dir, manifest.file))
  change(dir)
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    encoding: 'utf8',
    env: { ...process.env, ZOEK_CORPUS_DIR: dir, ZOEK_GENERATED_DIR: out },
  })
  return { code: run.status, stderr: run.stderr, built: existsSync(join(out, 'interview-index.ts')) }
}

describe('building the interview index', () => {
  it('builds from the text the manifest records', () => {
    expect(buildWith(() => {})).toMatchObject({ code: 0, built: true })
  })

  it('fails when the manifest records no sha256', () => {
    const run = buildWith((dir) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, sha256: null })))
    expect(run).toMatchObject({ code: 1, built: false })
    expect(run.stderr).toMatch(/no sha256/)
  })

  it('fails when the text differs from the one recorded, by one byte', () => {
    const run = buildWith((dir) => {
      const bytes = readFileSync(join(dir, manifest.file))
      bytes[100] ^= 1
      writeFileSync(join(dir, manifest.file), bytes)
    })
    expect(run).toMatchObject({ code: 1, built: false })
    expect(run.stderr).toMatch(/exactly as given/)
  })

  it('fails when the text is missing', () => {
    const run = buildWith((dir) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, file: 'elsewhere.txt' })))
    expect(run).toMatchObject({ code: 1, built: false })
    expect(run.stderr).toMatch(/is missing/)
  })
})
