/**
 * The `zoek` command.
 *
 * @module
 */

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { createIndex, loadIndex } from './create.js'
import { IndexFormatError, ZoekError } from './errors.js'
import { loadInterview } from './entries/interview.js'
import { highlight } from './search/highlight.js'
import type { SentenceIndex } from './search/sentence-index.js'
import type { Synonyms } from './search/synonyms.js'
import type { SearchHit } from './search/types.js'
import { isParagraphMode } from './model.js'
import { version } from './version.js'
import { writeStaticIndex, writeStaticIndexFrom } from './write-static.js'

/** Exit codes, documented in `zoek --help`. */
export const EXIT = Object.freeze({ ok: 0, usage: 2, missing: 3, unreadable: 4, notText: 5, badIndex: 6, empty: 7 })

const HELP = `zoek ${version}: Dutch-aware full-text search at sentence level

Usage:
  zoek search "<query>" [--index FILE | --text FILE] [--limit N] [--expand] [--duplicates MODE] [--json]
      Search the bundled interview, the serialised index FILE, or the plain text
      FILE (indexed on the fly; "-" reads it from standard input).
      A query is words ("armoede kinderen") and quoted phrases ("\\"zieke kind\\"").
      Each hit shows its sentence id (document#index, the id and index of --json).
  zoek build FILE... [-o OUT] [--static DIR] [--paragraphs blank-line|line]
      Index UTF-8 text files (one document each, id = file name) and write the
      index OUT, or a static index into DIR (for zoek/static), or both.
  zoek --help | --version

Options:
  --index FILE    a serialised zoek index (from zoek build or index.toJSON())
  --text FILE     UTF-8 text to search without building an index first; - for stdin
  --limit N       the most hits to show (default 10)
  --expand        the search-box preset: also find related words (a word's family,
                  the parts of a compound, synonyms from Open Dutch WordNet) and
                  sentences through their paragraph or the question they answer,
                  which may hold no query word
  --duplicates MODE
                  collapse (default): a pull quote that repeats a sentence is shown
                  as that sentence; keep: both are hits (role:pullquote finds them)
  --json          print the hits as JSON: { total, hits }
  -o, --out OUT   where zoek build writes the index
  --static DIR    where zoek build writes a static index: a manifest and shards
                  that a page loads as its queries need them
  --paragraphs    how build divides files into paragraphs (default blank-line)

Exit codes:
  0  success (also when nothing matched)
  2  usage error: unknown command or option, missing or empty query
  3  a file does not exist
  4  a file cannot be read: a directory, or no permission
  5  a file is not text: binary (NUL bytes) or not valid UTF-8
  6  the index is invalid: corrupt, truncated, another format version or analyzer
  7  the input is empty: an empty file, an index with no documents, or no text on stdin
`

/** True while a progress line (ending in no newline) is the last thing on standard error. */
let progressLine = false

class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Runs the `zoek` command.
 *
 * @param argv - the arguments after `zoek`
 * @param out - where normal output goes
 * @returns the exit code, once the command is done
 */
export async function main(argv: readonly string[], out: (line: string) => void = (line) => process.stdout.write(line + '\n')): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        index: { type: 'string' },
        text: { type: 'string' },
        limit: { type: 'string' },
        duplicates: { type: 'string' },
        expand: { type: 'boolean' },
        json: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        paragraphs: { type: 'string' },
        static: { type: 'string' },
      },
    })
    if (values.help) return print(out, HELP)
    if (values.version) return print(out, version)
    const [command, ...rest] = positionals
    if (command === 'search') return await search(rest, values, out)
    if (command === 'build') return await build(rest, values, out)
    throw new CliError(EXIT.usage, command === undefined ? 'No command given. Try zoek --help.' : `Unknown command "${command}". Try zoek --help.`)
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : isUsageError(error) ? EXIT.usage : undefined
    if (exitCode === undefined) throw error
    // An error in the middle of a progress line starts a line of its own.
    process.stderr.write(`${progressLine ? '\n' : ''}zoek: ${(error as Error).message}\n`)
    progressLine = false
    return exitCode
  }
}

