import { describe, expect, it } from 'vitest'
import { segmentInterview } from '../src/index.js'
import { readFixture } from './helpers.js'

const text = readFixture('interview/synthetic-interview.txt')
const people = { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid', publication: 'Voorbeeldblad' }

describe('segmentInterview', () => {
  const segments = segmentInterview(text, people)

  it('gives every sentence of the hand-checked fixture its role and speaker', () => {
    // Checked by hand against the layout rules in src/segment/interview.ts.
    expect(segments.map((s) => [s.text, s.role, s.speaker])).toEqual([
      ['Voorbeeldblad nr. 3, 2 februari 2024', 'publication', undefined],
      ['Een wijk die weer ademt', 'heading', undefined],
      ['Tekst Anna de Vries Beeld Piet Jansen', 'byline', undefined],
      ['Wethouder Karim Bouzid werkt al tien jaar aan de wijk Zuidhaven.', 'intro', undefined],
      ['Hij vertelt hoe de buurt veranderde, van leegstand naar een plek waar mensen blijven.', 'intro', undefined],
      ['Hoe zag de wijk eruit toen u begon?', 'question', 'Anna de Vries'],
      ['‘Leeg.', 'answer', 'Karim Bouzid'],
      ['De helft van de winkels stond leeg.', 'answer', 'Karim Bouzid'],
      ['Wij hebben hier een Yes we can!-verhaal verteld.’', 'answer', 'Karim Bouzid'],
      ['Wat deed u eerst?', 'question', 'Anna de Vries'],
      ['‘We begonnen met de straatverlichting.', 'answer', 'Karim Bouzid'],
      ['Mensen durfden ’s avonds niet naar buiten.’', 'answer', 'Karim Bouzid'],
      ['Veiligheid eerst', 'heading', undefined],
      ['Was dat niet te weinig?', 'question', 'Anna de Vries'],
      ['‘Nee.', 'answer', 'Karim Bouzid'],
      ['Wie zich niet veilig voelt, doet niet mee aan de buurt.’', 'answer', 'Karim Bouzid'],
      ['‘Daarna kwamen de scholen aan de beurt, bijv. de basisschool op de hoek.’', 'answer', 'Karim Bouzid'],
      ['Wie zich niet veilig voelt doet niet mee aan de buurt', 'pullquote', 'Karim Bouzid'],
      ['En nu?', 'question', 'Anna de Vries'],
      ['‘Nu komen er weer gezinnen wonen.’', 'answer', 'Karim Bouzid'],
    ])
  })

  it('links a pull quote to the body sentence it repeats', () => {
    const pullquote = segments.find((s) => s.role === 'pullquote')
    expect(pullquote?.duplicateOf).toBeDefined()
    expect(segments[pullquote?.duplicateOf as number].text).toBe('Wie zich niet veilig voelt, doet niet mee aan de buurt.’')
    expect(segments.filter((s) => s.duplicateOf !== undefined)).toHaveLength(1)
  })

  it('keeps offsets into the original text and one paragraph per line', () => {
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(segments.at(-1)?.paragraph).toBe(text.trimEnd().split('\n').length - 1)
  })

  it('leaves everything intro or heading when nothing opens with a quote', () => {
    const plain = segmentInterview('Een titel\nGewone tekst zonder vragen.', people)
    expect(plain.map((s) => s.role)).toEqual(['heading', 'intro'])
  })
})
