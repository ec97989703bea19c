import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { interviewSynonyms, loadInterview } from '../src/entries/interview.js'
import { openStaticIndex, type StaticIndex } from '../src/entries/static.js'
import {
  AnalyzerMismatchError,
  createIndex,
  IndexFormatError,
  InvalidDocumentError,
  InvalidOptionError,
  loadIndex,
  segmentInterview,
  StaticLoadError,
  staticFiles,
  writeStaticIndex,
  writeStaticIndexFrom,
  DuplicateIdError,
  type DocumentInput,
  type SentenceIndex,
} from '../src/index.js'
import { expectSameSearch, PARITY_OPTIONS as OPTIONS, PARITY_QUERIES as QUERIES, readFixture, tempDir } from './helpers.js'
import { decodeCounts, decodeEnd, encodeCounts, encodeEnd } from '../src/search/format/static.js'

/** Shards of a few dozen characters, so that even the small fixtures make many of them. */
const SMALL = { layout: { termBytes: 200, wordBytes: 120, blockBytes: 300 } }

/** A reader of files kept in memory, which counts what it reads. */
function memoryReader(files: readonly { name: string; text: string }[]) {
  const byName = new Map(files.map((file) => [file.name, file.text]))
  const read: string[] = []
  return {
    read,
    reader: async (name: string) => {
      const text = byName.get(name)
      if (text === undefined) throw new Error(`no file ${name}`)
      read.push(name)
      return text
    },
  }
}

const news = readFixture('ud-dutch/nieuws.txt')

describe('a static index searches like the index it was written from', () => {
  let full: SentenceIndex
  let files: ReturnType<typeof staticFiles>
  beforeAll(() => {
    full = createIndex()
    // Paragraphs of the news fixture as documents of several sentences, so that context ranks.
    full.addAll(news.split(/\n\s*\n/).map((text, i) => ({ id: `nieuws-${i}`, text, n: i })))
    files = staticFiles(full, SMALL)
  })

  it('cuts the index into many shards and opens with the manifest alone', async () => {
    expect(files[0].name).toBe('zoek-static.json')
    expect(files.length).toBeGreaterThan(50)
    const { reader, read } = memoryReader(files)
    const index = await openStaticIndex(reader)
    expect(read).toEqual(['zoek-static.json'])
    expect(index.documentCount).toBe(full.documentCount)
    expect(index.sentenceCount).toBe(full.sentenceCount)
  })

  it('gives the same hits, order, highlights and total for every query and option', async () => {
    const { reader } = memoryReader(files)
    const index = await openStaticIndex(reader)
    for (const query of QUERIES) {
      for (const options of OPTIONS) {
        await expectSameSearch(index, full, query, options)
      }
      expect(await index.suggest(query.slice(0, 2))).toEqual(full.suggest(query.slice(0, 2)))
    }
  })

  it('gives the same results from a fresh index for each query (nothing depends on what an earlier query loaded)', async () => {
    for (const query of QUERIES.filter((_, i) => i % 4 === 0)) {
      const index = await openStaticIndex(memoryReader(files).reader)
      await expectSameSearch(index, full, query, { expand: true })
    }
  })

  it('answers searches that run at once (a search box fires one per key) each as the full index does, fetching each shard once', async () => {
    const { reader, read } = memoryReader(files)
    const index = await openStaticIndex(reader)
    const queries = QUERIES.slice(0, 40)
    const all = await Promise.all(queries.map((query) => index.search(query, { asYouType: true })))
    for (const [i, hits] of all.entries()) expect(JSON.stringify(hits), queries[i]).toBe(JSON.stringify(full.search(queries[i], { asYouType: true })))
    expect(new Set(read).size).toBe(read.length)
  })

  it('reads only some shards for a word, and nothing more for the same query again', async () => {
    const { reader, read } = memoryReader(files)
    const index = await openStaticIndex(reader)
    const hits = await index.search('regering')
    expect(hits.length).toBeGreaterThan(0)
    const kinds = new Set(read.map((name) => name.split('-')[0]))
    // A plain word needs no words shard: the splits of words are in their term's shard.
    expect([...kinds].sort()).toEqual(['docs', 'terms', 'zoek'])
    expect(read.length).toBeLessThan(files.length / 4)
    const requests = index.requests
    const bytes = index.bytesFetched
    expect(requests).toBe(read.length)
    expect(bytes).toBeGreaterThan(0)
    await index.search('regering')
    expect(index.requests).toBe(requests)
    expect(index.bytesFetched).toBe(bytes)
  })
})

