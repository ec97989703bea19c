/**
 * Typed errors. Every error zoek throws on purpose is a {@link ZoekError} with a stable
 * `code`; test and branch on the class or the code, never on the message.
 *
 * @module
 */

/** The stable codes of {@link ZoekError}. */
export type ZoekErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_DOCUMENT'
  | 'DUPLICATE_ID'
  | 'DOCUMENT_NOT_FOUND'
  | 'INDEX_FORMAT'
  | 'ANALYZER_MISMATCH'
  | 'QUERY_SYNTAX'
  | 'SEGMENTER_MISSING'
  | 'STATIC_LOAD'
  | 'POSTGRES'

/**
 * Base class of every error zoek throws on purpose.
 *
 * @example
 * ```ts
 * try { index.add({ id: 1, text: 42 }) } catch (error) {
 *   if (error instanceof ZoekError) console.log(error.code) // => 'INVALID_DOCUMENT'
 * }
 * ```
 */
export class ZoekError extends Error {
  /** A stable, machine-readable code. */
  readonly code: ZoekErrorCode

  /**
   * @param code - the stable code
   * @param message - what went wrong and what to do about it
   */
  constructor(code: ZoekErrorCode, message: string) {
    super(message)
    this.name = new.target.name
    this.code = code
  }
}

/** An option has an unknown name or an invalid value. Code `INVALID_OPTION`. */
export class InvalidOptionError extends ZoekError {
  /** The name of the offending option. */
  readonly option: string

  /**
   * @param option - the option's name, e.g. `limit`
   * @param message - what was expected
   */
  constructor(option: string, message: string) {
    super('INVALID_OPTION', `Invalid option "${option}": ${message}`)
    this.option = option
  }
}

/** A document is not a valid `{ id, text }` object. Code `INVALID_DOCUMENT`. */
export class InvalidDocumentError extends ZoekError {
  /**
   * @param message - what is wrong with the document
   */
  constructor(message: string) {
    super('INVALID_DOCUMENT', message)
  }
}

/** A document with this id is already in the index. Code `DUPLICATE_ID`. */
export class DuplicateIdError extends ZoekError {
  /** The duplicate id. */
  readonly id: DocumentIdLike

  /**
   * @param id - the id that is already taken
   */
  constructor(id: DocumentIdLike) {
    super('DUPLICATE_ID', `A document with id ${JSON.stringify(id)} is already in the index; remove or replace it first.`)
    this.id = id
  }
}

/** No document with this id is in the index. Code `DOCUMENT_NOT_FOUND`. */
export class DocumentNotFoundError extends ZoekError {
  /** The id that was not found. */
  readonly id: DocumentIdLike

  /**
   * @param id - the missing id
   */
  constructor(id: DocumentIdLike) {
    super('DOCUMENT_NOT_FOUND', `No document with id ${JSON.stringify(id)} is in the index.`)
    this.id = id
  }
}

/**
 * A serialised index is malformed, corrupt or of another format version. Code `INDEX_FORMAT`.
 * The message is `reason` followed by `remedy`; a program with its own way of rebuilding (the
 * `zoek` command names `zoek build`) can show `reason` with a remedy of its own.
 */
export class IndexFormatError extends ZoekError {
  /** What is wrong with the data. */
  readonly reason: string
  /** What to do about it. */
  readonly remedy: string

  /**
   * @param reason - what is wrong with the data
   * @param remedy - what to do about it; by default, rebuild the index through the API
   */
  constructor(reason: string, remedy = 'Rebuild the index: add its documents to createIndex() and save it with index.toJSON().') {
    super('INDEX_FORMAT', `${reason} ${remedy}`)
    this.reason = reason
    this.remedy = remedy
  }
}

/** A serialised index was built with another analyzer. Code `ANALYZER_MISMATCH`. */
export class AnalyzerMismatchError extends ZoekError {
  /**
   * @param message - which analyzer identities differ and what to do
   */
  constructor(message: string) {
    super('ANALYZER_MISMATCH', message)
  }
}

/** The index cannot segment new text because it was loaded through a query-only entry. Code `SEGMENTER_MISSING`. */
export class SegmenterMissingError extends ZoekError {
  constructor() {
    super(
      'SEGMENTER_MISSING',
      "This index was loaded without a sentence segmenter, so it cannot add documents. Load it with loadIndex from 'zoek' to add documents.",
    )
  }
}

/** A document id: a string or a finite number. */
export type DocumentIdLike = string | number

/**
 * A query is not valid in strict mode. Code `QUERY_SYNTAX`. `start`/`end` locate the
 * problem in the query string. Lenient mode (the default) never throws it.
 */
export class QuerySyntaxError extends ZoekError {
  /** Offset of the problem in the query. */
  readonly start: number
  /** Offset just past the problem. */
  readonly end: number

  /**
   * @param message - what was expected and what was found
   * @param start - offset of the problem
   * @param end - offset just past it
   */
  constructor(message: string, start: number, end: number) {
    super('QUERY_SYNTAX', `${message} (at ${start})`)
    this.start = start
    this.end = end
  }
}

/**
 * A file of a static index could not be read (a failed request, a missing file, a network
 * error). Code `STATIC_LOAD`. The index is unchanged: what it had loaded stays, and the same
 * search can be tried again.
 */
export class StaticLoadError extends ZoekError {
  /** The file's name in the static index. */
  readonly file: string

  /**
   * @param file - the file's name in the static index
   * @param reason - what went wrong
   */
  constructor(file: string, reason: string) {
    super('STATIC_LOAD', `Could not read ${file} of the static index: ${reason}. Nothing was changed; try the search again.`)
    this.file = file
  }
}
