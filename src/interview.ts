/**
 * `zoek/interview`: the bundled interview as a prebuilt index, ready to query.
 *
 * This entry is on the query-only path: it loads the serialised index that `npm run build`
 * wrote into `dist/`, and does not import the sentence segmenter (unified, retext).
 *
 * @module
 */

import { readFileSync } from 'node:fs'
import { ZoekError } from './errors.js'
import { loadIndex } from './query.js'
import type { SentenceIndex } from './search/sentence-index.js'
import manifest from '../corpus/manifest.json' with { type: 'json' }

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
  /** sha256 of the text file, or null while it is not in the repository. */
  readonly sha256: string | null
}

/** The interview's provenance. */
export const interviewManifest: InterviewManifest = Object.freeze(manifest as InterviewManifest)

/** The file name of the prebuilt interview index inside `dist/`. */
export const INTERVIEW_INDEX_FILE = 'interview.zoek.json'

/**
 * Loads the prebuilt index of the bundled interview. Nothing is segmented or analysed:
 * the index is read from the package and is ready to search. Its hits carry `role` and
 * `speaker`.
 *
 * @returns a query-only index (it cannot add documents; use `loadIndex` from `zoek` for that)
 * @throws {@link ZoekError} with code `CORPUS_MISSING` when this build of zoek has no
 *   interview index, because `corpus/` did not hold the interview text when it was built
 * @example
 * ```ts
 * const interview = loadInterview()
 * const [hit] = interview.search('armoede') // each hit has role and speaker
 * ```
 */
export function loadInterview(): SentenceIndex {
  let json: string
  try {
    json = readFileSync(new URL(`./${INTERVIEW_INDEX_FILE}`, import.meta.url), 'utf8')
  } catch {
    throw new ZoekError(
      'CORPUS_MISSING',
      `This build of zoek has no prebuilt interview index (${INTERVIEW_INDEX_FILE}): the interview text ${interviewManifest.file} was not in corpus/ when it was built. See corpus/README.md.`,
    )
  }
  return loadIndex(json)
}
