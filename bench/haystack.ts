/**
 * The benchmark haystack: the UD Dutch sentences and the LibreOffice help paragraphs from
 * ../shared/data, about 40,000 sentences in all. Benchmarks fall back to the news sample in
 * test/fixtures when ../shared is missing, and say so.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const shared = fileURLToPath(new URL('../../shared/data/', import.meta.url))

/** A document of the haystack. */
export interface HaystackDocument {
  readonly id: string
  readonly text: string
  readonly [metadata: string]: string
}

/** Loads the haystack documents, or the news sample with a notice when ../shared is missing. */
export function loadHaystack(): { documents: HaystackDocument[]; source: string } {
  const sentences = `${shared}ud-dutch/sentences.txt`
  const paragraphs = `${shared}nl-prose/paragraphs.jsonl`
  if (!existsSync(sentences) || !existsSync(paragraphs)) {
    console.log(`note: ../shared/data is missing (looked in ${shared}); using the 143-paragraph news sample instead of the 40k-sentence haystack.`)
    const text = readFileSync(new URL('../test/fixtures/ud-dutch/nieuws.txt', import.meta.url), 'utf8')
    return {
      documents: text.split(/\n\n+/).map((paragraph, i) => ({ id: `nieuws-${i}`, text: paragraph })),
      source: 'news sample (test/fixtures/ud-dutch/nieuws.txt)',
    }
  }
  const documents: HaystackDocument[] = readFileSync(sentences, 'utf8')
    .trimEnd()
    .split('\n')
    .map((text, i) => ({ id: `ud-${i}`, text }))
  for (const line of readFileSync(paragraphs, 'utf8').trimEnd().split('\n')) {
    const { id, text } = JSON.parse(line) as { id: string; text: string }
    documents.push({ id: `help-${id}`, text })
  }
  return { documents, source: '../shared/data: ud-dutch/sentences.txt + nl-prose/paragraphs.jsonl' }
}
