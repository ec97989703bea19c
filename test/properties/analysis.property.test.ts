import { describe, expect, it } from 'vitest'
import { analyze, createAnalyzer, defaultAnalyzer, MAX_SEGMENT_LENGTH, normalizeWord, segment } from '../../src/index.js'
import { checkProperty, text } from './arbitraries.js'
import fc from 'fast-check'
import { foldDiacritics, normalizeApostrophes } from '../../src/analysis/normalize.js'

describe('analyzer invariants on arbitrary Unicode', () => {
  it('keeps offsets in range, slices the surface, and orders whole words without overlap', () => {
    checkProperty('analyzer offsets', text, (input) => {
      const tokens = analyze(input)
      let previous: { start: number; end: number; position: number } | undefined
      for (const token of tokens) {
        expect(token.start).toBeGreaterThanOrEqual(0)
        expect(token.end).toBeGreaterThan(token.start)
        expect(token.end).toBeLessThanOrEqual(input.length)
        expect(input.slice(token.start, token.end)).toBe(token.surface)
        if (token.kind === 'part' || token.kind === 'compound-part') {
          // A hyphen or compound part lies inside the whole word before it, at the same position.
          expect(previous).toBeDefined()
          expect(token.position).toBe(previous?.position)
          expect(token.start).toBeGreaterThanOrEqual(previous?.start ?? 0)
          expect(token.end).toBeLessThanOrEqual(previous?.end ?? 0)
          continue
        }
        expect(token.position).toBe(previous === undefined ? 0 : previous.position + 1)
        expect(token.start).toBeGreaterThanOrEqual(previous?.end ?? 0)
        previous = token
      }
    })
  })

  it('is deterministic, also with a cold cache', () => {
    const fresh = createAnalyzer()
    checkProperty('analyzer determinism', text, (input) => {
      expect(fresh.analyze(input)).toEqual(defaultAnalyzer.analyze(input))
    })
  })

  it('analyses each word the same alone as in context', () => {
    checkProperty('analyzer context-free terms', text, (input) => {
      // Whole words, and compound parts too: a part is analysed as the word it is.
      for (const token of analyze(input).filter((t) => t.kind !== 'part')) {
        expect(analyze(token.surface)[0]?.term).toBe(token.term)
      }
    })
  })

  it('normalises idempotently', () => {
    checkProperty('normalizeWord idempotence', fc.oneof(text, fc.string({ unit: 'binary' })), (input) => {
      const once = normalizeWord(input)
      expect(normalizeWord(once)).toBe(once)
    })
  })

  it('normalises ASCII on its short path exactly as on the full one', () => {
    const full = (word: string) => foldDiacritics(normalizeApostrophes(word.normalize('NFC').toLowerCase()))
    checkProperty('normalizeWord ASCII path', fc.string({ unit: fc.constantFrom(..."aAzZ09`'.,-_ ~!Ĳé".split('')) }), (input) => {
      expect(normalizeWord(input)).toBe(full(input))
    })
  })
})

describe('segmentation invariants on arbitrary Unicode', () => {
  it('covers every non-whitespace character exactly once, in order, with trimmed segments', () => {
    checkProperty('segment coverage', fc.tuple(text, fc.constantFrom('blank-line', 'line') as fc.Arbitrary<'blank-line' | 'line'>), ([input, paragraphs]) => {
      const segments = segment(input, { paragraphs })
      let last = 0
      let covered = ''
      segments.forEach((s, i) => {
        expect(s.index).toBe(i)
        expect(s.start).toBeGreaterThanOrEqual(last)
        expect(input.slice(s.start, s.end)).toBe(s.text)
        expect(s.text).toBe(s.text.trim())
        expect(s.text.length).toBeGreaterThan(0)
        expect(s.text.length).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH)
        covered += s.text
        last = s.end
      })
      expect(covered.replace(/\s/g, '')).toBe(input.replace(/\s/g, ''))
    })
  })
})
