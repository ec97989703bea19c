/**
 * The sentence rows of an index. Row `i` is MiniSearch document `i`; a document's sentences
 * are consecutive rows. A loaded index keeps its rows as number columns and makes a row's
 * object when it is first read: most rows of a large index are never a hit, and making 40k
 * objects took a quarter of the restore after parsing.
 *
 * @module
 */

import type { SentenceColumns } from './format/v2.js'
import { roles, type DocumentId, type JsonValue, type Role, type SegmentInput } from '../model.js'

/** A document of the index. */
export interface DocumentEntry {
  readonly id: DocumentId
  readonly text: string
  readonly metadata: { readonly [key: string]: JsonValue }
  /** Its first row: a document's sentences are rows `first` to `first + count - 1`. */
  readonly first: number
  /** Its number of sentences. */
  readonly count: number
}

/** A sentence of the index. */
export interface Row extends SegmentInput {
  readonly document: DocumentEntry
  /** Ordinal of the sentence in its document. */
  readonly index: number
}

/** The rows of a loaded index as columns of absolute values. */
interface LoadedRows {
  readonly entries: readonly DocumentEntry[]
  /** Each row's document, as an index into `entries`. */
  readonly document: Int32Array
  readonly start: Int32Array
  readonly end: Int32Array
  readonly paragraph: Int32Array
  readonly columns: Pick<SentenceColumns, 'roles' | 'speakers' | 'duplicateOf'>
  /**
   * For a static index, whose sentences arrive in blocks: false while the row's block is not
   * loaded (the call notes that it is needed); its row is then not kept, and `start`, `end` and
   * its document's fields are not known yet.
   */
  readonly ready?: (row: number) => boolean
}

/** How a row's role is coded in {@link Layout}: 0 for none, else one more than its place in `roles`. */
const codeOf = (role: Role | null | undefined): number => (role == null ? 0 : roles.indexOf(role) + 1)
const QUESTION = codeOf('question')
const ANSWER = codeOf('answer')

/**
 * What context ranking reads of every row, as number columns: the first row of its document,
 * the row after its document's last, its paragraph and its role. A search reads these for
 * thousands of results; from the row objects it took about 1 µs a result (scattered objects),
 * from the columns a few nanoseconds.
 */
class Layout {
  first = new Int32Array(1024)
  end = new Int32Array(1024)
  paragraph = new Int32Array(1024)
  role = new Uint8Array(1024)
  /** The role codes any row has had, as bits. */
  held = 0

  set(row: number, first: number, end: number, paragraph: number, role: SegmentInput['role'] | null | undefined): void {
    if (row >= this.first.length) this.#grow(row + 1)
    this.first[row] = first
    this.end[row] = end
    this.paragraph[row] = paragraph
    const code = codeOf(role)
    this.role[row] = code
    this.held |= 1 << code
  }

  #grow(size: number): void {
    const capacity = Math.max(size, this.first.length * 2)
    const grown = <T extends Int32Array | Uint8Array>(column: T, make: (n: number) => T): T => {
      const next = make(capacity)
      next.set(column)
      return next
    }
    this.first = grown(this.first, (n) => new Int32Array(n))
    this.end = grown(this.end, (n) => new Int32Array(n))
    this.paragraph = grown(this.paragraph, (n) => new Int32Array(n))
    this.role = grown(this.role, (n) => new Uint8Array(n))
  }
}

/** The rows of an index: made on first read when loaded, added and removed as documents come and go. */
export class RowTable {
  /** The rows made so far; `null` is a removed row, `undefined` a loaded row not read yet. */
  readonly #made: (Row | null | undefined)[]
  readonly #loaded: LoadedRows | undefined
  readonly #layout = new Layout()

  private constructor(made: (Row | null | undefined)[], loaded: LoadedRows | undefined) {
    this.#made = made
    this.#loaded = loaded
  }

  /** The first row of the row's document. */
  documentStart(row: number): number {
    return this.#layout.first[row]
  }

  /** The row after the last row of the row's document. */
  documentEnd(row: number): number {
    return this.#layout.end[row]
  }

  /** The row's paragraph number. */
  paragraphOf(row: number): number {
    return this.#layout.paragraph[row]
  }

  /** True when the row is a question of an interview. */
  isQuestion(row: number): boolean {
    return this.#layout.role[row] === QUESTION
  }