function print(out: (line: string) => void, text: string): number {
  out(text.trimEnd())
  return EXIT.ok
}

/** True for the errors `util.parseArgs` throws on unknown or malformed options. */
function isUsageError(error: unknown): boolean {
  const code: unknown = (error as { code?: unknown } | null)?.code
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}

interface Values {
  readonly index?: string
  readonly text?: string
  readonly limit?: string
  readonly duplicates?: string
  readonly expand?: boolean
  readonly json?: boolean
  readonly out?: string
  readonly paragraphs?: string
  readonly static?: string
}

async function search(args: readonly string[], values: Values, out: (line: string) => void): Promise<number> {
  const query = args.join(' ').trim()
  if (query === '') throw new CliError(EXIT.usage, 'The query is empty. Usage: zoek search "<query>"')
  const limit = values.limit === undefined ? 10 : Number(values.limit)
  if (!Number.isSafeInteger(limit) || limit < 1) throw new CliError(EXIT.usage, `--limit must be a whole number ≥ 1, got "${values.limit}".`)
  const duplicates = values.duplicates ?? 'collapse'
  if (duplicates !== 'collapse' && duplicates !== 'keep') throw new CliError(EXIT.usage, `--duplicates must be collapse or keep, got "${values.duplicates}".`)
  if (values.index !== undefined && values.text !== undefined) throw new CliError(EXIT.usage, 'Give --index or --text, not both.')
  // With --expand, an index of one's own gets Open Dutch WordNet's synonyms (the interview has
  // its own); the table (1.3 MB) is loaded only then, not for every command.
  const own = values.text !== undefined || values.index !== undefined
  const synonyms = values.expand === true && own ? (await import('./entries/synonyms.js')).dutchSynonyms() : undefined
  const index = values.text !== undefined ? indexText(values.text, synonyms) : values.index !== undefined ? openIndex(values.index, synonyms) : loadInterview()
  const hits = index.search(query, { limit, duplicates, expand: values.expand === true })
  if (values.json) return print(out, JSON.stringify({ total: hits.total, hits }, null, 2))
  if (hits.length === 0) return print(out, `No sentences match ${JSON.stringify(query)}.`)
  out(hits.total > hits.length ? `${hits.total} hits, showing ${hits.length} (--limit):` : `${hits.total} ${hits.total === 1 ? 'hit' : 'hits'}:`)
  for (const [i, hit] of hits.entries()) out(formatHit(hit, i))
  return EXIT.ok
}

function openIndex(file: string, synonyms: Synonyms | undefined): SentenceIndex {
  const text = readTextFile(file)
  let index: SentenceIndex
  try {
    index = loadIndex(text, synonyms === undefined ? {} : { synonyms })
  } catch (error) {
    if (error instanceof IndexFormatError)
      throw new CliError(EXIT.badIndex, `${file}: ${error.reason} Rebuild it from its text files with zoek build FILE... -o ${file}.`)
    if (error instanceof ZoekError) throw new CliError(EXIT.badIndex, `${file}: ${error.message} To rebuild it: zoek build FILE... -o ${file}.`)
    throw error
  }
  if (index.documentCount === 0) throw new CliError(EXIT.empty, `${file} is an index with no documents; there is nothing to search.`)
  return index
}

/** Indexes a plain text file, or standard input for "-", to search it directly. */
function indexText(file: string, synonyms: Synonyms | undefined): SentenceIndex {
  const text = readTextFile(file)
  const index = createIndex(synonyms === undefined ? {} : { synonyms })
  index.add({ id: file === '-' ? 'stdin' : basename(file), text })
  return index
}

