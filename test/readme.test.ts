import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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

  it('has the two copy-paste commands that .ci/run runs', () => {
    const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1])
    expect(commands).toHaveLength(2)
    const ci = read('.ci/run')
    for (const command of commands) expect(ci.split('\n')).toContain(command)
    expect(commands[1]).toContain('npm test')
  })
})
