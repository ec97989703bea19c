import { describe, expect, it } from 'vitest'
import { InvalidOptionError, segment } from '../src/index.js'
import { readFixture } from './helpers.js'

interface GoldParagraph {
  readonly id: string
  readonly text: string
  readonly sentences: readonly string[]
}

/** The texts of the sentences `segment` finds. */
const sentencesOf = (text: string): string[] => segment(text).map((s) => s.text)

const gold: GoldParagraph[] = readFixture('ud-dutch/sample.jsonl')
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line))

/** Internal sentence boundaries (ends of all but the last sentence) of a gold paragraph. */
function goldEnds(paragraph: GoldParagraph): number[] {
  let offset = 0
  return paragraph.sentences.slice(0, -1).map((sentence) => (offset += sentence.length + 1) - 1)
}

describe('segment', () => {
  it('returns sentences whose text is input.slice(start, end), trimmed', () => {
    const input = '  Eerste zin.  Tweede zin?\n\n\tDerde!  '
    const segments = segment(input)
    expect(segments.map((s) => s.text)).toEqual(['Eerste zin.', 'Tweede zin?', 'Derde!'])
    for (const s of segments) expect(input.slice(s.start, s.end)).toBe(s.text)
    expect(segments.map((s) => [s.paragraph, s.index])).toEqual([
      [0, 0],
      [0, 1],
      [1, 2],
    ])
  })

  it('keeps "Yes we can!-verhaal" in one sentence: punctuation glued to a hyphenated word does not end it', () => {
    expect(sentencesOf('Wij hebben hier een Yes we can!-verhaal verteld. Dat werkt.')).toEqual([
      'Wij hebben hier een Yes we can!-verhaal verteld.',
      'Dat werkt.',
    ])
  })

  it('gives closing quotes at a sentence start to the sentence before', () => {
    expect(sentencesOf(",, Ik wist het . '' Hij zei niets.")).toEqual([",, Ik wist het . ''", 'Hij zei niets.'])
  })

  it('does not end a sentence at an abbreviation followed by a lowercase word', () => {
    expect(sentencesOf('Dat is o.a. door dhr. Jansen gezegd, bijv. in de raad. Daarna niet.')).toEqual([
      'Dat is o.a. door dhr. Jansen gezegd, bijv. in de raad.',
      'Daarna niet.',
    ])
  })

  it('ends a sentence at a full stop after a number or a word retext takes for an abbreviation, but not after an abbreviation, a title or an initial', () => {
    expect(sentencesOf('Ajax won met 4 - 0. De trainer was blij.')).toEqual(['Ajax won met 4 - 0.', 'De trainer was blij.'])
    expect(sentencesOf('Hij liet hem terstond vrij. Mejia werd ingezet.')).toEqual(['Hij liet hem terstond vrij.', 'Mejia werd ingezet.'])
    expect(sentencesOf('Zie blz. 4. Daarna volgt Annie M.G. Schmidt, o.a. In Gent.')).toEqual(['Zie blz. 4.', 'Daarna volgt Annie M.G. Schmidt, o.a. In Gent.'])
    expect(sentencesOf('Dat zei mgr. Robert Vangheluwe gisteren.')).toEqual(['Dat zei mgr. Robert Vangheluwe gisteren.'])
  })

  it('ends a sentence at an initial or abbreviation when a pronoun or conjunction follows, not a name', () => {
    // UD Dutch (Wikipedia, De Morgan): "... als in A = B. Hij geeft aan ..." and "... met eigenschap B. Maar de ..."
    expect(sentencesOf('Het staat tussen twee symbolen, als in A = B. Hij geeft aan dat ze gelijk zijn.')).toEqual([
      'Het staat tussen twee symbolen, als in A = B.',
      'Hij geeft aan dat ze gelijk zijn.',
    ])
    expect(sentencesOf('Zo ook die met eigenschap B. Maar de anderen zien dat niet.')).toEqual([
      'Zo ook die met eigenschap B.',
      'Maar de anderen zien dat niet.',
    ])
    expect(sentencesOf('Dat zei B. De Wever en ook A. de Boer, met J. Peumans.')).toEqual(['Dat zei B. De Wever en ook A. de Boer, met J. Peumans.'])
    // The same after an abbreviation that may end a sentence (UD Dutch: "... van Nicholas Ltd. Het werkt ...").
    expect(sentencesOf('Het is een merknaam van Nicholas Ltd. Het werkt pijnstillend.')).toEqual([
      'Het is een merknaam van Nicholas Ltd.',
      'Het werkt pijnstillend.',
    ])
    expect(sentencesOf('Hij liep nog 5 km. Daarna was hij moe.')).toEqual(['Hij liep nog 5 km.', 'Daarna was hij moe.'])
    expect(sentencesOf('Zij woont o.a. In Gent en ca. Twintig jaar in Mechelen.')).toEqual(['Zij woont o.a. In Gent en ca. Twintig jaar in Mechelen.'])
  })

  it('ends a sentence after a word that is also an abbreviation (zo., vol.), after enz. and after a unit (°C.), but not before a number', () => {
    // UD Dutch, WR-P-P-H: "... deed de een uitspraak in 1998 nog precies zo. Een jaar daarvoor ..."
    expect(sentencesOf('Hij deed die uitspraak nog precies zo. Een jaar daarvoor niet.')).toEqual([
      'Hij deed die uitspraak nog precies zo.',
      'Een jaar daarvoor niet.',
    ])
    expect(sentencesOf('De zaal zat vol. Niemand kon er nog in.')).toEqual(['De zaal zat vol.', 'Niemand kon er nog in.'])
    expect(sentencesOf('Er groeien appels, peren enz. Genetisch gemanipuleerde planten niet.')).toEqual([
      'Er groeien appels, peren enz.',
      'Genetisch gemanipuleerde planten niet.',
    ])
    // UD Dutch (Wikipedia): "... de werksters bij 6 °C. In het voorjaar ..."
    expect(sentencesOf('De werksters sterven bij 6 °C. In het voorjaar niet.')).toEqual(['De werksters sterven bij 6 °C.', 'In het voorjaar niet.'])
    expect(sentencesOf('Open op zo. 12 mei en in vol. 3 van de reeks.')).toEqual(['Open op zo. 12 mei en in vol. 3 van de reeks.'])
  })

  it('lets ’s start a sentence', () => {
    expect(sentencesOf('Het was laat. ’s Avonds kwam hij.')).toEqual(['Het was laat.', '’s Avonds kwam hij.'])
  })

  it('treats single line breaks as wrapped text in blank-line mode, and as paragraphs in line mode', () => {
    const input = 'Een zin die\ndoorloopt. Klaar\r\nNog een regel'
    expect(sentencesOf(input)).toEqual(['Een zin die\ndoorloopt.', 'Klaar\r\nNog een regel'])
    const lines = segment(input, { paragraphs: 'line' })
    expect(lines.map((s) => [s.text, s.paragraph])).toEqual([
      ['Een zin die', 0],
      ['doorloopt.', 1],
      ['Klaar', 1],
      ['Nog een regel', 2],
    ])
  })

  it('returns nothing for empty or blank text', () => {
    expect(segment('')).toEqual([])
    expect(segment(' \n\n \t')).toEqual([])
  })

  it('rejects a non-string text and unknown options with InvalidOptionError', () => {
    expect(() => segment(42 as never)).toThrow(InvalidOptionError)
    expect(() => segment('x', { paragraph: 'line' } as never)).toThrow(InvalidOptionError)
    expect(() => segment('x', { paragraphs: 'page' as never })).toThrow(InvalidOptionError)
  })

  it('finds the UD Dutch gold boundaries with precision ≥ 0.99 and recall ≥ 0.87 on the fixture sample', () => {
    let hits = 0
    let predicted = 0
    let expected = 0
    for (const paragraph of gold) {
      const ends = segment(paragraph.text)
        .map((s) => s.end)
        .slice(0, -1)
      const want = new Set(goldEnds(paragraph))
      predicted += ends.length
      expected += want.size
      hits += ends.filter((end) => want.has(end)).length
    }
    expect(gold).toHaveLength(389)
    expect(hits / predicted).toBeGreaterThanOrEqual(0.99)
    expect(hits / expected).toBeGreaterThanOrEqual(0.87)
  })

  it('covers every non-whitespace character of the UD sample exactly once, in order', () => {
    for (const paragraph of gold) {
      const segments = segment(paragraph.text)
      let covered = ''
      let last = 0
      for (const s of segments) {
        expect(s.start).toBeGreaterThanOrEqual(last)
        covered += s.text
        last = s.end
      }
      expect(covered.replace(/\s/g, '')).toBe(paragraph.text.replace(/\s/g, ''))
    }
  })
})
