import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import manifest from '../corpus/manifest.json' with { type: 'json' }
import { segmentInterview } from '../src/index.js'
import { loadInterview } from '../src/entries/interview.js'
import { readFixture } from './helpers.js'

// The bundled interview (corpus/, VNG Magazine's text; see corpus/LICENSE) against a table of
// all its sentences whose boundaries, roles and speakers were read and checked by hand
// (test/fixtures/interview/somers-sentences.tsv: file line, role, speaker, duplicateOf, text).
const bytes = readFileSync(new URL(`../corpus/${manifest.file}`, import.meta.url))
const text = bytes.toString('utf8')
const people = { interviewer: manifest.author, interviewee: manifest.interviewee, publication: manifest.publication }
const table = readFixture('interview/somers-sentences.tsv')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((row) => {
    const [line, role, speaker, duplicateOf, sentence] = row.split('\t')
    return { line: Number(line), role, speaker: speaker || undefined, duplicateOf: duplicateOf === '' ? undefined : Number(duplicateOf), text: sentence }
  })
const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length

describe('the bundled interview', () => {
  it('is the text exactly as given (the sha256 the issue recorded) and the manifest says so', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('ab14e50015bf5d5e95099272b3e618cecd2919542ae6388b6f4079f17c9e0157')
    expect(manifest.sha256).toBe('ab14e50015bf5d5e95099272b3e618cecd2919542ae6388b6f4079f17c9e0157')
    expect(manifest.rights).toMatch(/VNG Magazine/)
    expect(manifest.rights).toMatch(/not covered by zoek's MIT licence/)
  })

  const segments = segmentInterview(text, people)

  it('splits into the 147 hand-checked sentences, with offsets into the text', () => {
    expect(segments).toHaveLength(147)
    expect(segments.map((s) => s.text)).toEqual(table.map((row) => row.text))
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('gives every sentence its hand-checked role, speaker and pull-quote link, line by line', () => {
    expect(segments.map((s) => ({ line: lineOf(s.start), role: s.role, speaker: s.speaker, duplicateOf: s.duplicateOf, text: s.text }))).toEqual(table)
  })

  it('covers every line of the text that has words (36 of its 60 lines; the others are blank)', () => {
    const lines = new Set(table.map((row) => row.line))
    const withWords = text.split('\n').flatMap((line, i) => (/\p{L}/u.test(line) ? [i + 1] : []))
    expect([...lines]).toEqual(withWords)
    expect([lines.size, text.split('\n').length]).toEqual([36, 60])
  })

  it("finds the interviewee's words quoted in the intro through his speaker filter", () => {
    const hits = loadInterview().search('speaker:"Bart Somers" armoede', { limit: 20 })
    expect(hits.map((hit) => hit.text)).toContain('‘Wij kennen ook samenlevingsproblemen, criminaliteit, armoede.')
    const intro = hits.find((hit) => hit.role === 'intro')
    expect(intro?.speaker).toBe('Bart Somers')
  })
})
