/**
 * The tables of a PostgreSQL index and the statements that read and write them. Every name is
 * the index's table prefix plus a fixed suffix; the prefix is checked to be a plain identifier,
 * and values always travel as parameters.
 *
 * - `<p>_meta`: one row, the analyzer's identity and a generation that every write raises (a
 *   searcher keeps what it loaded until the generation changes);
 * - `<p>_documents`: each document by its global sequence number (the order of the in-process
 *   index's rows), its id as JSON, text and metadata (`json`, which keeps the order of keys);
 * - `<p>_sentences`: each sentence's offsets, paragraph, role, speaker, number of distinct
 *   terms, the terms that occur more than once with their counts, and a `tsvector` of zoek's
 *   terms (compound parts at their compound's position) under a GIN index;
 * - `<p>_forms`: the vocabulary: each normalised word with its term (for prefix and fuzzy
 *   expansion in SQL: `WHERE word LIKE 'migr%'`), and the number of sentences of each of its
 *   surface forms;
 * - `<p>_splits`: the compound splits of the words, so that a sentence is re-analysed (for
 *   highlights and phrases) exactly as it was indexed.
 *
 * @module
 */

import { InvalidOptionError } from '../../errors.js'

/** Anything that runs a parameterised statement: a `pg` Client or Pool, a PGlite instance. */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
}

/** The names of an index's tables. */
export interface Tables {
  readonly meta: string
  readonly documents: string
  readonly sentences: string
  readonly forms: string
  readonly splits: string
  readonly sequence: string
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}$/

/**
 * The table names for a prefix.
 *
 * @param prefix - lowercase letters, digits and underscores, not starting with a digit
 * @throws `InvalidOptionError` for any other prefix
 */
export function tablesOf(prefix: string): Tables {
  if (typeof prefix !== 'string' || !IDENTIFIER.test(prefix))
    throw new InvalidOptionError('table', `expected a lowercase SQL identifier of at most 41 characters, got ${JSON.stringify(prefix)}`)
  return {
    meta: `${prefix}_meta`,
    documents: `${prefix}_documents`,
    sentences: `${prefix}_sentences`,
    forms: `${prefix}_forms`,
    splits: `${prefix}_splits`,
    sequence: `${prefix}_seq`,
  }
}

/** The statements that create the tables, when they are not there. */
export function schemaOf(t: Tables): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${t.meta} (one boolean PRIMARY KEY DEFAULT true CHECK (one), analyzer jsonb NOT NULL, zoek_version text NOT NULL, generation bigint NOT NULL DEFAULT 0)`,
    `CREATE SEQUENCE IF NOT EXISTS ${t.sequence}`,
    `CREATE TABLE IF NOT EXISTS ${t.documents} (seq bigint PRIMARY KEY, id text NOT NULL UNIQUE, text text NOT NULL, metadata json, sentences integer NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${t.sentences} (seq bigint NOT NULL, ord integer NOT NULL, start_at integer NOT NULL, end_at integer NOT NULL, paragraph integer NOT NULL, role text, speaker text, duplicate_of integer, length integer NOT NULL, freqs jsonb, terms tsvector NOT NULL, PRIMARY KEY (seq, ord))`,
    `CREATE INDEX IF NOT EXISTS ${t.sentences}_terms ON ${t.sentences} USING gin (terms)`,
    `CREATE TABLE IF NOT EXISTS ${t.forms} (word text NOT NULL, surface text NOT NULL, term text NOT NULL, sentences integer NOT NULL, PRIMARY KEY (word, surface))`,
    `CREATE INDEX IF NOT EXISTS ${t.forms}_prefix ON ${t.forms} (word text_pattern_ops)`,
    `CREATE TABLE IF NOT EXISTS ${t.splits} (word text PRIMARY KEY, parts text NOT NULL)`,
  ]
}

/** Records the analyzer of a new index; keeps the row of an existing one. */
export const insertMeta = (t: Tables) => `INSERT INTO ${t.meta} (analyzer, zoek_version) VALUES ($1::jsonb, $2) ON CONFLICT (one) DO NOTHING`

export const selectMeta = (t: Tables) => `SELECT analyzer, zoek_version, generation::text AS generation FROM ${t.meta}`

export const selectGeneration = (t: Tables) => `SELECT generation::text AS generation FROM ${t.meta}`

/** `n` new sequence numbers, ascending. */
export const nextSequence = (t: Tables) => `SELECT nextval('${t.sequence}')::float8 AS seq FROM generate_series(1, $1::integer) ORDER BY 1`

export const selectTakenIds = (t: Tables) => `SELECT id FROM ${t.documents} WHERE id = ANY($1::text[])`

/**
 * Writes a batch of documents in one statement, so that it is written whole or not at all:
 * documents, sentences, word forms (counts added), splits, and the generation.
 */
export const insertBatch = (t: Tables) => `WITH
  d AS (INSERT INTO ${t.documents} (seq, id, text, metadata, sentences)
    SELECT u.seq, u.id, u.text, u.metadata::json, u.sentences
    FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::integer[]) AS u(seq, id, text, metadata, sentences)),
  s AS (INSERT INTO ${t.sentences} (seq, ord, start_at, end_at, paragraph, role, speaker, duplicate_of, length, freqs, terms)
    SELECT u.seq, u.ord, u.start_at, u.end_at, u.paragraph, u.role, u.speaker, u.duplicate_of, u.length, u.freqs::jsonb, u.terms::tsvector
    FROM unnest($6::bigint[], $7::integer[], $8::integer[], $9::integer[], $10::integer[], $11::text[], $12::text[], $13::integer[], $14::integer[], $15::text[], $16::text[])
      AS u(seq, ord, start_at, end_at, paragraph, role, speaker, duplicate_of, length, freqs, terms)),
  f AS (INSERT INTO ${t.forms} AS f (word, surface, term, sentences)
    SELECT * FROM unnest($17::text[], $18::text[], $19::text[], $20::integer[])
    ON CONFLICT (word, surface) DO UPDATE SET sentences = f.sentences + excluded.sentences),
  p AS (INSERT INTO ${t.splits} (word, parts) SELECT * FROM unnest($21::text[], $22::text[]) ON CONFLICT (word) DO NOTHING)
