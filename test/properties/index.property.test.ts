import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createIndex,
  loadIndex,
  parseQuery,
  QuerySyntaxError,
  ZoekError,
  type DocumentInput,
  type SearchHit,
  type SearchResults,
  type SentenceIndex,
} from '../../src/index.js'
import { checksumOf } from '../../src/search/format/common.js'
import { checkProperty, searchQuery, searchWord, smallText, text } from './arbitraries.js'

const QUERIES = ['stad', 'kinderen', '"zieke kind"', 'de', 'migrant burgemeester', 'N-VA', '1994', 'va']

/** Results in a form that ignores the order of equal scores. */
function results(index: SentenceIndex): string[][] {
  const key = (hit: SearchHit) => `${hit.score.toFixed(9)} ${JSON.stringify(hit.documentId)} ${hit.index} ${JSON.stringify(hit.highlights)}`
  return QUERIES.map((q) => index.search(q, { limit: 1000 }).map(key).sort())
}

type Op =
  | { readonly kind: 'add'; readonly id: number; readonly text: string }
  | { readonly kind: 'addAll'; readonly docs: readonly { id: number; text: string }[] }
  | { readonly kind: 'remove'; readonly id: number }
  | { readonly kind: 'replace'; readonly id: number; readonly text: string }
  | { readonly kind: 'bad'; readonly doc: unknown }

const id = fc.integer({ min: 0, max: 6 })
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id, text: smallText }),
  fc.record({ kind: fc.constant('addAll' as const), docs: fc.array(fc.record({ id, text: smallText }), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('remove' as const), id }),
  fc.record({ kind: fc.constant('replace' as const), id, text: smallText }),
  fc.record({
    kind: fc.constant('bad' as const),
    doc: fc.constantFrom(null, { id: 1 }, { id: {}, text: 'x' }, { id: 1, text: 5 }, { id: 1, text: 'x', m: () => 1 }, { id: Number.NaN, text: 'x' }),
  }),
)

/** Applies one operation to the index and to a model of its documents; returns false when it failed. */
function apply(index: SentenceIndex, model: Map<number, string>, operation: Op): boolean {
  const before = JSON.stringify(index)
  try {
    switch (operation.kind) {
      case 'add':
        index.add({ id: operation.id, text: operation.text })
        model.set(operation.id, operation.text)
        break
      case 'addAll':
        index.addAll(operation.docs)
        for (const doc of operation.docs) model.set(doc.id, doc.text)
        break
      case 'remove':
        index.remove(operation.id)
        model.delete(operation.id)
        break
      case 'replace':
        index.replace({ id: operation.id, text: operation.text })
        model.delete(operation.id)
        model.set(operation.id, operation.text)
        break
      case 'bad':
        index.add(operation.doc as DocumentInput)
        break
    }
    return true
  } catch (error) {
    // A failing operation throws a typed error and changes nothing.
    expect(error).toBeInstanceOf(ZoekError)
    expect(JSON.stringify(index)).toBe(before)
    return false
  }
}

describe('index lifecycle', () => {
  it('after any sequence of add, addAll, remove and replace, searches like an index built from scratch', () => {
    checkProperty('index lifecycle vs rebuild', fc.array(op, { maxLength: 12 }), (operations) => {
      const index = createIndex()
      const model = new Map<number, string>()
      for (const operation of operations) apply(index, model, operation)
      const scratch = createIndex()
      scratch.addAll([...model].map(([docId, docText]) => ({ id: docId, text: docText })))
      expect(index.documentCount).toBe(model.size)
      expect(results(index)).toEqual(results(scratch))
    })
  })
})

