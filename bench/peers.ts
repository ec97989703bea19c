/**
 * The peer search engines, set up the same way for `npm run bench` and `npm run eval`:
 * lunr with lunr-languages' Dutch pipeline, and Orama with its Dutch stemmer.
 */
import { create, insertMultiple, type AnyOrama } from '@orama/orama'
import { stemmer as oramaDutchStemmer } from '@orama/stemmers/dutch'
import lunr from 'lunr'
import lunrStemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import lunrNl from 'lunr-languages/lunr.nl.js'

lunrStemmerSupport(lunr)
lunrNl(lunr)

/** A sentence as the peers index it. */
export interface PeerDocument {
  readonly id: string
  readonly text: string
}

/**
 * A lunr index with lunr.nl (Dutch stop words, trimmer and Porter stemmer).
 *
 * @param documents - the sentences
 */
export function buildLunrNl(documents: readonly PeerDocument[]): lunr.Index {
  return lunr(function () {
    this.use((lunr as unknown as { nl: lunr.Builder.Plugin }).nl)
    this.ref('id')
    this.field('text')
    for (const document of documents) this.add(document)
  })
}

/**
 * An Orama database with Orama's Dutch tokenizer and stemmer.
 *
 * @param documents - the sentences
 */
export async function buildOramaDutch(documents: readonly PeerDocument[]): Promise<AnyOrama> {
  const db = create({ schema: { text: 'string' } as const, components: { tokenizer: { language: 'dutch', stemming: true, stemmer: oramaDutchStemmer } } })
  await insertMultiple(
    db,
    documents.map(({ id, text }) => ({ id, text })),
    1000,
  )
  return db
}
