/**
 * A static index written from a stream of documents, without an index in memory: each document
 * is segmented and analysed as `createIndex().addAll` would, its block is written as soon as it
 * is full, and only the posting lists, the vocabulary and the sentence columns of the manifest
 * stay until the end. The files are the same as `staticFiles` writes for an index of the same
 * documents (`test/static.test.ts` compares them).
 *
 * @module
 */

import { composeAnalyzer, type AnalyzerOptions } from '../analysis/analyzer.js'
import { CompoundTable, type CompoundSplitter } from '../analysis/compound-table.js'
import { DuplicateIdError } from '../errors.js'
import type { DocumentId, DocumentInput, ParagraphMode } from '../model.js'
import { version as zoekVersion } from '../version.js'
import { checkDocumentShape } from './documents.js'
import { serializedAnalyzer } from './format/common.js'
import { partKeysOf, splitKeysOf, StaticBuilder, type BuiltShard, type StaticFile, type StaticLayout, type StaticSentence } from './format/static.js'
import type { SerializedDocument } from './format/v2.js'
import { PostingCollector } from './engine/posting-collector.js'
import { indexTermsOf } from './index-terms.js'
import type { Segmenter } from './sentence-index.js'
import { Vocabulary } from './vocabulary.js'

/** What {@link buildStatic} reads and how. */
export interface StaticStream {
  readonly documents: Iterable<DocumentInput> | AsyncIterable<DocumentInput>
  readonly analyzer: AnalyzerOptions
  readonly paragraphs: ParagraphMode
  readonly segmenter: Segmenter
  /** The compound lexicon, as `createIndex` uses it. */
  readonly lexicon: CompoundSplitter
  readonly layout: StaticLayout
  /** Receives each shard as it is made; awaited before the next document is read. */
  readonly onShard: (shard: BuiltShard) => unknown
  /** Called after each document with the numbers of documents and sentences so far. */
  readonly onProgress?: (documents: number, sentences: number) => void
}

/**
 * Writes a static index from a stream of documents.
 *
 * @param stream - the documents and where the shards go
 * @returns the build and the manifest, and how many documents and sentences were written
 * @throws `InvalidDocumentError` or `DuplicateIdError` for a bad document (the shards written
 *   before it are not a static index: the caller discards them)
 */
export async function buildStatic(stream: StaticStream): Promise<{ build: string; manifest: StaticFile; documents: number; sentences: number }> {
  const compounds = new CompoundTable(stream.lexicon)
  const analyzer = composeAnalyzer(stream.analyzer, compounds.split)
  const vocabulary = new Vocabulary(analyzer, compounds)
  const pending: Promise<unknown>[] = []
  const builder = new StaticBuilder(stream.layout, (shard) => {
    pending.push(Promise.resolve(stream.onShard(shard)))
  })
  const collected = new PostingCollector()
  const ids = new Set<DocumentId>()
  let row = 0
  for await (const input of stream.documents) {
    const [doc] = checkDocumentShape([input])
    if (ids.has(doc.id)) throw new DuplicateIdError(doc.id)
    ids.add(doc.id)
    const { id, text, ...metadata } = doc
    const segments = stream.segmenter(text, { paragraphs: stream.paragraphs })
    const sentences: StaticSentence[] = []
    const parts: [string, string][] = []
    for (const segment of segments) {
      sentences.push({ start: segment.start, end: segment.end, paragraph: segment.paragraph })
      const tokens = analyzer.analyze(text.slice(segment.start, segment.end))
      vocabulary.addSentence(tokens)
      collected.add(row, indexTermsOf(tokens, analyzer.marksParts))
      parts.push(...partKeysOf(tokens, analyzer.normalize))
      row++
    }
    const document: SerializedDocument = Object.keys(metadata).length === 0 ? [id, text] : [id, text, structuredClone(metadata)]
    builder.addDocument(document, sentences, parts)
    if (pending.length > 0) await Promise.all(pending.splice(0))
    stream.onProgress?.(ids.size, row)
  }
  const { build, manifest } = builder.finish({
    zoekVersion,
    analyzer: serializedAnalyzer(analyzer),
    paragraphs: stream.paragraphs,
    average: collected.average,
    postings: collected.postings(),
    lengthOf: collected.lengthOf,
    vocabulary: vocabulary.toJSON(),
    normalize: analyzer.normalize,
    termOf: (word) => analyzer.term(word),
    asked: (name) => splitKeysOf(analyzer.analyze(name), analyzer.normalize),
    splits: compounds,
  })
  await Promise.all(pending)
  return { build, manifest, documents: ids.size, sentences: row }
}
