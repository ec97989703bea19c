/**
 * `zoek/interview`: the bundled interview as a prebuilt index, ready to query.
 *
 * This entry is on the query-only path: it does not import the sentence segmenter (unified,
 * retext) or the compound lexicon. The serialised index is a module of its own
 * (`src/generated/interview-index.ts`, written by `npm run build` from `corpus/`), so Node, a
 * Node bundle and a browser bundle all carry it without reading any file.
 *
 * @module
 */

import { interviewIndexJson, interviewSynonymsText } from '../generated/interview-index.js'
import { checkOptionNames } from '../check.js'
import { loadIndex } from './query.js'
import type { SentenceIndex } from '../search/sentence-index.js'
import { parseSynonyms, type Synonyms } from '../search/synonyms.js'
import manifest from '../../corpus/manifest.json' with { type: 'json' }

/** Where the interview comes from; see `corpus/README.md`. */
export interface InterviewManifest {
  readonly id: string
  readonly file: string
  readonly language: string
  readonly publication: string
  readonly issue: string
  /** ISO date of publication. */
  readonly date: string
  readonly author: string
  readonly photographer: string
  readonly interviewee: string
  readonly intervieweeRole: string
  readonly paragraphs: 'line' | 'blank-line'
  /** sha256 of the text file; the build fails when the file differs. */
  readonly sha256: string
  /** Whose text it is and on what terms it is included (not MIT; see `corpus/LICENSE`). */
  readonly rights: string
}

/** The interview's provenance. */
export const interviewManifest: InterviewManifest = Object.freeze(manifest as InterviewManifest)

/** Options of {@link loadInterview}. */
export interface LoadInterviewOptions {
  /**
   * Related words for `expand`: by default the synonyms of Open Dutch WordNet (CC BY-SA 4.0)
   * whose words the interview has, which travel with this module; `false` for none, or a
   * table of your own.
   */
  readonly synonyms?: Synonyms | false
}

let table: Synonyms | undefined

/**
 * The synonyms `loadInterview()` gives its index: those of Open Dutch WordNet (CC BY-SA 4.0,
 * `licenses/odwn.txt`) whose words the interview has, under every word that has one. Give
 * them to a static or PostgreSQL copy of the interview to search it as `loadInterview()` does.
 *
 * @returns the table, shared by every caller: do not change it
 * @example
 * ```ts
 * interviewSynonyms().get('gastarbeider') // => ['migrant']
 * ```
 */
export function interviewSynonyms(): Synonyms {
  table ??= parseSynonyms(interviewSynonymsText)
  return table
}

/**
 * Loads the prebuilt index of the bundled interview. Nothing is segmented or analysed: the
 * index ships inside this module and is ready to search. Its hits carry `role` and `speaker`.
 * Each call returns a new index (about 45 kB of JSON, parsed and checked in about a
 * millisecond), so what one caller adds or removes does not reach another.
 *
 * @param options - see {@link LoadInterviewOptions}
 * @returns a query-only index (it cannot add plain text; use `loadIndex` from `zoek` for that)
 * @throws `InvalidOptionError` for an unknown or invalid option
 * @example
 * ```ts
 * const interview = loadInterview()
 * const [hit] = interview.search('armoede') // each hit has role and speaker
 * hit.speaker // => 'Bart Somers'
 * ```
 */
export function loadInterview(options: LoadInterviewOptions = {}): SentenceIndex {
  checkOptionNames(options, ['synonyms'], 'interview')
  const { synonyms = interviewSynonyms() } = options
  // loadIndex checks a table of one's own.
  return loadIndex(interviewIndexJson, synonyms === false ? {} : { synonyms })
}
