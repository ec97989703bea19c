import { spawnSync } from 'node:child_process'
import { readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tempDir } from './helpers.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const readme = read('README.md')

/** The text of the fenced block between `<!-- name:start -->` and `<!-- name:end -->`. */
function block(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`).exec(readme)
  if (match === null) throw new Error(`README.md has no ${name} block`)
  return match[1]
}

/** Runs a shell-quoted `node dist/bin.js …` command line of the README and returns its standard output. */
function run(command: string, cwd = fileURLToPath(new URL('..', import.meta.url))): string {
  const words = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2])
  expect(words[0]).toBe('node')
  const result = spawnSync(process.execPath, words.slice(1), { encoding: 'utf8', cwd })
  expect(result.status, command).toBe(0)
  return result.stdout
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

  it('shows the static index example exactly as examples/static.mjs has it, with its real output', () => {
    expect(block('static').trim()).toBe(read('examples/static.mjs').split('\n').slice(2).join('\n').trim())
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('../examples/static.mjs', import.meta.url))], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe(block('static-output').trim())
  })

  it('shows the PostgreSQL example exactly as examples/postgres.mjs has it, with its real output', () => {
    expect(block('postgres').trim()).toBe(read('examples/postgres.mjs').split('\n').slice(2).join('\n').trim())
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('../examples/postgres.mjs', import.meta.url))], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe(block('postgres-output').trim())
  }, 30_000)

  it('shows the real output of the first command, a search of the bundled interview', () => {
    const [, first] = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1])[0].match(/&& (node dist\/bin\.js search .+)$/) ?? []
    expect(first).toBe('node dist/bin.js search armoede')
    expect(run(first)).toBe(block('first'))
  })

  it('shows the real output of every command of the command line example, in the order they print it', () => {
    const steps = block('cli')
      .split(/^\$ /m)
      .filter((step) => step !== '')
    expect(steps.length).toBeGreaterThanOrEqual(3)
    // Run where test/ and dist/ are at hand but the index the example builds goes elsewhere.
    const cwd = tempDir('zoek-readme-')
    for (const name of ['test', 'dist']) symlinkSync(fileURLToPath(new URL(`../${name}`, import.meta.url)), join(cwd, name))
    for (const step of steps) {
      const [command, ...output] = step.split('\n')
      expect(run(command, cwd), command).toBe(output.join('\n'))
    }
  })

  it('shows the real results of every query syntax example on the bundled interview', async () => {
    const { highlight } = await import('../src/index.js')
    const { loadInterview } = await import('../src/entries/interview.js')
    const interview = loadInterview()
    const table = readme.slice(readme.indexOf('| query | meaning | on the interview'), readme.indexOf('Each example runs on the bundled interview'))
    const rows = [...table.matchAll(/^\| `(.+?)` \| .+ \| (\d+) hits?; first: (.+) \|$/gm)]
    expect(rows).toHaveLength(table.trim().split('\n').length - 2)
    expect(rows.length).toBeGreaterThanOrEqual(12)
    for (const [, query, total, first] of rows) {
      const hits = interview.search(query, { limit: 1 })
      expect(hits.total, query).toBe(Number(total))
      const shown = first.replace(/\\\|/g, '|')
      const marked = highlight(hits[0], { before: '**', after: '**' })
      if (shown.endsWith(' …')) expect(marked.startsWith(shown.slice(0, -2)), `${query}: ${marked}`).toBe(true)
      else expect(marked, query).toBe(shown)
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
