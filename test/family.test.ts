import { describe, expect, it } from 'vitest'
import { familyBase, isOfFamily } from '../src/search/family.js'

describe('the derivational family of a query word (expand)', () => {
  it('takes the longest derivational ending off, leaving four letters or more', () => {
    const bases: Record<string, string> = {
      islamitisch: 'islam',
      islamitische: 'islam',
      democratie: 'democr',
      democratisch: 'democr',
      democraten: 'democr',
      kwetsbaarheid: 'kwetsbaar',
      mechelaars: 'mechel',
      // rac is too short a base for racistisch: the -isch alone comes off.
      racistisch: 'racist',
      // Too short a base: the word is its own.
      racisme: 'racisme',
      woning: 'woning',
      // No ending: the word itself.
      islam: 'islam',
      gezin: 'gezin',
    }
    for (const [word, base] of Object.entries(bases)) expect(familyBase(word), word).toBe(base)
  })

  it('counts the base and the base with a derivational ending, not any word that begins with it', () => {
    for (const word of ['islam', 'islamitisch', 'islamitische', 'islamist', 'islamisten']) expect(isOfFamily('islam', word), word).toBe(true)
    for (const word of ['democraten', 'democratie', 'democratische', 'democraat']) expect(isOfFamily('democr', word), word).toBe(true)
    for (const word of ['polariseren', 'polariseert', 'polariseerde', 'polariserend']) expect(isOfFamily('polaris', word), word).toBe(true)
    for (const word of ['islamabad', 'islamkenner']) expect(isOfFamily('islam', word), word).toBe(false)
  })
})
