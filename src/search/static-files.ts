/**
 * The files of a static index from a serialised index: the analysis the writer needs (the
 * compound words of each sentence and their parts' terms) around `format/static.ts`.
 *
 * @module
 */

import { composeAnalyzer } from '../analysis/analyzer.js'
import { decodeParts, type CompoundPart } from '../analysis/compound-table.js'
import { analyzerOptionsOf, checkAnalyzerIdentity } from './format/common.js'
import { DEFAULT_LAYOUT, writeStatic, type StaticFile, type StaticLayout } from './format/static.js'
import type { SerializedIndex } from './format/v2.js'

/**
 * Cuts a serialised index (format 2, as `toJSON` returns it) into the files of a static index.
 *
 * @param data - the serialised index
 * @param layout - the sizes of the shards, each defaulting to {@link DEFAULT_LAYOUT}'s
 * @returns the manifest first, then every shard
 * @throws `AnalyzerMismatchError` when the index was built with an analyzer this zoek does not have
 */
export function staticFilesOf(data: SerializedIndex, layout: Partial<StaticLayout> = {}): StaticFile[] {
  const splits = new Map<string, readonly CompoundPart[]>()
  // The analyzer a query-only index has: the index's own splits.
  const analyzer = composeAnalyzer(analyzerOptionsOf(data.analyzer), (word) => splits.get(word))
  checkAnalyzerIdentity(analyzer, data.analyzer, { index: 'This index', remedy: 'Rebuild it with this zoek first.' })
  const { vocabulary } = data
  vocabulary.compounds?.words.forEach((i, k) => {
    const key = analyzer.normalize(vocabulary.words[i])
    const parts = decodeParts(vocabulary.compounds?.parts[k] ?? '', key.length)
    if (parts !== undefined) splits.set(key, parts)
  })
  return writeStatic(
    { data, normalize: analyzer.normalize, termOf: (word) => analyzer.term(word), analyze: (text) => analyzer.analyze(text), splits },
    { ...DEFAULT_LAYOUT, ...layout },
  )
}
