// Generates src/search/data/odwn-synonyms.ts, the related words that `expand` looks up, from
// the synonym lists of Open Dutch WordNet in ../shared/data/odwn/synonyms.tsv.
//
// Source: Open Dutch WordNet (cltl/OpenDutchWordnet, synonyms.tsv, commit d825986), by Marten
// Postma, Emiel van Miltenburg, Roxane Segers, Anneleen Schoen and Piek Vossen (2016).
// Licence: CC BY-SA 4.0; what is derived from it here ships under the same licence, see
// licenses/odwn.txt.
//
// What is taken: each lemma that is one word and the one-word lemmas that share a synset with it,
// normalised as the analyzer normalises words (lowercase, no diacritics), each list without
// the lemma itself; lemmas left without synonyms are left out. Stop words are not removed
// here: which words are stop words is the analyzer's choice, so the search leaves them out.
//
// Run: npm run synonyms
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { normalizeWord } from '../src/analysis/normalize.js'

const source = new URL('../../shared/data/odwn/synonyms.tsv', import.meta.url)
if (!existsSync(source)) {
  console.error('build-synonyms: ../shared/data/odwn/synonyms.tsv is missing; the committed src/search/data/odwn-synonyms.ts stays as it is.')
  process.exit(1)
}
/** A word of letters, perhaps with hyphens or apostrophes inside: not a phrase, not (arbeids)verzuim. */
const oneWord = (word: string): boolean => /^\p{L}+(?:['’-]\p{L}+)*$/u.test(word)
// Lemmas that are one word once normalised (Café and cafe) share one list.
const table = new Map<string, Set<string>>()
for (const line of readFileSync(source, 'utf8').split('\n').slice(1)) {
  const [lemma, ...synonyms] = line.split('\t')
  if (lemma === undefined || !oneWord(lemma)) continue
  const word = normalizeWord(lemma)
  let related = table.get(word)
  if (related === undefined) table.set(word, (related = new Set()))
  for (const synonym of synonyms) if (oneWord(synonym) && normalizeWord(synonym) !== word) related.add(normalizeWord(synonym))
}
const lines = [...table]
  .filter(([, related]) => related.size > 0)
  .map(([word, related]) => [word, ...related].join('\t'))
  .sort()
const text = lines.join('\n')
writeFileSync(
  new URL('../src/search/data/odwn-synonyms.ts', import.meta.url),
  `/*! Derived from Open Dutch WordNet (Postma, van Miltenburg, Segers, Schoen and Vossen 2016;\n` +
    ` * cltl/OpenDutchWordnet synonyms.tsv, commit d825986) by scripts/build-synonyms.ts.\n` +
    ` * Licence: CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/ (see licenses/odwn.txt). */\n\n` +
    `/** ${lines.length} words, one a line, each followed by its synonyms, tab-separated (normalised: lowercase, no diacritics). */\n` +
    `export const ODWN_SYNONYMS: string = ${JSON.stringify(text)}\n`,
)
console.log(`build-synonyms: ${lines.length} words → src/search/data/odwn-synonyms.ts (${text.length} characters)`)