describe('queries', () => {
  const index = createIndex()
  index.add({ id: 1, text: 'De stad en de kinderen. Het zieke kind van de stad. De N-VA won in 1994.' })

  const syntax = fc
    .array(
      fc.constantFrom(
        'kind',
        'stad',
        '"',
        '(',
        ')',
        '+',
        '-',
        'OR',
        '*',
        '~',
        '~2',
        '\\',
        ':',
        'role:',
        'speaker:',
        'document:',
        'foo:',
        ' ',
        '  ',
        '"zieke kind"~1',
        'kinder*',
        '🙂',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''))

  it('give the page of the whole ranking: the heap of the best results agrees with sorting them all', () => {
    // A filter that takes every hit sends a search down the path that ranks every result and sorts them.
    const page = (hits: SearchResults) => [hits.map((hit) => [hit.id, hit.score, hit.explain?.contextScore]), hits.total]
    // Paragraphs of several sentences, so that context ranks.
    const sentence = fc.array(searchWord, { minLength: 1, maxLength: 5 }).map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`)
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '))
    const doc = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.join('\n\n'))
    checkProperty(
      'heap page = sorted page',
      fc.record({
        docs: fc.array(doc, { minLength: 1, maxLength: 6 }),
        query: searchQuery,
        limit: fc.integer({ min: 0, max: 6 }),
        offset: fc.integer({ min: 0, max: 4 }),
        explain: fc.boolean(),
      }),
      ({ docs, query, limit, offset, explain }) => {
        const index = createIndex()
        index.addAll(docs.map((text, id) => ({ id, text })))
        const options = { limit, offset, explain }
        expect(page(index.search(query, options))).toEqual(page(index.search(query, { ...options, filter: () => true })))
      },
      300,
    )
  })

  it('in strict mode throw nothing but QuerySyntaxError', () => {
    checkProperty('strict queries', fc.oneof(syntax, text), (query) => {
      try {
        expect(Array.isArray(index.search(query, { strict: true }))).toBe(true)
      } catch (error) {
        expect(error).toBeInstanceOf(QuerySyntaxError)
        const { start, end } = error as QuerySyntaxError
        expect(0 <= start && start <= end && end <= query.length).toBe(true)
      }
    })
  })

  it('never throw on any string: they return an array', () => {
    checkProperty('lenient queries', fc.oneof(syntax, text, fc.string({ unit: 'binary' })), (query) => {
      expect(Array.isArray(index.search(query))).toBe(true)
      expect(parseQuery(query).type).toBe('or')
    })
  })
})

const metadata = fc.dictionary(
  fc.string().filter((k) => k !== 'id' && k !== 'text'),
  fc.jsonValue(),
  { maxKeys: 4 },
)
const documents = fc.uniqueArray(fc.record({ id: fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), text: smallText, metadata }), {
  selector: (d) => d.id,
  maxLength: 5,
})

function build(docs: readonly { id: number | string; text: string; metadata: Record<string, unknown> }[]): SentenceIndex {
  const index = createIndex()
  index.addAll(docs.map((d) => ({ ...(d.metadata as object), id: d.id, text: d.text }) as DocumentInput))
  return index
}

describe('serialisation', () => {
  it('round-trips any documents and JSON metadata to identical results', () => {
    checkProperty('toJSON → loadIndex round trip', documents, (docs) => {
      const index = build(docs)
      const json = JSON.stringify(index)
      const loaded = loadIndex(json)
      expect(JSON.stringify(loaded)).toBe(json)
      expect(JSON.stringify(QUERIES.map((q) => loaded.search(q)))).toBe(JSON.stringify(QUERIES.map((q) => index.search(q))))
      // Typing, suggestions and explanations read the loaded vocabulary and rows.
      const typed = (target: SentenceIndex) =>
        JSON.stringify(['st', 'kin', 'migr', 'burgemeestr'].map((q) => [target.search(q, { asYouType: true, explain: true }), target.suggest(q)]))
      expect(typed(loaded)).toBe(typed(index))
    })
  })

  it('lets a loaded index change like the one it was saved from', () => {
    // A loaded index answers from the saved columns until its first change (restore-minisearch.ts).
    checkProperty('load, then add and remove', documents, (docs) => {
      const index = build(docs)
      const loaded = loadIndex(JSON.stringify(index))
      for (const target of [index, loaded]) {
        target.add({ id: 'extra', text: 'Het zieke kind woont in de stad. Een nieuwe zin.' })
        if (docs.length > 0) target.remove(docs[0].id)
      }
      expect(JSON.stringify(QUERIES.map((q) => loaded.search(q)))).toBe(JSON.stringify(QUERIES.map((q) => index.search(q))))
      expect(JSON.stringify(loaded)).toBe(JSON.stringify(index))
    })
  })

  const original = build([
    { id: 'a', text: 'De stad en de kinderen. Het zieke kind.', metadata: { year: 2019, tags: ['x'] } },
    { id: 2, text: 'De N-VA won in 1994.', metadata: {} },
  ])
  const json = JSON.stringify(original)

  const corruption = fc.oneof(
    fc.nat(json.length - 1).map((at) => json.slice(0, at)),
    fc.tuple(fc.nat(json.length - 1), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })).map(([at, ch]) => json.slice(0, at) + ch + json.slice(at + 1)),
    fc
      .tuple(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<unknown>(undefined, null, 0, -1, 1e308, 2 ** 53 + 1, '', 'x', [], {}, true, { polluted: true }),
      )
      .map(([path, value]) => JSON.stringify(setAtPath(JSON.parse(json), path, value))),
    fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([path, key]) => injectKey(json, path, key)),
  )

  it('rejects every corruption with a typed error, or loads an exactly equal index, and never pollutes Object.prototype', () => {
    checkProperty('corrupt index', corruption, (input) => {
      let loaded: SentenceIndex | undefined
      try {
        loaded = loadIndex(input)
      } catch (error) {
        expect(error).toBeInstanceOf(ZoekError)
      }
      if (loaded !== undefined) expect(JSON.stringify(loaded)).toBe(json)
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
    })
  })
})

describe('crafted indexes', () => {
  const json = JSON.stringify(
    build([
      { id: 'a', text: 'De stad en de kinderen. Het zieke kind.', metadata: { year: 2019 } },
      { id: 2, text: 'De N-VA won in 1994.', metadata: {} },
    ]),
  )
  const crafted = fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
      fc.constantFrom<unknown>(undefined, null, 0, -1, 0.5, 1e308, 2 ** 53 + 1, '', 'x', [], [0], {}, { 0: 1 }, true),
    )
    .map(([path, value]) => {
      const envelope = setAtPath(JSON.parse(json), path, value) as Record<string, unknown>
      return { ...envelope, checksum: checksumOf(envelope as never) }
    })

  it('with a valid checksum but changed contents load or fail with a typed error, and never break search', () => {
    checkProperty('crafted index', crafted, (input) => {
      let loaded: SentenceIndex | undefined
      try {
        loaded = loadIndex(input as never)
      } catch (error) {
        expect(error).toBeInstanceOf(ZoekError)
      }
      if (loaded !== undefined) for (const q of QUERIES) expect(Array.isArray(loaded.search(q))).toBe(true)
    })
  })
})

/** Replaces the value at a path of indexes into the keys at each level; `undefined` deletes it. */
function setAtPath(root: unknown, path: readonly number[], value: unknown): unknown {
  let node = root as Record<string, unknown>
  for (let depth = 0; depth < path.length; depth++) {
    const keys = Object.keys(node)
    if (keys.length === 0) break
    const key = keys[path[depth] % keys.length]
    const child = node[key]
    if (depth === path.length - 1 || typeof child !== 'object' || child === null) {
      if (value === undefined) delete node[key]
      else node[key] = value
      break
    }
    node = child as Record<string, unknown>
  }
  return root
}

/** Adds a `__proto__`-like key, as raw JSON text, to an object found along the path. */
function injectKey(source: string, path: readonly number[], key: string): string {
  const root = JSON.parse(source) as Record<string, unknown>
  let node = root
  for (const step of path) {
    const objects = Object.values(node).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v))
    if (objects.length === 0) break
    node = objects[step % objects.length]
  }
  const marker = '"__zoek_marker__":1'
  node.__zoek_marker__ = 1
  return JSON.stringify(root).replace(marker, `"${key}":{"polluted":true,"prototype":{"polluted":true}}`)
}
