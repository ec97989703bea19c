import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, createIndex, normalizeWord, segment, type QueryNode, type Token } from '../../src/index.js'
import { checkProperty } from './arbitraries.js'

// A brute-force oracle for search: it evaluates a query tree on every sentence, written
// here from the documented semantics, independently of the index's candidate queries.

const WORDS = ['de', 'stad', 'steden', 'kind', 'kinderen', 'zieke', 'ziek', 'migranten', 'migrant', 'raad', 'N-VA', '1994', 'en']
const docText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ' ', '. ', '? ')), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(''))
const docs = fc.uniqueArray(fc.record({ id: fc.integer({ min: 0, max: 9 }), text: docText }), { selector: (d) => d.id, minLength: 1, maxLength: 5 })

const leaf: fc.Arbitrary<QueryNode> = fc.oneof(
  fc.constantFrom(...WORDS, '!!').map((text) => ({ type: 'term' as const, text, start: 0, end: 0 })),
  fc
    .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.nat(3))
    .map(([words, slop]) => ({ type: 'phrase' as const, text: words.join(' '), slop, start: 0, end: 0 })),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 4 }))
    .map(([word, k]) => ({ type: 'prefix' as const, text: word.slice(0, k), start: 0, end: 0 })),
  fc.integer({ min: 0, max: 9 }).map((id) => ({ type: 'field' as const, field: 'document' as const, value: String(id), start: 0, end: 0 })),
)
const tree: fc.Arbitrary<QueryNode> = fc
  .letrec<{ node: QueryNode }>((tie) => ({
    node: fc.oneof(
      { arbitrary: leaf, weight: 4 },
      { arbitrary: tie('node').map((child) => ({ type: 'required' as const, child, start: 0, end: 0 })), weight: 1 },
      {
        arbitrary: fc.integer({ min: 0, max: 9 }).map((id) => ({
          type: 'required' as const,
          child: { type: 'field' as const, field: 'document' as const, value: String(id), start: 0, end: 0 },
          start: 0,
          end: 0,
        })),
        weight: 1,
      },
      { arbitrary: tie('node').map((child) => ({ type: 'not' as const, child, start: 0, end: 0 })), weight: 1 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(tie('node'), { minLength: 1, maxLength: 4 }))
          .map(([type, children]) => ({ type, children, start: 0, end: 0 })),
        weight: 2,
      },
    ),
  }))
  .node.map((node) => ({ type: 'or' as const, children: [node], start: 0, end: 0 }))

interface Sentence {
  readonly key: string
  readonly documentId: number
  readonly tokens: readonly Token[]
}

/** An exclusion, also when it is wrapped in a requirement. */
const isExclusion = (node: QueryNode): boolean => node.type === 'not' || (node.type === 'required' && isExclusion(node.child))

/** undefined: the node has nothing to search for and is left out of its parent. */
function evaluate(node: QueryNode, s: Sentence, vocabulary: readonly string[]): boolean | undefined {
  // A query word stands for itself, not for its compound parts or the parts of a hyphenated word.
  const terms = (text: string) =>
    analyze(text)
      .filter((t) => t.kind === 'word' || t.kind === 'number')
      .map((t) => t.term)
  switch (node.type) {
    case 'term': {
      const wanted = terms(node.text)
      return wanted.length === 0 ? undefined : s.tokens.some((t) => wanted.includes(t.term))
    }
    case 'phrase': {
      const phrase = analyze(node.text)
        .filter((t) => t.kind !== 'part' && t.kind !== 'compound-part')
        .map((t) => t.term)
      if (phrase.length === 0) return undefined
      const slop = node.slop ?? 0
      const choose = (i: number, used: number[]): boolean => {
        if (i === phrase.length) {
          const offsets = used.map((p, j) => p - j)
          return Math.max(...offsets) - Math.min(...offsets) <= slop
        }
        return s.tokens.some((t) => t.term === phrase[i] && !used.includes(t.position) && choose(i + 1, [...used, t.position]))
      }
      return choose(0, [])
    }
    case 'prefix': {
      const prefix = normalizeWord(node.text)
      // Each vocabulary word expands to its own term (not its hyphen parts').
      const wanted = vocabulary.filter((word) => word.startsWith(prefix)).map((word) => analyze(word)[0].term)
      return s.tokens.some((t) => wanted.includes(t.term))
    }
    case 'fuzzy':
      throw new Error('not generated')
    case 'field':
      return String(s.documentId) === node.value
    case 'required':
      return evaluate(node.child, s, vocabulary)
    case 'not': {
      const value = evaluate(node.child, s, vocabulary)
      return value === undefined ? undefined : !value
    }
    case 'and':
    case 'or': {
      // Documented semantics: exclusions only exclude; a group needs a positive child.
      const parts = node.children.map((child) => ({ child, value: evaluate(child, s, vocabulary) })).filter((part) => part.value !== undefined)
      if (parts.length === 0) return undefined
      // A required filter restricts like an exclusion, without making the other children optional.
      const isFilter = (child: QueryNode) => node.type === 'or' && child.type === 'required' && child.child.type === 'field'
      const restrictions = parts.filter((part) => isExclusion(part.child) || isFilter(part.child))
      const positives = parts.filter((part) => !isExclusion(part.child) && !isFilter(part.child))
      if (!restrictions.every((part) => part.value)) return false
      if (positives.length === 0) return restrictions.some((part) => isFilter(part.child))
      if (node.type === 'and') return positives.every((part) => part.value)
      const required = positives.filter((part) => part.child.type === 'required')
      if (required.length > 0) return required.every((part) => part.value)
      return positives.some((part) => part.value)
    }
  }
}

/** True when the tree has a word or phrase, or a filter not under an exclusion. */
function searchable(node: QueryNode): boolean {
  if (node.type === 'not') return false
  if (node.type === 'required') return searchable(node.child)
  if (node.type === 'and' || node.type === 'or') return node.children.some(searchable)
  return node.type !== 'term' || analyze(node.text).some((t) => t.kind !== 'compound-part')
}

describe('search against a brute-force oracle', () => {
  it('returns exactly the sentences that the query tree matches', () => {
    checkProperty('search vs brute force', fc.tuple(docs, tree), ([documents, query]) => {
      const index = createIndex()
      index.addAll(documents)
      const sentences: Sentence[] = documents.flatMap((doc) =>
        segment(doc.text).map((s) => ({ key: `${doc.id}#${s.index}`, documentId: doc.id, tokens: analyze(s.text) })),
      )
      const vocabulary = [...new Set(sentences.flatMap((s) => s.tokens.map((t) => normalizeWord(t.surface))))]
      const expected =
        searchable(query) && !isExclusion(query)
          ? sentences
              .filter((s) => evaluate(query, s, vocabulary) === true)
              .map((s) => s.key)
              .sort()
          : []
      // The oracle does not model the typo fallback (it has its own tests).
      const found = index
        .search(query, { limit: 10_000, typoFallback: false })
        .map((hit) => hit.id)
        .sort()
      expect(found).toEqual(expected)
    })
  })
})
