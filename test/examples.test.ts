import { describe, expect, it } from 'vitest'
import { lex } from '../src/query/lexer.js'
import { findPhrase } from '../src/search/phrase.js'
import { finalConsonant, stemKraaijPohlmann, stemKraaijPohlmannWith } from '../src/analysis/stem/kraaij-pohlmann.js'
import { isParticipleInfix } from '../src/analysis/rules/infix-ge.js'
import { stemPorter } from '../src/analysis/stem/porter.js'
import { checksum64, checksum64Prefix, fnv1a64 } from '../src/analysis/fingerprint.js'
import { eerVerbForm, joinEerStems } from '../src/analysis/rules/eer-verbs.js'
import { stopTermCheck } from '../src/analysis/rules/stop-terms.js'
import { joinFinalDt } from '../src/analysis/rules/final-dt.js'
import { bareAdjective, joinLongVowels, openSyllableForm } from '../src/analysis/rules/long-vowels.js'
import { joinLatinPlurals } from '../src/analysis/rules/latin-plurals.js'
import { joinFinalS, sEndingForm } from '../src/analysis/rules/s-endings.js'
import { singularOfAtiefPlural, singularOfEenPlural, singularOfEnsPlural } from '../src/analysis/rules/plurals.js'
import { isStrongVerb, overrideOf, singularOfCompoundPlural } from '../src/analysis/rules/overrides.js'
import { splitPrefixed } from '../src/analysis/compounds.js'
import { derivedTerm } from '../src/analysis/rules/derivations.js'
import {
  analyze,
  createAnalyzer,
  createIndex,
  foldDiacritics,
  highlight,
  InvalidDocumentError,
  loadIndex,
  normalizeApostrophes,
  normalizeWord,
  parseQuery,
  segment,
  segmentInterview,
  splitCompound,
  stem,
  tokenize,
  ZoekError,
} from '../src/index.js'
import { loadInterview } from '../src/entries/interview.js'
import { loadIndex as loadQueryOnly } from '../src/entries/query.js'
import { readFixture } from './helpers.js'

