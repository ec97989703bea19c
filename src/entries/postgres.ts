/**
 * `zoek/postgres`: a sentence index kept in PostgreSQL, on one server or hash-partitioned by
 * document over several, with zoek's Dutch analysis, ranking and highlights.
 *
 * zoek brings no PostgreSQL client: pass anything with `query(text, params)` that resolves to
 * `{ rows }`, a `pg` Client or Pool for servers, or a PGlite instance in process.
 *
 * @module
 */

import type { AnalyzerOptions } from '../analysis/analyzer.js'
import { splitWord } from '../analysis/compounds.js'
import { checkOptionNames, checkParagraphMode } from '../check.js'
import { InvalidOptionError } from '../errors.js'
import type { Metadata, ParagraphMode } from '../model.js'
import { openPostgres, type PostgresIndex } from '../search/postgres/postgres-index.js'
import { checkSynonyms, type Synonyms } from '../search/synonyms.js'
import type { SqlClient } from '../search/postgres/sql.js'
import { segment } from '../segment/sentences.js'

export * from '../errors.js'
export { PostgresError } from '../search/postgres/postgres-error.js'
export type { PostgresAddOptions, PostgresIndex, PostgresSearchResults } from '../search/postgres/postgres-index.js'
export type { SqlClient } from '../search/postgres/sql.js'
export type { Synonyms } from '../search/synonyms.js'
export type { SearchOptions, SuggestOptions } from '../search/options.js'
export type { RankingWeights } from '../search/weights.js'
export type { ContextSentence, Explanation, HitInfo, SearchHit, SearchResults, SentenceInfo, Suggestion } from '../search/types.js'
export type { DocumentId, DocumentInput, JsonValue, Metadata, Role, Span } from '../model.js'
export { version } from '../version.js'

/** Options of {@link createPostgresIndex}. */
export interface PostgresIndexOptions {
  /** The prefix of the index's tables (default `zoek`: `zoek_documents`, `zoek_sentences`, …). */
  readonly table?: string
  /** The analyzer's options, as for `createIndex`; default: the stored index's, or zoek's defaults for a new one. */
  readonly analyzer?: AnalyzerOptions
  /** How documents are divided into paragraphs: `'blank-line'` (default) or `'line'`. */
  readonly paragraphs?: ParagraphMode
  /**
   * Related words for `expand`, at the weight `synonym`: `dutchSynonyms()` from `zoek/synonyms`,
   * or a table of your own; kept in this process, not in the database. Default: none.
   */
  readonly synonyms?: Synonyms
}

/**
 * Opens a sentence index in PostgreSQL, creating its tables (and GIN index) where they are
 * missing. With several servers, each document goes to one of them by a hash of its id, and
 * every search asks all of them and ranks the merged data as one index: the hits equal one
 * server's, which equal an in-process index's of the same documents added in the same order.
 *
 * @typeParam M - the metadata of the documents
 * @param db - a client (`pg` Client or Pool, PGlite), or one client per server; always the same servers in the same order
 * @param options - see {@link PostgresIndexOptions}
 * @returns the index; every method returns a promise
 * @throws `InvalidOptionError` for a bad option, `AnalyzerMismatchError` when the tables hold an
 *   index of another analyzer, `PostgresError` when a server fails
 * @example
 * ```ts
 * import pg from 'pg'
 * import { createPostgresIndex } from 'zoek/postgres'
 * const pool = new pg.Pool({ connectionString: 'postgres://127.0.0.1/zoek' })
 * const index = await createPostgresIndex(pool)
 * await index.addAll([{ id: 'a', text: 'Mechelen is een stad. Er wonen veel nieuwkomers.' }])
 * const hits = await index.search('nieuwkomer')
 * hits[0].text // => 'Er wonen veel nieuwkomers.'
 * ```
 */
export async function createPostgresIndex<M extends object = Metadata>(
  db: SqlClient | readonly SqlClient[],
  options: PostgresIndexOptions = {},
): Promise<PostgresIndex<M>> {
  checkOptionNames(options, ['table', 'analyzer', 'paragraphs', 'synonyms'], 'PostgreSQL index')
  const synonyms = checkSynonyms(options.synonyms)
  const clients = Array.isArray(db) ? (db as readonly SqlClient[]) : [db as SqlClient]
  if (clients.length === 0 || clients.some((client) => typeof client?.query !== 'function'))
    throw new InvalidOptionError('db', 'expected a client with query(text, params), or a non-empty array of them')
  const paragraphs = options.paragraphs ?? 'blank-line'
  checkParagraphMode(paragraphs)
  return openPostgres<M>(clients, {
    table: options.table ?? 'zoek',
    analyzer: options.analyzer,
    paragraphs,
    segmenter: (text, settings) => segment(text, settings),
    lexicon: splitWord,
    ...(synonyms === undefined ? {} : { synonyms }),
  })
}
