import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const readme = read('README.md')

/** The text of the fenced block between `<!-- name:start -->` and `<!-- name:end -->`. */
function block(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`).exec(readme)
  if (match === null) throw new Error(`README.md has no ${name} block`)
  return match[1]
}

describe('README', () => {
  it('shows the API example exactly as examples/readme.mjs has it', () => {
    expect(block('example').trim()).toBe(read('examples/readme.mjs').split('\n').slice(2).join('\n').trim())
  })

  it('shows the real output of that example (run against the built package)', () => {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('../examples/readme.mjs', import.meta.url))], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe(block('output').trim())
  })

  it('shows the real output of the command line example', () => {
    const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
    const dir = mkdtempSync(join(tmpdir(), 'zoek-readme-'))
    const out = join(dir, 'nieuws.zoek.json')
    const build = spawnSync(process.execPath, [bin, 'build', fileURLToPath(new URL('./fixtures/ud-dutch/nieuws.txt', import.meta.url)), '-o', out], { encoding: 'utf8' })
    const search = spawnSync(process.execPath, [bin, 'search', 'ziekenhuizen', '--index', out, '--limit', '3'], { encoding: 'utf8' })
    const shown = block('cli').split('\n').filter((line) => !line.startsWith('$ ')).join('\n').trim()
    expect(shown).toBe(`${build.stdout.replace(out, 'nieuws.zoek.json')}${search.stdout}`.trim())
  })

  it('shows the real results of the query syntax examples on the news sample', async () => {
    const { createIndex, highlight } = await import('../src/index.js')
    const news = createIndex()
    news.add({ id: 'nieuws', text: read('test/fixtures/ud-dutch/nieuws.txt') })
    const table = readme.slice(readme.indexOf('On the news sample'), readme.indexOf('Prefix and fuzzy words are matched'))
    const rows = [...table.matchAll(/^\| `(.+)` \| (\d+) hits?; first: (.+) \|$/gm)]
    expect(rows.length).toBeGreaterThanOrEqual(6)
    for (const [, query, total, first] of rows) {
      const hits = news.search(query, { limit: 1 })
      expect(hits.total, query).toBe(Number(total))
      expect(highlight(hits[0], { before: '**', after: '**', escapeHtml: false }), query).toBe(first)
    }
  })

  it('has the two copy-paste commands that .ci/run runs', () => {
    const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1])
    expect(commands).toHaveLength(2)
    const ci = read('.ci/run')
    for (const command of commands) expect(ci.split('\n')).toContain(command)
    expect(commands[1]).toContain('npm test')
  })
})
