import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createIndex } from '../src/index.js'

const emptyIndexJson = () => JSON.stringify(createIndex())
const createIndexOf = (file: string) => {
  const index = createIndex()
  index.add({ id: 'nieuws.txt', text: readFileSync(file, 'utf8') })
  return index
}

// These tests run the built command (npm test builds first).
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const news = fileURLToPath(new URL('./fixtures/ud-dutch/nieuws.txt', import.meta.url))

function zoek(...args: string[]) {
  return zoekWithInput('', ...args)
}

function zoekWithInput(input: string | Buffer, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('zoek command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zoek-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const indexFile = join(dir, 'nieuws.zoek.json')

  beforeAll(() => {
    const built = zoek('build', news, '-o', indexFile)
    expect(built.stderr).toContain('indexed 1/1 files')
    expect(built.code).toBe(0)
  })

  it('builds an index of text files and reports what it indexed', () => {
    const built = zoek('build', news, '-o', join(dir, 'again.json'))
    expect(built.stdout).toMatch(/^Indexed \d+ sentences of 1 files into /)
  })

  it('searches an index and prints ranked sentences with the matched words marked', () => {
    const run = zoek('search', 'politie', '--index', indexFile, '--limit', '2')
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    const total = createIndexOf(news).search('politie').total
    expect(total).toBeGreaterThan(2)
    expect(lines[0]).toBe(`${total} hits, showing 2 (--limit):`)
    expect(lines[1]).toMatch(/^1\. .*«politie»/i)
    expect(lines[2]).toMatch(/^ {3}nieuws\.txt#\d+ · score \d+\.\d\d$/)
  })

  it('prints hits as JSON with --json, with the total and the same sentence ids as the plain output', () => {
    const run = zoek('search', '"de eerste"', '--index', indexFile, '--json', '--limit', '3')
    const { total, hits } = JSON.parse(run.stdout)
    expect(hits.length).toBeGreaterThan(0)
    expect(total).toBeGreaterThanOrEqual(hits.length)
    for (const hit of hits) expect(hit.text.slice(hit.highlights[0].start, hit.highlights[0].end).toLowerCase()).toBe('de eerste')
    const plain = zoek('search', '"de eerste"', '--index', indexFile, '--limit', '3').stdout
    const ids = [...plain.matchAll(/^ {3}(\S+#\d+) · /gm)].map((m) => m[1])
    expect(ids).toEqual(hits.map((hit: { id: string; documentId: string; index: number }) => `${hit.documentId}#${hit.index}`))
    expect(ids).toEqual(hits.map((hit: { id: string }) => hit.id))
  })

  it('searches the bundled interview without an index file', () => {
    const run = zoek('search', 'kinderarmoede')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      '1 hit:\n1. We zijn ambitieus, we hebben gezegd: we gaan de «kinderarmoede» in Mechelen halveren.\n   somers-mechelen-2019#123 · answer, Bart Somers · score ' +
        run.stdout.match(/score (\d+\.\d\d)/)?.[1] +
        '\n',
    )
  })

  it('finds sentences through their paragraph with --expand, the search-box preset', () => {
    // Only two sentences hold a form of vrouw; the paragraph's next sentence answers the question.
    expect(zoek('search', 'vrouwen', '--json').stdout).not.toContain('Aan de haard.')
    const expanded = JSON.parse(zoek('search', 'vrouwen', '--expand', '--json').stdout)
    expect(expanded.total).toBeGreaterThan(2)
    expect(expanded.hits.map((hit: { text: string }) => hit.text)).toContain('Aan de haard.')
  })

  it("gives a text of one's own Open Dutch WordNet's synonyms with --expand", () => {
    const text = 'Het huis staat leeg.\n'
    expect(zoekWithInput(text, 'search', 'woning', '--text', '-').stdout).toBe('No sentences match "woning".\n')
    expect(zoekWithInput(text, 'search', 'woning', '--text', '-', '--expand').stdout).toContain('Het «huis» staat leeg.')
  })

  it('collapses pull quotes into the sentence they repeat by default, and keeps them with --duplicates keep', () => {
    expect(zoek('search', 'role:pullquote').stdout).toBe('No sentences match "role:pullquote".\n')
    const kept = zoek('search', 'role:pullquote', '--duplicates', 'keep')
    expect(kept.code).toBe(0)
    expect(kept.stdout.split('\n')[0]).toBe('3 hits:')
    expect(kept.stdout).toContain('Steden zijn archipels van monoculturele eilanden')
    expect(zoek('search', 'slopers', '--duplicates', 'keep').stdout).toContain('pullquote, Bart Somers')
    expect(zoek('search', 'x', '--duplicates', 'all')).toMatchObject({ code: 2, stderr: 'zoek: --duplicates must be collapse or keep, got "all".\n' })
  })

  it('never crashes on a query nested thousands of brackets deep', () => {
    const run = zoek('search', `${'('.repeat(2000)}armoede${')'.repeat(2000)}`)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/«armoede»/)
  })

  it('names the command-line remedy, not an API call, for a damaged index', () => {
    const run = zoek('search', 'x', '--index', writeTemp('truncated.json', JSON.stringify(createIndexOf(news)).slice(0, 500)))
    expect(run.code).toBe(6)
    expect(run.stderr).toMatch(/zoek build/)
    expect(run.stderr).not.toMatch(/toJSON|createIndex/)
  })

  it('says so, and exits 0, when nothing matches', () => {
    const run = zoek('search', 'xyzzyplugh', '--index', indexFile)
    expect(run).toMatchObject({ code: 0, stdout: 'No sentences match "xyzzyplugh".\n' })
  })

  it('documents its exit codes in --help', () => {
    const run = zoek('--help')
    expect(run.code).toBe(0)
    for (const code of ['0', '2', '3', '4', '5', '6', '7']) expect(run.stdout).toMatch(new RegExp(`^ {2}${code} {2}`, 'm'))
  })

  it('searches text on standard input with --text -', () => {
    const run = zoekWithInput('De burgemeester sprak. Daarna zweeg de raad.\n', 'search', 'burgemeesters', '--text', '-')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^1 hit:\n1\. De «burgemeester» sprak\.\n {3}stdin#0 · score/)
  })

  const errors: [string, () => string[], number][] = [
    ['an empty query', () => ['search', '  ', '--index', indexFile], 2],
    ['an unknown command', () => ['find', 'x'], 2],
    ['an unknown option', () => ['search', 'x', '--fast'], 2],
    ['a bad --limit', () => ['search', 'x', '--index', indexFile, '--limit', 'veel'], 2],
    ['build without -o', () => ['build', news], 2],
    ['both --index and --text', () => ['search', 'x', '--index', indexFile, '--text', news], 2],
    ['a missing index file', () => ['search', 'x', '--index', join(dir, 'nope.json')], 3],
    ['a missing input file', () => ['build', join(dir, 'nope.txt'), '-o', join(dir, 'o.json')], 3],
    ['a directory as index', () => ['search', 'x', '--index', dir], 4],
    ['a binary input file', () => ['build', writeTemp('bin.txt', Buffer.from([0x41, 0x00, 0x42])), '-o', join(dir, 'o.json')], 5],
    ['a non-UTF-8 input file', () => ['build', writeTemp('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])), '-o', join(dir, 'o.json')], 5],
    ['a corrupt index', () => ['search', 'x', '--index', writeTemp('corrupt.json', '{"format":"zoek-index"')], 6],
    ['an index of another format', () => ['search', 'x', '--index', writeTemp('other.json', '{"format":"zoek-index","formatVersion":0}')], 6],
    ['a text file as index', () => ['search', 'x', '--index', news], 6],
    ['an empty index file', () => ['search', 'x', '--index', writeTemp('empty.json', '')], 7],
    ['an index with no documents', () => ['search', 'x', '--index', writeTemp('nodocs.json', emptyIndexJson())], 7],
    ['empty standard input', () => ['search', 'x', '--text', '-'], 7],
  ]

  for (const [name, args, code] of errors) {
    it(`prints a one-line error and exits ${code} for ${name}`, () => {
      const run = zoek(...args())
      expect(run.code).toBe(code)
      expect(run.stderr).toMatch(/^zoek: [^\n]+\n$/)
    })
  }

  it('exits 4 for a file that cannot be read, such as a symbolic link loop', () => {
    const loop = join(dir, 'loop.json')
    symlinkSync(loop, loop)
    const run = zoek('search', 'x', '--index', loop)
    expect(run.code).toBe(4)
    expect(run.stderr).toMatch(/^zoek: [^\n]+ cannot be read \(ELOOP\)\.\n$/)
  })

  function writeTemp(name: string, content: string | Buffer): string {
    const file = join(dir, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, content)
    return file
  }
})
