/**
 * The Kraaij-Pohlmann Dutch stemmer, as Snowball 3.x ships it under the name `dutch`.
 *
 * Written from the prose description of the algorithm (Kraaij & Pohlmann 1994, plus the
 * exceptions Snowball 3.0 added). The input is one lowercase NFC word; the stemmer does not
 * fold accents, lowercase or strip punctuation.
 *
 * Each step finds the longest suffix of its table that the word ends with and then commits
 * to it: when that suffix's condition fails, the whole step fails.
 *
 * @module
 */

const A = 'aäáàâ'
const E = 'eëéèê'
const I = 'iïíìî'
const O = 'oöóòô'
const U = 'uüúùû'
const DOUBLES = new Set(['bb', 'cc', 'dd', 'ff', 'gg', 'hh', 'jj', 'kk', 'll', 'mm', 'nn', 'pp', 'qq', 'rr', 'ss', 'tt', 'vv', 'ww', 'xx', 'zz'])

/**
 * The vowel classes the stemmer asks about, as bits of one table by character code: it asks
 * about vowels several times a letter.
 */
const VOWEL_BIT = 1
const AOU_BIT = 2
const E_SHORT_BIT = 4
const E_BIT = 8
const AIOU_BIT = 16
const AEIOU_BIT = 32
const CLASS_CODES = new Uint8Array(0x100)
for (const [letters, bit] of [
  [A + E + I + O + U + 'y', VOWEL_BIT],
  [A + O + U, AOU_BIT],
  ['eéèê', E_SHORT_BIT],
  [E, E_BIT],
  [A + I + O + U, AIOU_BIT],
  [A + E + I + O + U, AEIOU_BIT],
] as const)
  for (const vowel of letters) CLASS_CODES[vowel.charCodeAt(0)] |= bit

/** The class bits of the character at `i`; 0 for any other character and outside the word. */
function classAt(w: string, i: number): number {
  const code = w.charCodeAt(i)
  return code < 0x100 ? CLASS_CODES[code] : 0
}

/** Mutable state of one stemming run: the word and its regions. */
interface State {
  w: string
  p1: number
  p2: number
}

/** True when the two characters before `c` are `ij`. */
const endsInIj = (w: string, c: number): boolean => c >= 2 && w.charCodeAt(c - 2) === 105 && w.charCodeAt(c - 1) === 106

/** True when the character before `c` is a vowel, or the two before it are `ij`. */
function vTest(w: string, c: number): boolean {
  return vowelAt(w, c - 1) || endsInIj(w, c)
}

/** Skips one character leftwards, then applies the V-test. */
function vxTest(w: string, c: number): boolean {
  return c >= 1 && vTest(w, c - 1)
}

/** True when the text before `c` does not end in `ij` and its last character is a non-vowel. */
function cTest(w: string, c: number): boolean {
  if (endsInIj(w, c)) return false
  return c >= 1 && !vowelAt(w, c - 1)
}

/** True when the character at `i` is a vowel (false past the end). */
function vowelAt(w: string, i: number): boolean {
  return (classAt(w, i) & VOWEL_BIT) !== 0
}

/**
 * Finds the end of the next "vowel run then one character" from `i`, or -1 when the word
 * has no such run. A run is of vowels and `ij`s.
 */
function nextRegionStart(w: string, i: number): number {
  const n = w.length
  while (i < n && !vowelAt(w, i)) i++
  const runStart = i
  while (i < n) {
    const code = w.charCodeAt(i)
    if (code === 105 && w.charCodeAt(i + 1) === 106) i += 2
    // vowelAt, on the code already read for the ij test
    else if (code < 0x100 && (CLASS_CODES[code] & VOWEL_BIT) !== 0) i++
    else break
  }
  if (i === runStart || i >= n) return -1
  return i + 1
}

/** Computes p1 and p2. Both default to the word length; p1 is kept when p2 is not found. */
function computeRegions(state: State): void {
  const n = state.w.length
  const p1 = nextRegionStart(state.w, 0)
  state.p1 = p1 === -1 ? n : p1
  const p2 = p1 === -1 ? -1 : nextRegionStart(state.w, p1)
  state.p2 = p2 === -1 ? n : p2
}

/**
 * A step's suffixes grouped by the code of their last letter, longest first, so a lookup tries
 * only those that can match, each with the code of its letter before the last (-1 for a
 * suffix of one letter), which rules most of them out without a string comparison. Suffixes
 * are plain letters (codes below 128).
 */
