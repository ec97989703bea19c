import { describe, expect, it } from 'vitest'
import { LexiconTrie } from '../src/analysis/lexicon-trie.js'

/** A trie of hand-made forms, front-coded against the form before each, as the lexicon is. */
function trieOf(forms: readonly [string, number][]): LexiconTrie {
  const letters = forms.reduce((sum, [form]) => sum + form.length, 0)
  return LexiconTrie.fromSorted(letters + 1, (add) => {
    let previous = ''
    for (const [form, mask] of forms) {
      let shared = 0
      while (shared < form.length && form[shared] === previous[shared]) shared++
      add(shared, form.slice(shared), mask)
      previous = form
    }
  })
}

const FORMS: [string, number][] = [
  ['kat', 8],
  ['katten', 9],
  ['kop', 2],
  ['kopje', 3],
  ['raad', 10],
  ['raadhuis', 12],
  ['zaal', 8],
]

describe('LexiconTrie', () => {
  it('gives each form its mask and 0 to beginnings, extensions and other words', () => {
    const trie = trieOf(FORMS)
    for (const [form, mask] of FORMS) expect(trie.maskOf(form)).toBe(mask)
    for (const form of ['', 'k', 'ka', 'katte', 'kattenluik', 'raadh', 'zalen', 'huis', 'Kat', 'kät']) expect(trie.maskOf(form)).toBe(0)
  })

  it('reads the masks of every piece that begins at a letter in one row', () => {
    const trie = trieOf(FORMS)
    const word = 'deraadhuiskat'
    const width = word.length + 1
    const masks = new Uint16Array(width * width).fill(7)
    for (let start = 0; start < word.length; start++) trie.masksFrom(word, start, masks, start * width)
    for (let start = 0; start < word.length; start++) {
      for (let end = start + 1; end <= word.length; end++) {
        expect(masks[start * width + end], word.slice(start, end)).toBe(trie.maskOf(word.slice(start, end)))
      }
    }
    expect(masks[2 * width + 6]).toBe(10) // raad
    expect(masks[2 * width + 10]).toBe(12) // raadhuis
    expect(masks[10 * width + 13]).toBe(8) // kat
  })

  it('joins a form to the letters it shares even when the count given is too small', () => {
    const trie = LexiconTrie.fromSorted(32, (add) => {
      add(0, 'kat', 8)
      add(1, 'atten', 9) // shares "kat", but says 1
      add(0, 'kop', 2)
    })
    expect(trie.maskOf('kat')).toBe(8)
    expect(trie.maskOf('katten')).toBe(9)
    expect(trie.maskOf('kop')).toBe(2)
  })

  it('keeps the later mask of a form given twice, as a map would', () => {
    const trie = LexiconTrie.fromSorted(8, (add) => {
      add(0, 'kat', 8)
      add(3, '', 2)
    })
    expect(trie.maskOf('kat')).toBe(2)
  })

  it('throws a RangeError for forms out of order, letters outside a–z, and too small a capacity', () => {
    expect(() =>
      LexiconTrie.fromSorted(16, (add) => {
        add(0, 'kop', 2)
        add(1, 'at', 8)
      }),
    ).toThrow(RangeError)
    expect(() => LexiconTrie.fromSorted(16, (add) => add(0, 'kät', 8))).toThrow(RangeError)
    expect(() => LexiconTrie.fromSorted(3, (add) => add(0, 'kat', 8))).toThrow(RangeError)
  })
})