  /** True when the row is an answer of an interview. */
  isAnswer(row: number): boolean {
    return this.#layout.role[row] === ANSWER
  }

  /** The code of the row's role, an index into what {@link factorsOf} gives; no row object is made. */
  roleCode(row: number): number {
    return this.#layout.role[row]
  }

  /**
   * The factors of `roleBoost` by role code, 1 for the roles it does not name, or undefined
   * when no row of the table has a role it weighs otherwise than 1: then nothing need be
   * multiplied.
   *
   * @param boost - a factor per role
   */
  factorsOf(boost: Partial<Readonly<Record<Role, number>>>): Float64Array | undefined {
    const { held } = this.#layout
    let factors: Float64Array | undefined
    // A role's code is one more than its place in `roles`; roles no row has are not looked up.
    for (let code = 1; code <= roles.length; code++) {
      const factor = (held & (1 << code)) === 0 ? undefined : boost[roles[code - 1]]
      if (factor === undefined || factor === 1) continue
      factors ??= new Float64Array(roles.length + 1).fill(1)
      factors[code] = factor
    }
    return factors
  }

  /** An empty table. */
  static empty(): RowTable {
    return new RowTable([], undefined)
  }

  /**
   * The rows of a loaded index.
   *
   * @param entries - the documents, in the order of the columns
   * @param columns - the validated sentence columns of format 2
   */
  static fromColumns(entries: readonly DocumentEntry[], columns: SentenceColumns): RowTable {
    const spans = { start: new Int32Array(columns.gaps.length), end: new Int32Array(columns.gaps.length) }
    fillSpans(spans, columns, 0, columns.counts.length, 0)
    return RowTable.fromLayout(entries, columns, spans)
  }

  /**
   * The rows of a loaded index whose offsets are given apart from the other columns: a static
   * index fills `spans` block by block as it loads them, and says with `ready` which rows it has.
   *
   * @param entries - the documents, in the order of the columns
   * @param columns - the sentence columns without offsets
   * @param spans - each row's start and end in its document's text
   */
  static fromLayout(
    entries: readonly DocumentEntry[],
    columns: Pick<SentenceColumns, 'counts' | 'paragraphs' | 'roles' | 'speakers' | 'duplicateOf'>,
    spans: { readonly start: Int32Array; readonly end: Int32Array; readonly ready?: (row: number) => boolean },
  ): RowTable {
    const rows = columns.paragraphs.length
    const loaded: LoadedRows = {
      entries,
      document: new Int32Array(rows),
      start: spans.start,
      end: spans.end,
      paragraph: new Int32Array(rows),
      columns,
      ...(spans.ready === undefined ? {} : { ready: spans.ready }),
    }
    let row = 0
    for (let doc = 0; doc < entries.length; doc++) {
      let paragraph = 0
      for (let k = 0; k < columns.counts[doc]; k++, row++) {
        paragraph += columns.paragraphs[row]
        loaded.document[row] = doc
        loaded.paragraph[row] = paragraph
      }
    }
    const table = new RowTable(new Array<Row | undefined>(rows), loaded)
    for (let row = 0; row < rows; row++) {
      const entry = entries[loaded.document[row]]
      table.#layout.set(row, entry.first, entry.first + entry.count, loaded.paragraph[row], columns.roles?.[row])
    }
    return table
  }

  /** The number of rows, removed ones included. */
  get length(): number {
    return this.#made.length
  }