type SuffixTable = readonly ({ readonly suffixes: readonly string[]; readonly before: readonly number[] } | undefined)[]

function suffixTable(suffixes: readonly string[]): SuffixTable {
  const byLast: (string[] | undefined)[] = new Array(128).fill(undefined)
  for (const suffix of suffixes) {
    const last = suffix.charCodeAt(suffix.length - 1)
    byLast[last] = [...(byLast[last] ?? []), suffix].sort((a, b) => b.length - a.length)
  }
  return byLast.map((group) => group && { suffixes: group, before: group.map((suffix) => (suffix.length < 2 ? -1 : suffix.charCodeAt(suffix.length - 2))) })
}

/** The longest suffix of the table that `w` ends with, or undefined. */
function longestSuffix(w: string, table: SuffixTable): string | undefined {
  const last = w.charCodeAt(w.length - 1)
  const group = last < 128 ? table[last] : undefined
  if (group === undefined) return undefined
  const before = w.charCodeAt(w.length - 2)
  const { suffixes } = group
  for (let i = 0; i < suffixes.length; i++) {
    const code = group.before[i]
    if ((code === -1 || code === before) && w.endsWith(suffixes[i])) return suffixes[i]
  }
  return undefined
}

/**
 * Restores a long vowel after a suffix is removed (`lop` → `loop`). Never fails. Exported for
 * the stem repairs that must know where Kraaij-Pohlmann doubles a vowel (`long-vowels.ts`).
 *
 * @param w - a word whose suffix was just removed
 * @returns the word with its last vowel doubled where the algorithm doubles it
 * @internal
 */
export function lengthenV(w: string): string {
  const n = w.length
  if (n < 2) return w
  const k = w.charCodeAt(n - 1)
  // A final vowel, w or x.
  if (vowelAt(w, n - 1) || k === 119 || k === 120) return w
  const b = n - 2
  const v = classAt(w, b)
  const duplicate = (): string => w.slice(0, b + 1) + w[b] + w.slice(b + 1)
  if ((v & AOU_BIT) !== 0) return b === 0 || (classAt(w, b - 1) & AEIOU_BIT) === 0 ? duplicate() : w
  if ((v & E_SHORT_BIT) !== 0) {
    const firstOrAfterConsonant = b === 0 || (classAt(w, b - 1) & AEIOU_BIT) === 0
    const x2 = classAt(w, b - 2)
    const x2Ok = b - 2 < 0 || ((x2 & AIOU_BIT) === 0 && !((x2 & E_BIT) !== 0 && b - 2 === 0))
    const x3Ok = !(b - 4 >= 0 && (classAt(w, b - 3) & AIOU_BIT) !== 0 && (classAt(w, b - 4) & AEIOU_BIT) === 0)
    return firstOrAfterConsonant && x2Ok && x3Ok ? duplicate() : w
  }
  // eë, ië before the last letter.
  if (w.charCodeAt(n - 2) === 0xeb) {
    const before = w.charCodeAt(n - 3)
    if (before === 101) return w.slice(0, n - 1) + 'e' + w[n - 1]
    if (before === 105) return w.slice(0, n - 3) + 'iee' + w[n - 1]
  }
  return w
}

const STEP1 = suffixTable(["'s", 's', 'ies', 'es', 'és', 'aus', 'en', 'nde'])

/** Step 1: inflectional endings. Returns true when it changed the word. */
function step1(s: State): boolean {
  const { w, p1 } = s
  const n = w.length
  const suffix = longestSuffix(w, STEP1)
  switch (suffix) {
    case "'s":
      s.w = w.slice(0, -2)
      return true
    case 's': {
      const i = n - 1
      if (i < p1 || (w[i - 1] === 't' && i - 1 >= p1) || !cTest(w, i)) return false
      s.w = w.slice(0, -1)
      return true
    }
    case 'ies':
      if (n - 3 < p1) return false
      s.w = w.slice(0, -1)
      return true
    case 'es': {
      const ar = n - 4
      if (w.endsWith('ares') && ar >= p1 && cTest(w, ar)) {
        s.w = lengthenV(w.slice(0, -2))
        return true
      }
      if (w.endsWith('eres') && ar >= p1 && cTest(w, ar)) {
        s.w = w.slice(0, -2)
        return true
      }
      if (n - 2 >= p1 && cTest(w, n - 2)) {
        s.w = w.slice(0, -1)
        return true
      }
      return false
    }
    case 'és':
      if (n - 2 < p1) return false
      s.w = w.slice(0, -1)
      return true
    case 'aus':
      if (n - 3 < p1 || !vTest(w, n - 3)) return false
      s.w = w.slice(0, -1)
      return true
    case 'en':
      return step1En(s)
    case 'nde':
      s.w = w.slice(0, -1)
      return true
    default:
      return false
  }
}