describe('the fallbacks for a word the index lacks', () => {
  it('joins two words of which the index lacks one as the index it was written from does, with every shard apart', async () => {
    // Found by the property test (static.property.test.ts): stad is no term here, and a word
    // looks absent until its shard is loaded, so the join waits for all the words.
    const full = createIndex()
    full.addAll(['ziekestadde', 'zieke de', 'de'].map((text, id) => ({ id, text })))
    const files = new Map(staticFiles(full, { layout: { termBytes: 1, wordBytes: 1, blockBytes: 1 } }).map((file) => [file.name, file.text]))
    const index = await openStaticIndex(async (name) => files.get(name) as string)
    for (const query of ['zieke OR stad', 'zieke stad', 'ziekestad', 'stadde']) {
      expect(JSON.stringify(await index.search(query)), query).toBe(JSON.stringify(full.search(query)))
    }
    expect(full.search('zieke stad').map((hit) => hit.text)).toContain('ziekestadde')
  })
})

describe('compounds across shards', () => {
  it('analyses a compound in every block as indexed, also after a query analysed it before its split was loaded', async () => {
    const full = createIndex()
    full.addAll(Array.from({ length: 40 }, (_, i) => ({ id: i, text: i % 2 === 0 ? 'Een tabel met de draaitabel.' : 'De draaitabel is klaar.' })))
    const expected = full.search('"de tabel"', { limit: 40 })
    expect(expected.length).toBe(40)
    const files = staticFiles(full, SMALL)
    // Fresh: the phrase matches through the split of draaitabel in each block.
    await expectSameSearch(await openStaticIndex(memoryReader(files).reader), full, '"de tabel"', { limit: 40 })
    // The compound asked first, as a query word, then the phrase.
    const index = await openStaticIndex(memoryReader(files).reader)
    await expectSameSearch(index, full, 'draaitabel')
    await expectSameSearch(index, full, '"de tabel"', { limit: 40 })
  })

  it('checks a hit with the splits of its words that a query term is a part of, also a term it only excludes', async () => {
    const full = createIndex()
    // One term per shard: the splits of kinderarmoede and draaitabel, whose own terms no query
    // here asks for, can only come with the shards of their parts.
    const texts = [
      'De kinderarmoede daalt.',
      'Het aantal daalt.',
      'De armoede daalt.',
      'Het kind speelt met de draaitabel.',
      'Het kind speelt.',
      'Mensen wonen graag in Utrecht, Venlo of Zwolle.',
      'Oude molens staan naast nieuwe bruggen.',
    ]
    full.addAll(texts.map((text, id) => ({ id, text })))
    expect(full.search('daalt -"de armoede"').map((hit) => hit.documentId)).toEqual([1])
    expect(full.search('speelt -"de tabel"').map((hit) => hit.documentId)).toEqual([4])
    const files = staticFiles(full, { layout: { ...SMALL.layout, termBytes: 1 } })
    for (const query of ['daalt -"de armoede"', 'speelt -"de tabel"', 'armoede', 'tabel']) {
      await expectSameSearch(await openStaticIndex(memoryReader(files).reader), full, query)
    }
  })
})

describe('sentence bounds in a block', () => {
  it('writes a sentence that ends after a full stop as the number of such places it passes, others by length', () => {
    const text = 'Dr. Jansen komt. Hij zei: "ja." En toen niets'
    expect(encodeEnd(text, 0, 16)).toBe(2) // passes "Dr." and ends after "komt."
    expect(encodeEnd(text, 17, 31)).toBe(2) // passes "zei:" and ends after the closing quote
    expect(encodeEnd(text, 32, 36)).toBe(9) // "En t": no place to end, so 2 × 4 + 1
    for (const [start, end] of [
      [0, 16],
      [17, 31],
      [32, 36],
      [4, 45],
    ])
      expect(decodeEnd(text, start, encodeEnd(text, start, end))).toBe(end)
    expect(decodeEnd(text, 0, 40)).toBe(-1)
    expect(decodeEnd(text, 40, 21)).toBe(-1)
  })

  it('reads back every sentence of the interview and of the news fixture', () => {
    const paragraphs = createIndex()
    paragraphs.addAll(news.split(/\n\s*\n/).map((text, i) => ({ id: i, text })))
    let checked = 0
    for (const index of [loadInterview(), paragraphs]) {
      for (const [id, text] of index.toJSON().documents) {
        for (const { start, end } of index.sentences(id)) {
          expect(decodeEnd(text, start, encodeEnd(text, start, end))).toBe(end)
          checked++
        }
      }
    }
    expect(checked).toBe(loadInterview().sentenceCount + paragraphs.sentenceCount)
  })
})

