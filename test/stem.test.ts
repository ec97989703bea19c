import { describe, expect, it } from 'vitest'
import { InvalidOptionError, stem, stemAlgorithms } from '../src/index.js'
import { readFixture } from './helpers.js'

const rows = readFixture('snowball-dutch/vocabulary.tsv.gz')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
const extra = readFixture('snowball-dutch/extra-cases.tsv')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))

/** The words whose stem differs from the expected column, with what we got. */
function mismatches(table: string[][], column: number, algorithm: 'kraaij-pohlmann' | 'porter'): string[] {
  return table.filter((row) => stem(row[0], algorithm) !== row[column]).map((row) => `${row[0]}: got ${stem(row[0], algorithm)}, want ${row[column]}`)
}

describe('stem', () => {
  it('reads the whole Snowball vocabulary', () => {
    expect(rows).toHaveLength(45_670)
    expect(extra).toHaveLength(50)
  })

  it('equals Snowball 3.x dutch (Kraaij-Pohlmann) for every vocabulary word', () => {
    expect(mismatches(rows, 1, 'kraaij-pohlmann')).toEqual([])
  })

  it('equals Snowball dutch_porter for every vocabulary word', () => {
    expect(mismatches(rows, 2, 'porter')).toEqual([])
  })

  it('equals both on the extra cases with apostrophes and ge- exceptions', () => {
    expect(mismatches(extra, 1, 'kraaij-pohlmann')).toEqual([])
    expect(mismatches(extra, 2, 'porter')).toEqual([])
  })

  it('uses Kraaij-Pohlmann by default', () => {
    expect(stem('lopen')).toBe('loop')
    expect(stem('lopen', 'porter')).toBe('lop')
  })

  it('throws InvalidOptionError for an unknown algorithm', () => {
    expect(() => stem('lopen', 'lovins' as never)).toThrow(InvalidOptionError)
    expect(() => stem('lopen', 'toString' as never)).toThrow(InvalidOptionError)
    expect(stemAlgorithms).toEqual(['kraaij-pohlmann', 'porter'])
  })
})