UPDATE ${t.meta} SET generation = generation + 1`

export const selectDocumentForRemoval = (t: Tables) => `SELECT seq::float8 AS seq, text FROM ${t.documents} WHERE id = $1`

export const selectSpans = (t: Tables) => `SELECT start_at, end_at FROM ${t.sentences} WHERE seq = $1 ORDER BY ord`

/** Removes a document in one statement: its row, its sentences, its word forms' counts, and raises the generation. */
export const deleteDocument = (t: Tables) => `WITH
  d AS (DELETE FROM ${t.documents} WHERE seq = $1),
  s AS (DELETE FROM ${t.sentences} WHERE seq = $1),
  f AS (UPDATE ${t.forms} AS f SET sentences = f.sentences - u.n
    FROM unnest($2::text[], $3::text[], $4::integer[]) AS u(word, surface, n)
    WHERE f.word = u.word AND f.surface = u.surface)
UPDATE ${t.meta} SET generation = generation + 1`

/** Forms no sentence uses any more (loading skips them; this only tidies). */
export const deleteUnusedForms = (t: Tables) => `DELETE FROM ${t.forms} WHERE sentences <= 0`

export const selectDocuments = (t: Tables) => `SELECT seq::float8 AS seq, id, sentences FROM ${t.documents} ORDER BY seq`

export const selectSentences = (t: Tables) =>
  `SELECT seq::float8 AS seq, start_at, end_at, paragraph, role, speaker, duplicate_of, length FROM ${t.sentences} ORDER BY seq, ord`

export const selectForms = (t: Tables) => `SELECT word, surface, sentences FROM ${t.forms} WHERE sentences > 0`

export const selectSplits = (t: Tables) => `SELECT word, parts FROM ${t.splits}`

/**
 * The sentences of each term, through the GIN index: term, sequence number, sentence number
 * and the term's count in the sentence.
 */
export const selectPostings = (t: Tables) => `SELECT q.term, s.seq::float8 AS seq, s.ord, coalesce((s.freqs ->> q.term)::integer, 1) AS frequency
  FROM unnest($1::text[], $2::text[]) AS q(term, lexeme)
  JOIN ${t.sentences} AS s ON s.terms @@ q.lexeme::tsquery`

export const selectTexts = (t: Tables) => `SELECT seq::float8 AS seq, text, metadata FROM ${t.documents} WHERE seq = ANY($1::bigint[])`

export const countRows = (t: Tables) =>
  `SELECT (SELECT count(*) FROM ${t.documents})::float8 AS documents, (SELECT count(*) FROM ${t.sentences})::float8 AS sentences`
