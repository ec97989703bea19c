/**
 * The error of a failing PostgreSQL server. It lives apart from `errors.ts`, so that the
 * query-only entries, which export every error, do not carry it.
 *
 * @module
 */

import { ZoekError } from '../../errors.js'

/**
 * A PostgreSQL server of an index failed a statement (it is down, the connection broke, a
 * table is missing). Code `POSTGRES`. A search that fails gives no hits rather than the hits of
 * the servers that answered; a write is whole per document: the documents of the batches
 * written before the failure are in the index, each whole, and no other document is.
 */
export class PostgresError extends ZoekError {
  /** The failing server's position in the list of servers given (0 for a single one). */
  readonly shard: number
  /** The number of servers. */
  readonly shards: number
  /** For a failed `addAll`: how many of its documents were written before the failure. */
  readonly added: number | undefined
  /** The driver's error. */
  override readonly cause: unknown

  /**
   * @param shard - the failing server's position
   * @param shards - the number of servers
   * @param cause - the driver's error
   * @param added - for a failed write, the documents written before it
   */
  constructor(shard: number, shards: number, cause: unknown, added?: number) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    const server = shards > 1 ? `PostgreSQL server ${shard + 1} of ${shards}` : 'The PostgreSQL server'
    const written = added === undefined ? '' : ` ${added} document${added === 1 ? ' was' : 's were'} added before it, each whole; no other was.`
    super('POSTGRES', `${server} failed: ${reason}.${written}`)
    this.shard = shard
    this.shards = shards
    this.added = added
    this.cause = cause
  }
}