describe('totals', () => {
  it('a phrase gives its page without loading every candidate, an upper bound as total, and count loads the rest', async () => {
    const full = createIndex()
    full.addAll(Array.from({ length: 60 }, (_, i) => ({ id: i, text: i % 3 === 0 ? 'De tabel staat klaar.' : 'Een tabel met de rijen.' })))
    const files = staticFiles(full, SMALL)
    const { reader, read } = memoryReader(files)
    const index = await openStaticIndex(reader)
    const hits = await index.search('"de tabel"', { limit: 3 })
    expect(JSON.stringify(hits)).toBe(JSON.stringify(full.search('"de tabel"', { limit: 3 })))
    expect(hits.totalExact).toBe(false)
    // The 20 sentences with the phrase, and at most the 40 candidates that were not checked.
    expect(hits.total).toBeGreaterThan(20)
    expect(hits.total).toBeLessThanOrEqual(60)
    const blocks = read.filter((name) => name.startsWith('docs')).length
    expect(blocks).toBeLessThan(files.filter((file) => file.name.startsWith('docs')).length)
    expect(await index.count('"de tabel"')).toBe(20)
    const word = await index.search('tabel')
    expect(word.totalExact).toBe(true)
    expect(word.total).toBe(60)
  })
})

describe('the interview as a static index', () => {
  it('finds roles, speakers and pull quotes as the interview index does', async () => {
    const interview = loadInterview()
    const index = await openStaticIndex(memoryReader(staticFiles(interview, SMALL)).reader, { synonyms: interviewSynonyms() })
    const queries = ['armoede', 'role:answer Mechelen', 'speaker:"Bart Somers" burgemeester', 'Bart Somers', '"zieke kind"', 'role:pullquote', 'integratie*']
    for (const query of queries) {
      for (const options of [
        {},
        { duplicates: 'keep' as const },
        { expand: true },
        { roleBoost: { answer: 3 } },
        { expand: true, weights: { part: 1, paragraph: 0.2, speaker: 1 } },
      ]) {
        await expectSameSearch(index, interview, query, options)
      }
    }
  })

  it('ranks a synthetic interview the same, with its questions and answers', async () => {
    const text = readFixture('interview/synthetic-interview.txt')
    const full = createIndex()
    full.addSegmented(
      { id: 'interview', text },
      segmentInterview(text, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid', publication: 'Voorbeeldblad' }),
    )
    const index = await openStaticIndex(memoryReader(staticFiles(full, SMALL)).reader)
    for (const query of ['wijk', 'Karim Bouzid', 'role:question jongeren', 'school*']) {
      await expectSameSearch(index, full, query, { expand: true, context: 1 })
    }
  })
})

describe('writing and opening a static index on disk', () => {
  it('writes a directory that openStaticIndex reads in Node, and clears an earlier build', async () => {
    const directory = tempDir('zoek-static-')
    const first = createIndex()
    first.add({ id: 1, text: 'Het dialoogvenster opent. De gemeente betaalt.' })
    const progress: number[] = []
    await writeStaticIndex(first, directory, { onProgress: (done) => progress.push(done) })
    const before = readdirSync(directory).sort()
    expect(progress.at(-1)).toBe(before.length)
    const second = createIndex()
    second.add({ id: 2, text: 'Kinderen spelen in het park.' })
    const written = await writeStaticIndex(second.toJSON(), directory)
    const after = readdirSync(directory).sort()
    expect(after).toEqual(written.map((file) => file.name).sort())
    expect(after.some((name) => before.includes(name) && name !== 'zoek-static.json')).toBe(false)
    const index = await openStaticIndex(directory)
    expect((await index.search('kind')).map((hit) => hit.text)).toEqual(['Kinderen spelen in het park.'])
    expect(await index.search('venster')).toEqual([])
  })

  it('reads a base URL with the fetch it is given', async () => {
    const files = staticFiles(loadInterview())
    const asked: string[] = []
    const fetch = async (url: string) => {
      asked.push(url)
      const file = files.find((f) => url.endsWith(`/${f.name}`))
      return new Response(file?.text ?? 'missing', { status: file === undefined ? 404 : 200 })
    }
    const index = await openStaticIndex('https://example.org/zoek', { fetch })
    expect((await index.search('armoede')).length).toBeGreaterThan(0)
    expect(asked[0]).toBe('https://example.org/zoek/zoek-static.json')
  })
})

describe('writing from a stream of documents', () => {
  const documents: DocumentInput[] = news
    .split(/\n\s*\n/)
    .map((text, i): DocumentInput => (i % 5 === 0 ? { id: `nieuws-${i}`, text, bron: 'UD', n: i } : { id: `nieuws-${i}`, text }))
  const files = (directory: string) => Object.fromEntries(readdirSync(directory).map((name) => [name, readFileSync(join(directory, name), 'utf8')]))

  it('writes the very files of an index built in memory, from an async generator, with progress', async () => {
    const full = createIndex()
    full.addAll(documents)
    const expected = Object.fromEntries(staticFiles(full, SMALL).map((file) => [file.name, file.text]))
    async function* stream() {
      for (const doc of documents) yield doc
    }
    const directory = tempDir('zoek-stream-')
    const progress: number[] = []
    const result = await writeStaticIndexFrom(stream(), directory, { ...SMALL, onProgress: (done) => progress.push(done) })
    expect(result).toEqual({ documents: full.documentCount, sentences: full.sentenceCount, files: Object.keys(expected).length })
    expect(progress.at(-1)).toBe(documents.length)
    expect(files(directory)).toEqual(expected)
  })

  it('keeps the earlier index whole when a document is bad, and leaves no partial files', async () => {
    const directory = tempDir('zoek-stream-')
    await writeStaticIndexFrom(documents.slice(0, 3), directory)
    const before = files(directory)
    const twice = [...documents.slice(0, 40), documents[7]]
    await expect(writeStaticIndexFrom(twice, directory, SMALL)).rejects.toBeInstanceOf(DuplicateIdError)
    expect(files(directory)).toEqual(before)
    await expect(writeStaticIndexFrom([{ id: 1 } as never], directory)).rejects.toBeInstanceOf(InvalidDocumentError)
    expect(files(directory)).toEqual(before)
    await expect(writeStaticIndexFrom([], directory, { paragraphs: 'page' as never })).rejects.toBeInstanceOf(InvalidOptionError)
  })
})

describe('bad input and failures', () => {
  const files = staticFiles(loadInterview(), SMALL)

  it('a shard that cannot be read gives StaticLoadError, and the index works once it can', async () => {
    let failing = true
    const { reader } = memoryReader(files)
    const index: StaticIndex = await openStaticIndex(async (name) => {
      if (failing && name.startsWith('terms')) throw new Error('connection reset')
      return reader(name)
    })
    const error = await index.search('armoede').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StaticLoadError)
    expect((error as StaticLoadError).code).toBe('STATIC_LOAD')
    expect((error as StaticLoadError).file).toMatch(/^terms-\d+\./)
    failing = false
    await expectSameSearch(index, loadInterview(), 'armoede')
  })

  it('a missing manifest, a corrupt one, another format and another analyzer are typed errors', async () => {
    const manifest = JSON.parse(files[0].text)
    const withManifest = (text: string) => async (name: string) => (name === 'zoek-static.json' ? text : (files.find((f) => f.name === name)?.text ?? ''))
    await expect(openStaticIndex(async () => Promise.reject(new Error('404')))).rejects.toBeInstanceOf(StaticLoadError)
    await expect(openStaticIndex(withManifest('{"format":'))).rejects.toBeInstanceOf(IndexFormatError)
    await expect(openStaticIndex(withManifest(JSON.stringify({ ...manifest, formatVersion: 9 })))).rejects.toBeInstanceOf(IndexFormatError)
    await expect(openStaticIndex(withManifest(JSON.stringify({ ...manifest, blocks: `${manifest.blocks}1` })))).rejects.toBeInstanceOf(IndexFormatError)
    const other = { ...manifest, analyzer: { ...manifest.analyzer, fingerprint: '0000000000000000' } }
    await expect(openStaticIndex(withManifest(JSON.stringify(other)))).rejects.toBeInstanceOf(AnalyzerMismatchError)
  })

  it('a damaged shard is an IndexFormatError, not wrong hits', async () => {
    const damaged = files.map((file) => (file.name.startsWith('terms') ? { ...file, text: '{"postings":[["x",[-1]]],"lengths":[[1]]}' } : file))
    const index = await openStaticIndex(memoryReader(damaged).reader)
    await expect(index.search('armoede')).rejects.toBeInstanceOf(IndexFormatError)
    // A split whose parts do not lie inside its word, and offsets that are not counts.
    for (const bad of [
      { words: ['kinderarmoede'], parts: ['066E1'] },
      { words: ['x'], parts: ['!'] },
    ]) {
      const broken = files.map((file) => (file.name.startsWith('terms') ? { ...file, text: JSON.stringify({ ...JSON.parse(file.text), splits: bad }) } : file))
      await expect((await openStaticIndex(memoryReader(broken).reader)).search('armoede')).rejects.toBeInstanceOf(IndexFormatError)
    }
    // Sentence bounds that are not two per sentence, or that end a sentence outside its document.
    const far = (bounds: string) => encodeCounts((decodeCounts(bounds) as number[]).map((value, i) => (i === 0 ? 1e6 : value)))
    for (const bounds of [() => '00', far]) {
      const broken = files.map((file) => {
        if (!file.name.startsWith('docs')) return file
        const block = JSON.parse(file.text)
        return { ...file, text: JSON.stringify({ ...block, bounds: bounds(block.bounds) }) }
      })
      await expect((await openStaticIndex(memoryReader(broken).reader)).search('armoede')).rejects.toBeInstanceOf(IndexFormatError)
    }
  })

  it('rejects bad options and sources', async () => {
    await expect(openStaticIndex(memoryReader(files).reader, { fetch: 5 } as never)).rejects.toBeInstanceOf(InvalidOptionError)
    await expect(openStaticIndex(memoryReader(files).reader, { cache: true } as never)).rejects.toBeInstanceOf(InvalidOptionError)
    await expect(openStaticIndex('' as never)).rejects.toBeInstanceOf(InvalidOptionError)
    expect(() => staticFiles(loadInterview(), { layout: { blockBytes: 0 } })).toThrow(InvalidOptionError)
    expect(() => staticFiles(loadInterview(), { layout: { shards: 3 } as never })).toThrow(InvalidOptionError)
    const index = await openStaticIndex(memoryReader(files).reader)
    await expect(index.search('armoede', { limit: -1 })).rejects.toBeInstanceOf(InvalidOptionError)
    await expect(index.suggest(5 as never)).rejects.toBeInstanceOf(InvalidOptionError)
  })

  it('writes the same files for the same index, and a loaded copy writes them too', () => {
    const interview = loadInterview()
    const copy = loadIndex(JSON.stringify(interview))
    expect(staticFiles(copy, SMALL)).toEqual(files)
  })
})

describe('the command line', () => {
  it('zoek build --static writes a directory the static entry searches', async () => {
    const { main } = await import('../src/cli.js')
    const directory = tempDir('zoek-cli-static-')
    const input = join(directory, 'tekst.txt')
    writeFileSync(input, 'De burgemeester opent het stadhuis.\n\nKinderen spelen buiten.')
    const lines: string[] = []
    expect(await main(['build', input, '--static', join(directory, 'site')], (line) => lines.push(line))).toBe(0)
    expect(lines.join('\n')).toMatch(/static: \d+ files/)
    expect(JSON.parse(readFileSync(join(directory, 'site', 'zoek-static.json'), 'utf8')).format).toBe('zoek-static')
    const index = await openStaticIndex(join(directory, 'site'))
    expect((await index.search('huis')).map((hit) => hit.text)).toEqual(['De burgemeester opent het stadhuis.'])
    // A file that is missing halfway: exit code 3, and the directory keeps the index it had.
    const before = readdirSync(join(directory, 'site')).sort()
    expect(await main(['build', input, join(directory, 'weg.txt'), '--static', join(directory, 'site')], () => undefined)).toBe(3)
    expect(readdirSync(join(directory, 'site')).sort()).toEqual(before)
  })
})
