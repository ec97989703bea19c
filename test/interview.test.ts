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

  it('gives intro sentences that open inside a quotation the interviewee as speaker, and no others', () => {
    const text = [
      'Sinds hij ’s lands ‘beste wethouder’ werd, komt men kijken. Het is geen paradijs, zegt hij. ‘Wij hebben ook armoede. Net als elke stad.’ Daarna zwijgt hij.',
      'Hij lacht. ‘We waren’, zegt hij, ‘destijds de slechtste. Nu niet meer.’ Zo’n ommekeer is zeldzaam.',
      'Wat deed u?',
      '‘Veel.’',
    ].join('\n')
    expect(segmentInterview(text, people).map((s) => [s.text, s.role, s.speaker])).toEqual([
      ['Sinds hij ’s lands ‘beste wethouder’ werd, komt men kijken.', 'intro', undefined],
      ['Het is geen paradijs, zegt hij.', 'intro', undefined],
      ['‘Wij hebben ook armoede.', 'intro', 'Karim Bouzid'],
      ['Net als elke stad.’', 'intro', 'Karim Bouzid'],
      ['Daarna zwijgt hij.', 'intro', undefined],
      ['Hij lacht.', 'intro', undefined],
      ['‘We waren’, zegt hij, ‘destijds de slechtste.', 'intro', 'Karim Bouzid'],
      ['Nu niet meer.’', 'intro', 'Karim Bouzid'],
      ['Zo’n ommekeer is zeldzaam.', 'intro', undefined],
      ['Wat deed u?', 'question', 'Anna de Vries'],
      ['‘Veel.’', 'answer', 'Karim Bouzid'],
    ])
  })

  it('gives a pull quote of a quoted intro sentence the speaker of that sentence', () => {
    const text = 'Hij is trots. ‘Wij hebben hier een nieuw verhaal verteld.’\nHoe?\n‘Samen.’\nWij hebben hier een nieuw verhaal verteld'
    const pullquote = segmentInterview(text, people).at(-1)
    expect(pullquote).toMatchObject({ role: 'pullquote', speaker: 'Karim Bouzid', duplicateOf: 1 })
  })

  it('recognises a pull quote that paraphrases a body sentence with most of its content words', () => {
    const text = [
      'Hoe ziet u de stad?',
      '‘Ik zie dat wijken niet samen leven maar eilanden van gesloten gemeenschappen zijn. Dat moet anders.’',
      'Wijken zijn eilanden van gesloten gemeenschappen',
      'Wat nu?',
      '‘Doorbreken.’',
    ].join('\n')
    const segments = segmentInterview(text, people)
    const pullquote = segments.find((s) => s.text.startsWith('Wijken zijn'))
    expect(pullquote).toMatchObject({ role: 'pullquote', speaker: 'Karim Bouzid' })
    expect(segments[pullquote?.duplicateOf as number].text).toBe('‘Ik zie dat wijken niet samen leven maar eilanden van gesloten gemeenschappen zijn.')
  })

  it('keeps a line of two or three words a heading even when its words stand together in the body', () => {
    const text = [
      'Hoe ziet u het?',
      '‘Vanuit een populistisch perspectief wordt alles verdacht.’',
      'Populistisch perspectief',
      'En verder?',
      '‘Een fragiel vaasje, heel kwetsbaar.’',
      'Een fragiel vaasje',
    ].join('\n')
    const lines = segmentInterview(text, people).filter((s) => s.role === 'heading' || s.role === 'pullquote')
    expect(lines.map((s) => [s.text, s.role, s.duplicateOf])).toEqual([
      ['Populistisch perspectief', 'heading', undefined],
      ['Een fragiel vaasje', 'heading', undefined],
    ])
  })

  it('does not take a short line for a pull quote when no one sentence holds most of its content words', () => {
    const text = [
      'Wat doet de stad?',
      '‘De stad bouwt scholen. Jongeren vinden werk. Ouders zijn tevreden.’',
      'Scholen, werk en tevreden ouders overal',
      'Verder?',
      '‘Ja.’',
    ]
    const line = segmentInterview(text.join('\n'), people).find((s) => s.text.startsWith('Scholen'))
    expect(line).toMatchObject({ role: 'heading' })
    expect(line?.duplicateOf).toBeUndefined()
  })
})
