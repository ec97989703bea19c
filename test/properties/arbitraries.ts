import fc from 'fast-check'
import { expect } from 'vitest'

/** Cases per property: at least 1,000, as CI requires; ZOEK_PROPERTY_RUNS may raise it. */
export const RUNS = Math.max(1000, Number(process.env.ZOEK_PROPERTY_RUNS ?? 0))

/**
 * Runs a fast-check property with {@link RUNS} cases (or `runs`) and prints how many ran,
 * so that `npm test` reports it.
 */
export function checkProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs = RUNS): void {
  let cases = 0
  fc.assert(
    fc.property(arbitrary, (value) => {
      cases++
      predicate(value)
    }),
    { numRuns: runs },
  )
  expect(cases).toBeGreaterThanOrEqual(runs)
  console.log(`[property] ${name}: ${cases} generated cases`)
}

const dutch = fc.constantFrom(
  'de',
  'het',
  'gemeente',
  'Mechelen',
  'kinderen',
  'armoede',
  'camera’s',
  'zo’n',
  '’s',
  "'t",
  'N-VA',
  'out-of-the-box',
  '12,5',
  '2001',
  '1.000',
  'één',
  'geïnvesteerd',
  'België',
  'İstanbul',
  'ß',
  'Ĳssel',
  'o.a.',
  'dhr.',
  'bijv.',
)
const punctuation = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '. ',
  '! ',
  '? ',
  '… ',
  ', ',
  '-',
  '‐',
  '‘',
  '’',
  "'",
  '"',
  '„',
  '“',
  '”',
  '(',
  ')',
  '«',
  '»',
  ':',
  ';',
  ',,',
  "''",
  '!-',
  '...',
)
const hostile = fc.constantFrom(
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u0301',
  '\u0308a',
  'שלום',
  'مرحبا',
  '\u0000',
  '\ud800',
  '\udfff',
  '\ud83d',
  '\u200b',
  '\ufeff',
  '\u202e',
  '\u2028',
  'ǅ',
  'ﬁ',
  '１２',
)
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 })
const longWord = fc.constantFrom('a'.repeat(20_000), 'ij'.repeat(10_000) + 's', 'ge'.repeat(5_000))

/** Arbitrary text: Dutch words, punctuation, hostile Unicode, random code units, and rarely a 20k-character word. */
export const text: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: dutch, weight: 6 },
      { arbitrary: punctuation, weight: 6 },
      { arbitrary: hostile, weight: 2 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
      { arbitrary: codeUnits, weight: 1 },
      { arbitrary: longWord, weight: 1 },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

/** Short Dutch-ish documents from a small vocabulary, so that queries hit. */
export const smallText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('de', 'stad', 'steden', 'kind', 'kinderen', 'zieke', 'migranten', 'N-VA', '1994', 'burgemeester'),
      fc.constantFrom(' ', '. ', '? ', '\n\n'),
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((parts) => parts.join(''))

/** Words of documents and queries, compounds and their parts among them. */
export const searchWord: fc.Arbitrary<string> = fc.constantFrom(
  'de',
  'stad',
  'steden',
  'kind',
  'kinderen',
  'kinderarts',
  'zieke',
  'migranten',
  'N-VA',
  '1994',
  'burgemeester',
  'stadhuis',
  'kindje',
)
/** Queries of every kind the syntax has, over the words the documents are made of. */
export const searchQuery: fc.Arbitrary<string> = fc.oneof(
  searchWord,
  searchWord.map((w) => `${w.slice(0, 3)}*`),
  searchWord.map((w) => `${w}~`),
  fc.tuple(searchWord, searchWord).map(([a, b]) => `"${a} ${b}"`),
  fc.tuple(searchWord, searchWord, fc.integer({ min: 0, max: 2 })).map(([a, b, slop]) => `"${a} ${b}"~${slop}`),
  fc.tuple(searchWord, searchWord).map(([a, b]) => `${a} OR ${b}`),
  fc.tuple(searchWord, searchWord).map(([a, b]) => `+${a} -${b}`),
  fc.tuple(searchWord, fc.integer({ min: 0, max: 5 })).map(([w, d]) => `document:${d} ${w}`),
)
/** Documents of those words, compounds among them (a static index's shards must carry the splits of every block's words). */
export const compoundDocument: fc.Arbitrary<string> = fc
  .array(fc.oneof(searchWord, fc.constantFrom(' ', ' ', '. ', '\n\n')), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(' '))
/** Search options that change what a search returns. */
export const searchOptions = fc.constantFrom({}, { limit: 2, offset: 1 }, { expand: true }, { asYouType: true }, { context: 1, explain: true })
