/**
 * Martin Porter's Dutch stemmer, as Snowball 3.x ships it under the name `dutch_porter`
 * (it was Snowball's `dutch` up to 2.2, and most npm Dutch stemmers implement it).
 *
 * Written from the prose description of the algorithm. The input is one lowercase NFC word.
 *
 * @module
 */

const FOLD: Readonly<Record<string, string>> = { ä: 'a', á: 'a', ë: 'e', é: 'e', ï: 'i', í: 'i', ö: 'o', ó: 'o', ü: 'u', ú: 'u' }
const VOWELS = new Set('aeiouyè')

const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch)
const isConsonant = (ch: string | undefined): boolean => ch !== undefined && !VOWELS.has(ch)

/** Folds accents and marks consonantal `i`/`y` as `I`/`Y`. */
function prelude(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const ch = FOLD[word[i]] ?? word[i]
    const prev = out[i - 1]
    if (ch === 'y' && (i === 0 || isVowel(prev))) out += 'Y'
    else if (ch === 'i' && isVowel(prev) && isVowel(FOLD[word[i + 1]] ?? word[i + 1])) out += 'I'
    else out += ch
  }
  return out
}

/** The position after the first non-vowel that follows a vowel, from `from`; or the length. */
function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) {
    if (isConsonant(w[i]) && isVowel(w[i - 1])) return i + 1
  }
  return w.length
}

interface State {
  w: string
  p1: number
  p2: number
  eFound: boolean
}

/** Drops the last letter of a final `kk`, `dd` or `tt`. */
function undouble(s: State): void {
  if (s.w.endsWith('kk') || s.w.endsWith('dd') || s.w.endsWith('tt')) s.w = s.w.slice(0, -1)
}

/** The en-ending rule: delete `suffix` when in R1, after a non-vowel, and not after `gem`. */
function enEnding(s: State, suffix: string): boolean {
  const start = s.w.length - suffix.length
  const stem = s.w.slice(0, start)
  if (start < s.p1 || !isConsonant(stem[start - 1]) || stem.endsWith('gem')) return false
  s.w = stem
  undouble(s)
  return true
}

function step1(s: State): void {
  const w = s.w
  if (w.endsWith('heden')) {
    if (w.length - 5 >= s.p1) s.w = w.slice(0, -5) + 'heid'
  } else if (w.endsWith('ene')) {
    enEnding(s, 'ene')
  } else if (w.endsWith('en')) {
    enEnding(s, 'en')
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const start = w.length - (w.endsWith('se') ? 2 : 1)
    const prev = w[start - 1]
    if (start >= s.p1 && isConsonant(prev) && prev !== 'j') s.w = w.slice(0, start)
  }
}

function step2(s: State): void {
  const w = s.w
  const at = w.length - 1
  if (w[at] === 'e' && at >= s.p1 && isConsonant(w[at - 1])) {
    s.w = w.slice(0, at)
    s.eFound = true
    undouble(s)
  }
}

function step3a(s: State): void {
  const start = s.w.length - 4
  if (s.w.endsWith('heid') && start >= s.p2 && s.w[start - 1] !== 'c') {
    s.w = s.w.slice(0, start)
    if (s.w.endsWith('en')) enEnding(s, 'en')
  }
}

const STEP3B = ['end', 'ing', 'ig', 'lijk', 'baar', 'bar'] as const

/** Deletes a final `ig` in R2 that is not preceded by `e`. */
function removeIg(s: State): boolean {
  const start = s.w.length - 2
  if (!s.w.endsWith('ig') || start < s.p2 || s.w[start - 1] === 'e') return false
  s.w = s.w.slice(0, start)
  return true
}

function step3b(s: State): void {
  let suffix: string | undefined
  for (const candidate of STEP3B) {
    if (s.w.endsWith(candidate) && (suffix === undefined || candidate.length > suffix.length)) suffix = candidate
  }
  if (suffix === undefined) return
  const start = s.w.length - suffix.length
  if (start < s.p2) return
  switch (suffix) {
    case 'end':
    case 'ing':
      s.w = s.w.slice(0, start)
      if (!removeIg(s)) undouble(s)
      return
    case 'ig':
      removeIg(s)
      return
    case 'lijk':
      s.w = s.w.slice(0, start)
      step2(s)
      return
    case 'baar':
      s.w = s.w.slice(0, start)
      return
    case 'bar':
      if (s.eFound) s.w = s.w.slice(0, start)
  }
}

/** Step 4: undouble a long vowel before a final consonant (`maan` → `man`). */
function step4(s: State): void {
  const w = s.w
  const len = w.length
  if (len < 4) return
  const last = w[len - 1]
  const v = w[len - 2]
  if (isConsonant(last) && last !== 'I' && w[len - 3] === v && 'aeou'.includes(v) && isConsonant(w[len - 4])) {
    s.w = w.slice(0, len - 2) + last
  }
}

/**
 * Stems one lowercase NFC Dutch word with Martin Porter's Dutch algorithm (Snowball
 * `dutch_porter`). It folds most accents first, so its stems are accent-free except for `è`
 * and letters it does not fold.
 *
 * @param word - a single lowercase word in NFC
 * @returns the stem
 * @example
 * ```ts
 * stemPorter('lopen') // => 'lop'
 * stemPorter('maan') // => 'man'
 * ```
 */
export function stemPorter(word: string): string {
  const w = prelude(word)
  let p1 = w.length
  let p2 = w.length
  if (w.length >= 3) {
    const raw1 = regionAfter(w, 0)
    p2 = regionAfter(w, raw1)
    p1 = Math.max(raw1, 3)
  }
  const s: State = { w, p1, p2, eFound: false }
  step1(s)
  step2(s)
  step3a(s)
  step3b(s)
  step4(s)
  return s.w.replace(/I/g, 'i').replace(/Y/g, 'y')
}