// Every `// =>` in the TSDoc examples of src/, restated here with the same input, so that
// the documented output is the real one.
describe('TSDoc examples', () => {
  it('analysis', () => {
    expect(stem('huizen')).toBe('huis')
    expect(stem('lopen', 'porter')).toBe('lop')
    expect(createAnalyzer({ overrides: false }).term('lopen')).toBe('loop')
    expect(stemPorter('lopen')).toBe('lop')
    expect(stemPorter('maan')).toBe('man')
    expect(stemKraaijPohlmann('lopen')).toBe('loop')
    expect(stemKraaijPohlmann('mogelijkheden')).toBe('molijk')
    expect(stemKraaijPohlmannWith('begeleiding', { infixGe: (before) => before === 'op' })).toBe('begeleid')
    expect(isParticipleInfix('op', 'ruimd')).toBe(true)
    expect(isParticipleInfix('be', 'leiding')).toBe(false)
    expect(isParticipleInfix('aan', 'eft')).toBe(false)
    expect(tokenize('De N-VA won.').map((t) => t.surface)).toEqual(['De', 'N-VA', 'N', 'VA', 'won'])
    expect(
      createAnalyzer()
        .analyze('De camera’s van de N-VA')
        .map((t) => t.term),
    ).toEqual(['de', 'camera', 'van', 'de', 'nva', 'n', 'va'])
    expect(analyze('Zo’n 12,5 procent geïnvesteerd').map((t) => t.term)).toEqual(["zo'n", '12,5', 'procent', 'invester'])
    expect(normalizeApostrophes('camera’s')).toBe("camera's")
    expect(foldDiacritics('België')).toBe('Belgie')
    expect(normalizeWord('Één’s')).toBe("een's")
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
    // The first lane is 32-bit FNV-1a, whose published value for "foobar" is bf9cf968.
    expect(checksum64('foobar').slice(0, 8)).toBe('bf9cf968')
    expect(checksum64('foo', 'bar')).toBe(checksum64('foobar'))
    expect(checksum64Prefix('foobarbaz', 6, '!')).toBe(checksum64('foobar!'))
    expect(
      createAnalyzer()
        .analyze('Kinderarmoede')
        .map((t) => `${t.surface}:${t.kind}`),
    ).toEqual(['Kinderarmoede:word', 'Kind:compound-part', 'armoede:compound-part'])
    expect(splitCompound('veiligheidsbeleid')).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 17 },
    ])
    expect(splitPrefixed('multiprobleem')).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 13 },
    ])
    expect(splitPrefixed('minister')).toBeUndefined()
    for (const [word, term, derived] of [
      ['wijzigingen', 'wijzig', 'wijziging'],
      ['wijzigen', 'wijzig', 'wijzig'],
      ['dingen', 'ding', 'ding'],
      ['mechelaars', 'mechel', 'mechelaar'],
      ['betaalbare', 'betaal', 'betaalbaar'],
      ['lastige', 'last', 'lastig'],
      ['bevestigt', 'bevest', 'bevestig'],
      ['wijzigt', 'wijzig', 'wijzig'],
    ])
      expect(derivedTerm(word, term), word).toBe(derived)
    // The word-form rules, each with its documented inputs and outputs (undefined: the rule does not apply).
    const wordForms: [(word: string) => string | undefined, Record<string, string | undefined>][] = [
      [singularOfEnsPlural, { wagens: 'wagen', tijdens: undefined }],
      [joinEerStems, { adviseert: 'adviser', verandert: 'verander', heer: 'heer' }],
      [joinFinalDt, { woont: 'woon', zegt: 'zeg', woord: 'woor', wordt: 'wor', kant: 'kant', bevestigt: 'bevest' }],
      [joinLongVowels, { sociaal: 'social', probleem: 'problem', profiel: 'profiel', grote: 'groot', dikke: 'dik', kwartaal: 'kwartaal', zone: 'zone' }],
      [bareAdjective, { vergelijkbare: 'vergelijkbaar', traditionele: 'traditioneel', ware: undefined }],
      [openSyllableForm, { bijdrage: 'bijdragen', bijlages: 'bijlagen', ziekte: undefined }],
      [joinLatinPlurals, { museum: 'musea', politicus: 'politici', datum: 'datum', operatoor: 'operator' }],
      [sEndingForm, { vlaamse: 'vlaams', mens: 'mensen', examens: undefined }],
      [joinFinalS, { documents: 'document', scripts: 'scrip', plaats: 'plaats' }],
      [singularOfEenPlural, { categorieen: 'categorie', ideeen: 'idee', tekenen: undefined }],
      [singularOfCompoundPlural, { werkdagen: 'werkdag', geleden: undefined }],
      [singularOfAtiefPlural, { initiatieven: 'initiatief', brieven: undefined }],
      [finalConsonant, { wijz: 'wijs' }],
      [eerVerbForm, { corrigeren: 'corrigeer', prettiger: undefined }],
      [overrideOf, { kwam: 'komen', aangekomen: 'aankomen', aandacht: undefined }],
      [(term: string) => String(isStrongVerb(term)), { aankomen: 'true', gemeente: 'false' }],
    ]
    for (const [rule, examples] of wordForms) {
      for (const [word, expected] of Object.entries(examples)) expect(rule(word), `${rule.name}('${word}')`).toBe(expected)
    }
    const check = stopTermCheck(['over', 'andere'], (word) => ({ overheid: 'over', ander: 'ander', andere: 'ander' })[word] ?? word)
    expect([check('overheid', 'over'), check('ander', 'ander')]).toEqual(['over+', 'ander'])
  })

  it('segmentation and interview structure', () => {
    expect(segment('Wij hebben hier een Yes we can!-verhaal verteld. Dat werkt.').map((s) => s.text)).toEqual([
      'Wij hebben hier een Yes we can!-verhaal verteld.',
      'Dat werkt.',
    ])
    const text = 'Samen leven\nHoe begon het?\n‘Met een wijk. Dan een stad.’'
    expect(segmentInterview(text, { interviewer: 'Leo Mudde', interviewee: 'Bart Somers' }).map((s) => [s.role, s.speaker])).toEqual([
      ['heading', undefined],
      ['question', 'Leo Mudde'],
      ['answer', 'Bart Somers'],
      ['answer', 'Bart Somers'],
    ])
  })

  it('queries', () => {
    expect(lex('+armoede -"zieke kind"~2 kinder*').map((l) => l.type)).toEqual(['plus', 'word', 'minus', 'phrase', 'word'])
    expect(parseQuery('+armoede -"zieke kind"').children.map((node) => node.type)).toEqual(['required', 'not'])
    expect(findPhrase(analyze('Het zieke kind van Vlaanderen'), ['ziek', 'kind'])).toEqual([[{ start: 4, end: 14 }]])
    expect(findPhrase(analyze('het kind is zieke'), ['ziek', 'kind'], 2)).toEqual([])
    expect(findPhrase(analyze('het kind is zieke'), ['ziek', 'kind'], 3)).toHaveLength(1)
  })

  it('index, search, highlight, serialisation', () => {
    const index = createIndex()
    index.add({ id: 'a', text: 'Mechelen is een stad. Er wonen veel nieuwkomers.', year: 2019 })
    expect(index.sentenceCount).toBe(2)

    const phrases = createIndex()
    phrases.add({ id: 1, text: 'Het zieke kind van Vlaanderen. Een kind is niet ziek.' })
    expect(phrases.search('"zieke kind"').map((hit) => hit.text)).toEqual(['Het zieke kind van Vlaanderen.'])
    expect(phrases.search('kind -Vlaanderen').total).toBe(1)

    const news = createIndex()
    news.add({ id: 'nieuws', text: 'De gemeenteraad vergaderde. Migranten kregen het woord.' })
    expect(news.search('migrant')[0].text).toBe('Migranten kregen het woord.')
    expect(loadIndex(JSON.stringify(news)).search('migrant')[0].text).toBe('Migranten kregen het woord.')

    const words = createIndex()
    words.add({ id: 1, text: 'Kinderen spelen. De kinderen lachen. Kinderarmoede is een probleem.' })
    expect(words.suggest('kinder')).toEqual([
      { word: 'kinderen', sentences: 2 },
      { word: 'Kinderarmoede', sentences: 1 },
    ])

    expect(highlight({ text: 'Armoede & zorg', highlights: [{ start: 0, end: 7 }] })).toBe('<mark>Armoede</mark> &amp; zorg')

    const sample = createIndex()
    sample.add({ id: 'nieuws', text: readFixture('ud-dutch/nieuws.txt') })
    expect(loadQueryOnly(JSON.stringify(sample)).search('ziekenhuizen')[0].text).toMatch(/^Terwijl Jennifer Capriati in Parijs /)

    const interview = loadInterview()
    expect(interview.search('huis').length).toBe(5)
    expect(interview.search('huis', { weights: { part: 0 } }).length).toBe(2)
  })

  it('errors', () => {
    let code: string | undefined
    try {
      createIndex().add({ id: 1, text: 42 as never })
    } catch (error) {
      if (error instanceof ZoekError) code = error.code
    }
    expect(code).toBe('INVALID_DOCUMENT')
    expect(() => createIndex().add({ id: 1, text: 42 as never })).toThrow(InvalidDocumentError)
  })
})
