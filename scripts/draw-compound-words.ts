// Draws the words of test/fixtures/compounds/by-occurrence.tsv: 300 draws with replacement, by
// occurrence, from the lowercase running words of six letters or more in UD Dutch and the
// LibreOffice help (../shared/data, not shipped). Prints each distinct word with its number of
// draws and `-` for the split, which is then written by hand from the word alone.
//
// Run: npx tsx scripts/draw-compound-words.ts
import { readFileSync } from 'node:fs'
import { createAnalyzer } from '../src/index.js'

const shared = new URL('../../shared/data/', import.meta.url)
const analyzer = createAnalyzer({ compounds: false })
const paragraphs = readFileSync(new URL('nl-prose/paragraphs.jsonl', shared), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).text)
const text = `${readFileSync(new URL('ud-dutch/sentences.txt', shared), 'utf8')}\n${paragraphs.join('\n')}`
const words: string[] = []
for (const token of analyzer.analyze(text)) {
  if (token.kind === 'word' && /^[a-zà-ÿ]{6,}$/.test(token.surface)) words.push(analyzer.normalize(token.surface))
}
let seed = 2026
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
const draws = new Map<string, number>()
for (let i = 0; i < 300; i++) {
  const word = words[Math.floor(random() * words.length)]
  draws.set(word, (draws.get(word) ?? 0) + 1)
}
console.log(`# ${words.length} running words, ${draws.size} drawn`)
for (const [word, count] of [...draws].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`${word}\t-\t${count}`)
