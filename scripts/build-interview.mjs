// Builds the prebuilt index of the bundled interview into dist/, from corpus/ and the
// freshly built library. Skips, with a notice, while the interview text is not in corpus/.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createIndex, segmentInterview } from '../dist/index.js'
import { INTERVIEW_INDEX_FILE, interviewManifest as manifest } from '../dist/interview.js'

const textUrl = new URL(`../corpus/${manifest.file}`, import.meta.url)
const outUrl = new URL(`../dist/${INTERVIEW_INDEX_FILE}`, import.meta.url)

if (!existsSync(textUrl)) {
  console.log(`build-interview: corpus/${manifest.file} is not in the repository, so no interview index was built (see corpus/README.md).`)
  process.exit(0)
}
const bytes = readFileSync(textUrl)
const sha256 = createHash('sha256').update(bytes).digest('hex')
if (manifest.sha256 !== null && manifest.sha256 !== sha256) {
  console.error(`build-interview: corpus/${manifest.file} has sha256 ${sha256}, but manifest.json records ${manifest.sha256}. The corpus must be the text exactly as given.`)
  process.exit(1)
}
const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
const segments = segmentInterview(text, { interviewer: manifest.author, interviewee: manifest.interviewee, publication: manifest.publication })
const index = createIndex({ paragraphs: manifest.paragraphs })
const { id, file: _file, sha256: _sha, paragraphs: _paragraphs, ...metadata } = manifest
index.addSegmented({ id, text, ...metadata }, segments)
writeFileSync(outUrl, JSON.stringify(index))
console.log(`build-interview: ${index.sentenceCount} sentences → dist/${INTERVIEW_INDEX_FILE}`)
