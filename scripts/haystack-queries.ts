// The corpus and queries that test:shards and bench:postgres share: one document per sentence of
// the matching haystack (../shared/eval), as `npm run eval` indexes it, and queries of every kind
// made from its words.

import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { DocumentInput, SegmentInput } from '../src/index.js'

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url))

/** The haystack's sentences, or undefined when ../shared is missing. */
export async function haystackSentences(): Promise<string[] | undefined> {
  if (!existsSync(`${evalDir}matching-haystack.mjs`)) return undefined
  return (await import(`${evalDir}matching-haystack.mjs`)).sentences()
}

/**
 * One document per sentence, each one sentence, `copies` times over with ids of their own.
 *
 * @param sentences - the sentences
 * @param copies - how many times the corpus is repeated
 */
export function sentenceDocuments(sentences: readonly string[], copies = 1): [DocumentInput, SegmentInput[]][] {
  const entries: [DocumentInput, SegmentInput[]][] = []
  for (let copy = 0; copy < copies; copy++)
    for (const [i, text] of sentences.entries()) entries.push([{ id: copy * sentences.length + i, text }, [{ start: 0, end: text.length, paragraph: 0 }]])
  return entries
}

/**
 * Queries of every kind from the words of the first sentences: words, prefixes, typos, phrases
 * with slop, operators.
 *
 * @param sentences - the corpus
 */
export function queriesOf(sentences: readonly string[]): string[] {
  const words = [
    ...new Set(
      sentences
        .slice(0, 3000)
        .join(' ')
        .match(/\p{L}{4,}/gu) ?? [],
    ),
  ]
  return [
    ...words.filter((_, i) => i % 50 === 0).slice(0, 40),
    ...words.slice(0, 20).map((w) => `${w.slice(0, 3)}*`),
    ...words.slice(100, 120).map((w) => `${w}~`),
    ...words.slice(200, 220).map((w, i) => `"${w} ${words[201 + i]}"~2`),
    'de',
    '"de regering"',
    '+gemeente -stad',
    'kinderen OR ziekenhuis',
  ]
}