/** The ordered alternatives of Step 1 for a word ending in `en`. */
function step1En(s: State): boolean {
  const { w, p1 } = s
  const i = w.length - 2
  if (w.endsWith('heden') && i - 3 >= p1) {
    s.w = w.slice(0, -5) + 'heid'
    return true
  }
  if (w.endsWith('nden')) {
    s.w = w.slice(0, -2)
    return true
  }
  if (w[i - 1] === 'd' && i - 1 >= p1 && cTest(w, i - 1)) {
    s.w = w.slice(0, -3)
    return true
  }
  if ((w[i - 1] === 'i' || w[i - 1] === 'j') && vTest(w, i - 1)) {
    s.w = w.slice(0, -2)
    return true
  }
  if (i >= p1 && cTest(w, i)) {
    s.w = lengthenV(w.slice(0, -2))
    return true
  }
  return false
}

const STEP2 = suffixTable(['je', 'ge', 'lijke', 'ische', 'de', 'te', 'se', 're', 'le', 'ene', 'ieve'])

/** Step 2: e-endings and diminutives. */
function step2(s: State): boolean {
  const { w, p1 } = s
  const suffix = longestSuffix(w, STEP2)
  if (suffix === undefined) return false
  const start = w.length - suffix.length
  switch (suffix) {
    case 'je':
      return step2Je(s)
    case 'ge':
    case 'lijke':
    case 'ische':
    case 'te':
    case 'se':
    case 're':
      if (start < p1) return false
      s.w = w.slice(0, -1)
      return true
    case 'de':
      if (start < p1 || !cTest(w, start)) return false
      s.w = w.slice(0, -2)
      return true
    case 'le':
      if (start < p1) return false
      s.w = lengthenV(w.slice(0, -1))
      return true
    case 'ene':
      if (start < p1 || !cTest(w, start)) return false
      s.w = lengthenV(w.slice(0, -1))
      return true
    case 'ieve':
      if (start < p1 || !cTest(w, start)) return false
      s.w = w.slice(0, -2) + 'f'
      return true
    default:
      return false
  }
}

/** The ordered alternatives of Step 2 for a word ending in `je`. */
function step2Je(s: State): boolean {
  const { w, p1 } = s
  const len = w.length
  const cut = (count: number, add = ''): true => {
    s.w = w.slice(0, len - count) + add
    return true
  }
  if (w.endsWith("'tje")) return cut(4)
  if (w.endsWith('etje') && len - 4 >= p1 && cTest(w, len - 4)) return cut(4)
  if (w.endsWith('rntje')) return cut(3)
  if (w.endsWith('tje') && len - 3 >= p1 && vxTest(w, len - 3)) return cut(3)
  if (w.endsWith('inkje')) return cut(3, 'g')
  if (w.endsWith('mpje')) return cut(3)
  if (w.endsWith("'je") && len - 3 >= p1) return cut(3)
  if (len - 2 >= p1 && cTest(w, len - 2)) return cut(2)
  return false
}

const STEP3 = suffixTable(['atie', 'iteit', 'heid', 'sel', 'ster', 'rder', 'ing', 'isme', 'erij', 'arij', 'fie', 'gie', 'tst', 'dst'])