/** Reads a non-empty UTF-8 text file ("-" for standard input), refusing directories, binary files and invalid UTF-8. */
function readTextFile(file: string): string {
  const name = file === '-' ? 'standard input' : file
  let bytes: Buffer
  try {
    if (file !== '-' && statSync(file).isDirectory()) throw new CliError(EXIT.unreadable, `${file} is a directory, not a file.`)
    bytes = readFileSync(file === '-' ? 0 : file)
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as { code?: string }).code
    if (code === 'ENOENT') throw new CliError(EXIT.missing, `${file}: no such file.`)
    throw new CliError(EXIT.unreadable, `${name} cannot be read (${code ?? (error as Error).message}).`)
  }
  if (bytes.length === 0) throw new CliError(EXIT.empty, `${name} is empty.`)
  if (bytes.includes(0)) throw new CliError(EXIT.notText, `${name} looks binary (it contains NUL bytes); zoek reads UTF-8 text.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(EXIT.notText, `${name} is not valid UTF-8 text.`)
  }
}

async function build(files: readonly string[], values: Values, out: (line: string) => void): Promise<number> {
  if (files.length === 0) throw new CliError(EXIT.usage, 'No input files. Usage: zoek build FILE... -o OUT')
  if (values.out === undefined && values.static === undefined)
    throw new CliError(EXIT.usage, 'No output given. Usage: zoek build FILE... -o OUT (or --static DIR)')
  if (values.static === '') throw new CliError(EXIT.usage, '--static needs a directory.')
  if (values.static !== undefined && existsSync(values.static) && !statSync(values.static).isDirectory())
    throw new CliError(EXIT.usage, `--static ${values.static} is a file, not a directory.`)
  const paragraphs = values.paragraphs ?? 'blank-line'
  if (!isParagraphMode(paragraphs)) throw new CliError(EXIT.usage, `--paragraphs must be blank-line or line, got "${values.paragraphs}".`)
  const ids = new Set<string>()
  for (const file of files) {
    if (ids.has(basename(file)))
      throw new CliError(EXIT.usage, `Two input files are named ${basename(file)}; document ids come from file names and must differ.`)
    ids.add(basename(file))
  }
  const progress = (done: number) => {
    process.stderr.write(`\rzoek: indexed ${done}/${files.length} files`)
    progressLine = true
  }
  if (values.out === undefined) {
    // Only a static index: each file is read, indexed and written in turn, with no index in memory.
    const stream = function* () {
      for (const file of files) yield { id: basename(file), text: readTextFile(file) }
    }
    const written = await writeStaticIndexFrom(stream(), values.static as string, { paragraphs, onProgress: progress })
    process.stderr.write('\n')
    progressLine = false
    return print(out, `Indexed ${written.sentences} sentences of ${written.documents} files into ${values.static} (static: ${written.files} files).`)
  }
  const documents = files.map((file) => ({ id: basename(file), text: readTextFile(file) }))
  const index = createIndex({ paragraphs })
  index.addAll(documents, { onProgress: progress })
  process.stderr.write('\n')
  progressLine = false
  writeFileSync(values.out, JSON.stringify(index))
  const written = [values.out]
  if (values.static !== undefined) {
    const files = await writeStaticIndex(index, values.static)
    written.push(`${values.static} (static: ${files.length} files)`)
  }
  return print(out, `Indexed ${index.sentenceCount} sentences of ${index.documentCount} files into ${written.join(' and ')}.`)
}

const BOLD = '\u001b[1m'
const RESET = '\u001b[0m'

function formatHit(hit: SearchHit, i: number): string {
  const tty = process.stdout.isTTY === true
  const text = highlight(hit, { before: tty ? BOLD : '«', after: tty ? RESET : '»', escapeHtml: false })
  const who = [hit.role, hit.speaker].filter((part) => part !== undefined).join(', ')
  const where = `${hit.id}${who === '' ? '' : ` · ${who}`}`
  return `${i + 1}. ${text}\n   ${where} · score ${hit.score.toFixed(2)}`
}
