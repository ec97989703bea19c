/**
 * The envelope of a serialised index: its format name and version decide how the rest is
 * read. Loading validates every part before the index is changed (document ids while their
 * map is built, before it is put in place), so a rejected load never yields a half-loaded
 * index.
 *
 * @module
 */

import { IndexFormatError } from '../../errors.js'
import { version } from '../../version.js'
import { checksumOf, fail, INDEX_FORMAT, isObject, READABLE_FORMAT_VERSIONS } from './common.js'
import { migrateVersion1, validateVersion1 } from './v1.js'
import { validateVersion2, type SerializedIndex } from './v2.js'

/**
 * Checks that a value is a complete, consistent serialised index, without trusting any of it.
 * The format name and version are checked first, so old or foreign data gets a clear message.
 * A format-1 index is migrated: checked in its own layout, then written as format 2 and
 * checked again as format 2. That no document id occurs twice is checked by
 * `SentenceIndex#restore`, which builds the map of ids anyway (one map instead of two costs a
 * load a few milliseconds less on 29k documents).
 *
 * @param value - parsed JSON
 * @param verifiedChecksum - true when the caller has checked the checksum on the JSON text
 * @returns the index in format 2, typed
 * @throws {@link IndexFormatError} naming the first problem found
 */
export function validateEnvelope(value: unknown, verifiedChecksum = false): SerializedIndex {
  if (!isObject(value)) return fail('A serialised index must be a JSON object.')
  if (value.format !== INDEX_FORMAT) fail(`"format" is ${JSON.stringify(value.format)}, expected "${INDEX_FORMAT}".`)
  if (!READABLE_FORMAT_VERSIONS.includes(value.formatVersion as number)) {
    throw new IndexFormatError(
      `This index has format version ${JSON.stringify(value.formatVersion)}, ` +
        `but this zoek ${version} reads versions ${READABLE_FORMAT_VERSIONS.join(' and ')}.`,
      `Rebuild the index with zoek ${version}, or load it with the zoek that wrote it (${JSON.stringify(value.zoekVersion)}).`,
    )
  }
  if (typeof value.zoekVersion !== 'string') fail('"zoekVersion" must be a string.')
  if (typeof value.checksum !== 'string' || (!verifiedChecksum && value.checksum !== checksumOf(value))) {
    fail('The checksum does not match the data: the index was changed or damaged after it was written.')
  }
  if (value.formatVersion === 2) return validateVersion2(value)
  return validateVersion2(migrateVersion1(validateVersion1(value)) as unknown as Record<string, unknown>)
}
