// PostgreSQL servers on 127.0.0.1 for `npm run test:shards` and `npm run bench:postgres`:
// each a fresh cluster in a temporary directory, made with the machine's own PostgreSQL
// (Debian's `postgresql` package; `.ci/run` installs it), started and stopped by the script that
// asks for them. As root, the servers run as the `postgres` user (PostgreSQL refuses root).

import { execFileSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Started servers, and how to stop, start and remove them. */
export interface Servers {
  readonly ports: readonly number[]
  /** The connection string of server `i`. */
  url(i: number): string
  /** Stops server `i` at once, as a crash would (`pg_ctl stop -m immediate`). */
  crash(i: number): void
  /** Starts server `i` again. */
  start(i: number): void
  /** Stops every server and removes their directories. */
  close(): void
}

/** The directory of the PostgreSQL programs, or undefined when there is none. */
export function postgresBin(): string | undefined {
  for (const candidate of [process.env.ZOEK_PG_BIN, ...listVersions()]) {
    if (candidate !== undefined && existsSync(join(candidate, 'pg_ctl')) && existsSync(join(candidate, 'initdb'))) return candidate
  }
  return undefined
}

function listVersions(): string[] {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return []
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'))
}

/**
 * Makes and starts `count` servers on ports from `basePort` on.
 *
 * @param count - the number of servers
 * @param basePort - the first port
 */
export function startServers(count: number, basePort = 55431): Servers {
  const bin = postgresBin()
  if (bin === undefined) throw new Error('No PostgreSQL found (looked in /usr/lib/postgresql/*/bin and ZOEK_PG_BIN). Install it: apt-get install -y postgresql')
  const asRoot = process.getuid?.() === 0
  const user = asRoot ? (Number(execFileSync('id', ['-u', 'postgres']).toString()) as number) : undefined
  const group = asRoot ? Number(execFileSync('id', ['-g', 'postgres']).toString()) : undefined
  const root = mkdtempSync(join(tmpdir(), 'zoek-pg-'))
  const run = (program: string, args: string[]) => {
    const command = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args]
    execFileSync(command[0] as string, command[1] as string[], { stdio: ['ignore', 'ignore', 'pipe'] })
  }
  if (asRoot) {
    chownSync(root, user as number, group as number)
    chmodSync(root, 0o700)
  }
  const ports = Array.from({ length: count }, (_, i) => basePort + i)
  const dir = (i: number) => join(root, `server-${i}`)
  const start = (i: number) =>
    run('pg_ctl', [
      '-D',
      dir(i),
      '-l',
      join(root, `server-${i}.log`),
      '-w',
      '-o',
      `-p ${ports[i]} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c shared_buffers=128MB`,
      'start',
    ])
  for (let i = 0; i < count; i++) {
    run('initdb', ['-D', dir(i), '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'])
    start(i)
  }
  let closed = false
  return {
    ports,
    url: (i) => `postgres://postgres@127.0.0.1:${ports[i]}/postgres`,
    crash: (i) => run('pg_ctl', ['-D', dir(i), '-m', 'immediate', '-w', 'stop']),
    start,
    close: () => {
      if (closed) return
      closed = true
      for (let i = 0; i < count; i++) {
        try {
          run('pg_ctl', ['-D', dir(i), '-m', 'fast', '-w', 'stop'])
        } catch {
          // Already stopped.
        }
      }
      rmSync(root, { recursive: true, force: true })
    },
  }
}
