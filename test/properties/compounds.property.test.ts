import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createIndex, splitCompound } from '../../src/index.js'
import { loadIndex as loadQueryOnly } from '../../src/entries/query.js'
import { checkProperty } from './arbitraries.js'

// Pieces of Dutch compounds and plain words; glued together they make real compounds
// (kinderarmoede), odd ones (huisbeleidstad) and non-words, with and without linking s and en.
const piece = fc.constantFrom(
  'kinder',
  'armoede',
  'veiligheid',
  's',
  'beleid',
  'gemeente',
  'raad',
  'verkiezing',
  'en',
  'stad',
  'huis',
  'school',
  'boek',
  'kast',
  'fiets',
  'pad',
  'werk',
  'loos',
  'heid',
  'ver',
  'be',
  'oor',
  'log',
  'Kinder',
  'Stad',
)
const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''))
const lower = word.map((w) => w.toLowerCase())

describe('compound splitting on generated words', () => {
  it('gives parts in order, inside the word, at least two letters each, never overlapping', () => {
    checkProperty('splitCompound parts', lower, (w) => {
      const parts = splitCompound(w)
      if (parts === undefined) return
      expect(parts.length).toBeGreaterThanOrEqual(2)
      let previous = 0
      for (const { start, end } of parts) {
        expect(start).toBeGreaterThanOrEqual(previous)
        expect(end - start).toBeGreaterThanOrEqual(2)
        expect(end).toBeLessThanOrEqual(w.length)
        previous = end
      }
    })
  })

  it('a query-only load, without the lexicon, finds and highlights exactly what the original index does', () => {
    const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `${words.join(' ')}.`)
    const documents = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '))
    const query = fc.oneof(
      piece.map((p) => p.toLowerCase()),
      word,
      word.map((w) => `"${w} ${w}"`),
    )
    checkProperty('query-only compounds', fc.tuple(documents, fc.array(query, { minLength: 1, maxLength: 3 })), ([text, queries]) => {
      const index = createIndex()
      index.add({ id: 1, text })
      const queryOnly = loadQueryOnly(JSON.stringify(index))
      for (const q of queries) {
        const shown = (hits: ReturnType<typeof index.search>) => hits.map((hit) => [hit.id, hit.highlights])
        expect(shown(queryOnly.search(q, { limit: 50 }))).toEqual(shown(index.search(q, { limit: 50 })))
      }
    })
  })
})