/** Step 3: derivational suffixes. */
function step3(s: State): boolean {
  const { w, p1, p2 } = s
  const suffix = longestSuffix(w, STEP3)
  if (suffix === undefined) return false
  const start = w.length - suffix.length
  const stem = w.slice(0, start)
  switch (suffix) {
    case 'atie':
      if (start < p1) return false
      s.w = stem + 'eer'
      return true
    case 'iteit':
      if (start < p1) return false
      s.w = lengthenV(stem)
      return true
    case 'heid':
    case 'sel':
    case 'ster':
      if (start < p1) return false
      s.w = stem
      return true
    case 'rder':
      s.w = stem + 'r'
      return true
    case 'ing':
    case 'isme':
    case 'erij':
      if (stem.endsWith('ild')) {
        s.w = stem + 'er'
        return true
      }
      if (start < p1) return false
      s.w = lengthenV(stem)
      return true
    case 'arij':
      if (start < p1 || !cTest(w, start)) return false
      s.w = stem + 'aar'
      return true
    case 'fie':
    case 'gie':
      if (start < p2) return false
      s.w = lengthenV(stem + suffix[0])
      return true
    case 'tst':
    case 'dst':
      if (start < p1 || !cTest(w, start)) return false
      s.w = stem + suffix[0]
      return true
    default:
      return false
  }
}

const STEP4A = suffixTable([
  'ioneel',
  'atief',
  'baar',
  'naar',
  'laar',
  'raar',
  'tant',
  'lijker',
  'lijkst',
  'achtig',
  'achtiger',
  'achtigst',
  'eriger',
  'erigst',
  'erig',
  'end',
])
const STEP4B = suffixTable(['iger', 'igst', 'ig'])

/** Step 4a: adjectival suffixes, first list. */
function step4a(s: State): boolean {
  const { w, p1 } = s
  const suffix = longestSuffix(w, STEP4A)
  if (suffix === undefined) return false
  const start = w.length - suffix.length
  if (start < p1) return false
  const stem = w.slice(0, start)
  switch (suffix) {
    case 'ioneel':
      s.w = stem + 'ie'
      return true
    case 'atief':
      s.w = stem + 'eer'
      return true
    case 'baar':
    case 'achtig':
    case 'achtiger':
    case 'achtigst':
      s.w = stem
      return true
    case 'naar':
    case 'laar':
    case 'raar':
      if (!vTest(w, start)) return false
      s.w = stem + suffix[0]
      return true
    case 'tant':
      s.w = stem + 'teer'
      return true
    case 'lijker':
    case 'lijkst':
      s.w = stem + 'lijk'
      return true
    default:
      // eriger, erigst, erig, end
      if (!cTest(w, start)) return false
      s.w = lengthenV(stem)
      return true
  }
}

/** Step 4b: `-iger`, `-igst`, `-ig`, tried when Step 4a did not fire. */
function step4b(s: State): boolean {
  const { w, p1 } = s
  const suffix = longestSuffix(w, STEP4B)
  if (suffix === undefined) return false
  const start = w.length - suffix.length
  const stem = w.slice(0, start)
  if (start < p1 || stem === 'inn' || !cTest(w, start)) return false
  s.w = lengthenV(stem)
  return true
}

/** True when at least 3 characters follow index `at` and they hold a vowel run followed by more. */
function geTailAllows(w: string, at: number): boolean {
  return w.length - at >= 3 && nextRegionStart(w, at) !== -1
}

/** Turns `ë`/`ï` at `i` into `e`/`i`. */
function repairDiaeresis(w: string, i: number): string {
  const ch = w[i]
  if (ch === 'ë') return w.slice(0, i) + 'e' + w.slice(i + 1)
  if (ch === 'ï') return w.slice(0, i) + 'i' + w.slice(i + 1)
  return w
}

/** Removes a `ge-` prefix. Returns true when it did. */
function removePrefixGe(s: State): boolean {
  const w = s.w
  if (!w.startsWith('ge') || !geTailAllows(w, 2)) return false
  const rest = w.slice(2)
  if (rest.startsWith('eft')) return false
  if (rest.startsWith('vali')) {
    s.w = repairDiaeresis(rest, 4)
    return true
  }
  if (rest.startsWith('val') || rest.startsWith('vaa') || rest.startsWith('vare')) return false
  s.w = repairDiaeresis(rest, 0)
  return true
}

/** Removes the first `ge` infix at index ≥ 1, when its tail allows (and `allow`, given what stands before it). */
function removeInfixGe(s: State, allow: ((before: string, after: string) => boolean) | undefined): boolean {
  const w = s.w
  const at = w.indexOf('ge', 1)
  if (at === -1 || !geTailAllows(w, at + 2) || (allow !== undefined && !allow(w.slice(0, at), w.slice(at + 2)))) return false
  s.w = repairDiaeresis(w.slice(0, at) + w.slice(at + 2), at)
  return true
}

/** What follows a `ge` removal: the regions of the new word, and Step 1c. */
function afterGeRemoval(s: State): void {
  computeRegions(s)
  step1c(s)
}

