import { readFixture } from './helpers.js'

/**
 * The fixed words of the golden terms test: every tenth word of the Snowball Dutch vocabulary,
 * every word of the hand-checked compound fixture, and every word of the bundled interview
 * (corpus/; its words, not its text).
 */
export function goldenWords(): string[] {
  const snowball = readFixture('snowball-dutch/vocabulary.tsv.gz')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0])
  const compounds = readFixture('compounds/compounds.tsv')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0])
  const interview = readFixture('interview/somers-sentences.tsv')
    .split('\n')
    .slice(1)
    .flatMap((line) => line.split('\t')[4]?.match(/[\p{L}\p{N}’'-]+/gu) ?? [])
  const words = [...snowball.filter((_, i) => i % 10 === 0), ...compounds, ...interview]
  return [...new Set(words)].sort()
}