  /**
   * A row, or undefined when it was removed or never existed.
   *
   * @param row - the row number
   */
  get(row: number): Row | undefined {
    const made = this.#made[row]
    if (made !== undefined) return made ?? undefined
    const loaded = this.#loaded
    if (loaded === undefined || !(row >= 0 && row < loaded.document.length)) return undefined
    // A row whose block a static index has not loaded yet is made again once it has.
    if (loaded.ready !== undefined && !loaded.ready(row)) return makeRow(loaded, row)
    return (this.#made[row] = makeRow(loaded, row))
  }

  /**
   * True when a static index has not loaded the row's sentence yet (and notes that it needs it):
   * its text and offsets are not known, so a search takes it as it stands and runs again.
   *
   * @param row - the row number
   */
  pending(row: number): boolean {
    const ready = this.#loaded?.ready
    return ready !== undefined && this.#made[row] === undefined && !ready(row)
  }

  /**
   * The row's speaker, or undefined (also for a removed row); makes no row object.
   *
   * @param row - the row number
   */
  speakerOf(row: number): string | undefined {
    const made = this.#made[row]
    if (made !== undefined) return made?.speaker
    return this.#loaded?.columns.speakers?.[row] ?? undefined
  }

  /**
   * True when the row exists and was not removed; makes no row object.
   *
   * @param row - the row number
   */
  has(row: number): boolean {
    const made = this.#made[row]
    if (made !== undefined) return made !== null
    return this.#loaded !== undefined && row >= 0 && row < this.#loaded.document.length
  }

  /**
   * Appends a row.
   *
   * @param row - the new row
   * @returns its row number
   */
  add(row: Row): number {
    const number = this.#made.push(row) - 1
    const { first, count } = row.document
    this.#layout.set(number, first, first + count, row.paragraph, row.role)
    return number
  }

  /**
   * Marks a row removed; its number is not reused.
   *
   * @param row - the row number
   */
  delete(row: number): void {
    this.#made[row] = null
  }

  /**
   * The rows from `from` up to `to`, none of them removed.
   *
   * @param from - the first row number
   * @param to - the row number after the last
   */
  range(from: number, to: number): Row[] {
    const rows: Row[] = []
    for (let row = from; row < to; row++) rows.push(this.get(row) as Row)
    return rows
  }
}

/**
 * Fills the offsets of the rows of documents `fromDoc` to `toDoc` from the gaps and lengths of
 * format 2 (or of a static block, whose columns start at its first document).
 *
 * @param spans - the offset columns of every row
 * @param columns - counts per document, and gaps and lengths per row, from `fromDoc` on
 * @param fromDoc - the first document, as an index into `columns.counts`
 * @param toDoc - the document after the last
 * @param firstRow - the row of the first document's first sentence
 */
export function fillSpans(
  spans: { readonly start: Int32Array; readonly end: Int32Array },
  columns: Pick<SentenceColumns, 'counts' | 'gaps' | 'lengths'>,
  fromDoc: number,
  toDoc: number,
  firstRow: number,
): void {
  let row = firstRow
  let k = 0
  for (let doc = fromDoc; doc < toDoc; doc++) {
    let end = 0
    for (let i = 0; i < columns.counts[doc]; i++, row++, k++) {
      const start = end + columns.gaps[k]
      end = start + columns.lengths[k]
      spans.start[row] = start
      spans.end[row] = end
    }
  }
}

/** The row object of a loaded row. */
function makeRow(loaded: LoadedRows, row: number): Row {
  const document = loaded.entries[loaded.document[row]]
  const { roles, speakers, duplicateOf } = loaded.columns
  const made: Row = { document, index: row - document.first, start: loaded.start[row], end: loaded.end[row], paragraph: loaded.paragraph[row] }
  if (roles === null && speakers === null && duplicateOf === null) return made
  return { ...made, ...optional(roles?.[row], speakers?.[row], duplicateOf?.[row]) }
}

/**
 * The optional fields of a row or hit that have a value.
 *
 * @param role - a role, or null or undefined for none
 * @param speaker - a speaker, or null or undefined for none
 * @param duplicateOf - the index of the sentence a pull quote repeats, or null or undefined
 */
export function optional(
  role: SegmentInput['role'] | null | undefined,
  speaker: string | null | undefined,
  duplicateOf: number | null | undefined,
): Pick<SegmentInput, 'role' | 'speaker' | 'duplicateOf'> {
  return assignOptional({}, role, speaker, duplicateOf)
}

/**
 * Sets on `target`, in this order, the optional fields that have a value (see {@link optional}),
 * for an object that is being made field by field.
 *
 * @returns the target
 */
export function assignOptional<T extends object>(
  target: T,
  role: SegmentInput['role'] | null | undefined,
  speaker: string | null | undefined,
  duplicateOf: number | null | undefined,
): T & Pick<SegmentInput, 'role' | 'speaker' | 'duplicateOf'> {
  const fields = target as T & { role?: SegmentInput['role']; speaker?: string; duplicateOf?: number }
  if (role != null) fields.role = role
  if (speaker != null) fields.speaker = speaker
  if (duplicateOf != null) fields.duplicateOf = duplicateOf
  return fields
}