/** Step 1c: after a `ge` removal, drops a final `d` or `t` of a participle. */
function step1c(s: State): void {
  const { w, p1 } = s
  const last = w.length - 1
  const ch = w[last]
  if ((ch !== 'd' && ch !== 't') || last < p1 || !cTest(w, last)) return
  if (ch === 'd') {
    if (w[last - 1] === 'n' && last - 1 >= p1) return
    s.w = w === 'ind' ? 'inn' : w.slice(0, -1)
    return
  }
  if ((w[last - 1] === 'h' && last - 1 >= p1) || w === 'ent') return
  s.w = w.slice(0, -1)
}

/** Step 7: a final `kt`, `ft` or `pt` loses its `t`. */
function step7(s: State): boolean {
  const w = s.w
  const n = w.length
  if (n < 2 || w.charCodeAt(n - 1) !== 116) return false
  const before = w.charCodeAt(n - 2)
  // kt, ft, pt
  if (before !== 107 && before !== 102 && before !== 112) return false
  s.w = w.slice(0, -1)
  return true
}

/** Step 6: undouble a final consonant, or turn a final `v`/`z` into `f`/`s`. */
function step6(s: State): void {
  s.w = finalConsonant(s.w)
}

/**
 * Step 6 on its own: a final double consonant undoubled (except in `inn`), a final `v` or `z`
 * written `f` or `s`.
 *
 * @param w - a stem
 * @returns the stem as Step 6 leaves it
 * @example
 * ```ts
 * finalConsonant('wijz') // => 'wijs'
 * ```
 */
export function finalConsonant(w: string): string {
  const n = w.length
  const last = w.charCodeAt(n - 1)
  if (n >= 2 && last === w.charCodeAt(n - 2) && DOUBLES.has(w.slice(-2))) return w === 'inn' ? w : w.slice(0, -1)
  if (w.endsWith('v')) return w.slice(0, -1) + 'f'
  if (w.endsWith('z')) return w.slice(0, -1) + 's'
  return w
}

/**
 * Stems one lowercase NFC Dutch word with Kraaij-Pohlmann (Snowball 3.x `dutch`).
 *
 * @param word - a single lowercase word in NFC; it is not folded or normalised here
 * @returns the stem; accents survive (`cafés` → `café`)
 * @example
 * ```ts
 * stemKraaijPohlmann('lopen') // => 'loop'
 * stemKraaijPohlmann('mogelijkheden') // => 'molijk'
 * ```
 */
export function stemKraaijPohlmann(word: string): string {
  return stemKraaijPohlmannWith(word, NO_OPTIONS)
}

const NO_OPTIONS: KraaijPohlmannOptions = Object.freeze({})

/** Options of {@link stemKraaijPohlmannWith}; without any, it is Snowball's algorithm. */
export interface KraaijPohlmannOptions {
  /**
   * Whether to remove the `ge` infix between `before` and `after` (the word's letters before
   * and after it). Snowball always does, also where `ge` is no infix: `mogelijk` → `molijk`,
   * `begeleiding` → `beleid`.
   */
  readonly infixGe?: (before: string, after: string) => boolean
}

/**
 * {@link stemKraaijPohlmann} with a decision of zoek's analyzer put in: see
 * {@link KraaijPohlmannOptions}.
 *
 * @param word - a single lowercase word in NFC
 * @param options - the decisions to change
 * @returns the stem
 * @example
 * ```ts
 * stemKraaijPohlmannWith('begeleiding', { infixGe: (before) => before === 'op' }) // => 'begeleid'
 * ```
 */
export function stemKraaijPohlmannWith(word: string, options: KraaijPohlmannOptions): string {
  const s: State = { w: word, p1: word.length, p2: word.length }
  computeRegions(s)
  let stemmed = false
  if (step1(s)) stemmed = true
  if (step2(s)) stemmed = true
  if (step3(s)) stemmed = true
  if (step4a(s) || step4b(s)) stemmed = true
  // The prefix, then the infix; after each removal, new regions and Step 1c.
  if (removePrefixGe(s)) {
    afterGeRemoval(s)
    stemmed = true
  }
  if (removeInfixGe(s, options.infixGe)) {
    afterGeRemoval(s)
    stemmed = true
  }
  if (step7(s)) stemmed = true
  if (stemmed) step6(s)
  return s.w
}
