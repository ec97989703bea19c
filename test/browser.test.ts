import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../examples/browser/serve.mjs'
import { build } from 'esbuild'
import { createIndex, segmentInterview, writeStaticIndex, type SentenceIndex } from '../src/index.js'
import { loadHaystack } from '../bench/haystack.js'
import { loadInterview } from '../src/entries/interview.js'
import { readFixture } from './helpers.js'

// Drives the browser example in Debian's Chromium (never a downloaded browser). .ci/run
// installs chromium, so CI always runs this; elsewhere it skips, and says so, without it.
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.log(`[browser] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium); the browser example was not tested.`)

const root = fileURLToPath(new URL('..', import.meta.url))

/** Directories under dist/ that the local server serves to the page, removed after the tests. */
const made: string[] = []
function servedDir(): string {
  const dir = mkdtempSync(join(root, 'dist', 'e2e-'))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!hasChromium)('the browser example in Chromium', () => {
  let browser: Browser
  let page: Page
  let server: { url: string; close: () => Promise<void> }

  beforeAll(async () => {
    // An index of the news sample and the synthetic interview, served beside the page.
    const index = createIndex()
    index.add({ id: 'nieuws', text: readFixture('ud-dutch/nieuws.txt') })
    const interview = readFixture('interview/synthetic-interview.txt')
    index.addSegmented({ id: 'interview', text: interview }, segmentInterview(interview, { interviewer: 'Anna de Vries', interviewee: 'Karim Bouzid' }))
    index.add({ id: 'html', text: 'Een <b>vet</b> ziekenbed & <script>alert(1)</script> meer.' })
    const dir = servedDir()
    writeFileSync(join(dir, 'index.zoek.json'), JSON.stringify(index))
    server = await serve(root)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
    page = await browser.newPage()
    await page.goto(`${server.url}/examples/browser/?index=/dist/${dir.split('/').at(-1)}/index.zoek.json`)
    await page.waitForFunction(() => /zinnen geladen/.test(document.querySelector('#status')?.textContent ?? ''), undefined, { timeout: 20_000 })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function type(query: string) {
    await page.fill('#query', '')
    await page.type('#query', query)
    await page.waitForFunction(
      (typed) =>
        (document.querySelector('#query') as HTMLInputElement).value === typed && /gevonden/.test(document.querySelector('#status')?.textContent ?? ''),
      query,
    )
  }

  it('finds an inflected word as you type and highlights it', async () => {
    await type('ziekenhuizen')
    expect(await page.locator('#results li').count()).toBe(1)
    expect(await page.locator('#results li mark').allTextContents()).toEqual(['ziekenhuis'])
  })

  it('continues a word that is still being typed', async () => {
    await type('wereldkamp')
    expect(await page.locator('#results li').count()).toBe(2)
    expect(await page.locator('#results li mark').allTextContents()).toEqual(['wereldkampioene', 'wereldkampioene'])
  })

  it('matches a quoted phrase and highlights it whole', async () => {
    await type('"preventieve zorg"')
    expect(await page.locator('#status').textContent()).toBe('2 zinnen gevonden')
    expect(await page.locator('#results li mark').allTextContents()).toEqual(['preventieve zorg', 'preventieve zorg'])
  })

  it('shows the role and speaker of interview sentences', async () => {
    await type('veilig role:answer')
    const meta = await page.locator('#results li .meta').allTextContents()
    expect(meta.length).toBeGreaterThan(0)
    for (const line of meta) expect(line).toMatch(/^answer · Karim Bouzid · interview#\d+$/)
  })

  it('shows markup in the text as text, not as HTML', async () => {
    await type('ziekenbed')
    const text = page.locator('#results li .text')
    expect(await text.textContent()).toBe('Een <b>vet</b> ziekenbed & <script>alert(1)</script> meer.')
    expect(await page.locator('#results li .text b, #results li .text script').count()).toBe(0)
    expect(await page.locator('#results li mark').allTextContents()).toEqual(['ziekenbed'])
  })
})

describe.skipIf(!hasChromium)('the bundled interview in Chromium', () => {
  let browser: Browser
  let page: Page
  let server: { url: string; close: () => Promise<void> }
  const interview = loadInterview()

  beforeAll(async () => {
    server = await serve(root)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
    page = await browser.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('runs loadInterview() from an esbuild browser bundle of zoek/interview', async () => {
    const dir = servedDir()
    const entry = fileURLToPath(new URL('../dist/interview.js', import.meta.url))
    const script = `import { loadInterview } from ${JSON.stringify(entry)}
const hits = loadInterview().search('speaker:"Bart Somers" armoede', { limit: 20 })
document.body.dataset.report = JSON.stringify(hits.map((hit) => [hit.id, hit.role, hit.speaker]))`
    await build({
      stdin: { contents: script, resolveDir: dir, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile: join(dir, 'app.js'),
      logLevel: 'silent',
    })
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="./app.js"></script>')
    await page.goto(`${server.url}/dist/${dir.split('/').at(-1)}/index.html`)
    await page.waitForFunction(() => document.body?.dataset.report !== undefined, undefined, { timeout: 20_000 })
    const report = JSON.parse((await page.evaluate(() => document.body.dataset.report)) as string)
    const expected = interview.search('speaker:"Bart Somers" armoede', { limit: 20 }).map((hit) => [hit.id, hit.role, hit.speaker])
    expect(report).toEqual(expected)
    expect(report).toContainEqual(['somers-mechelen-2019#9', 'intro', 'Bart Somers'])
  })

  it('opens the example on the interview and keeps a word’s sentence in the results at every prefix while it is typed', async () => {
    await page.goto(`${server.url}/examples/browser/`)
    await page.waitForFunction(() => /zinnen geladen/.test(document.querySelector('#status')?.textContent ?? ''), undefined, { timeout: 20_000 })
    expect(await page.locator('#status').textContent()).toBe(`${interview.sentenceCount} zinnen geladen.`)
    expect(await page.locator('#source').textContent()).toBe('/dist/interview.zoek.json')
    // 20 words of the interview, spread over it: every 1/20th of its distinct words of six
    // letters or more (in the order they first occur in questions, answers and intro); each
    // belongs to the sentence where it first occurs.
    const firstSentence = new Map<string, string>()
    for (const sentence of interview.sentences()) {
      if (sentence.role !== 'answer' && sentence.role !== 'question' && sentence.role !== 'intro') continue
      for (const word of sentence.text.match(/\p{L}{6,}/gu) ?? [])
        if (!firstSentence.has(word.toLowerCase())) firstSentence.set(word.toLowerCase(), sentence.id)
    }
    const all = [...firstSentence.keys()]
    const step = Math.floor(all.length / 20)
    const words = all.filter((_, i) => i % step === 0).slice(0, 20)
    expect(words).toHaveLength(20)
    const missed: string[] = []
    for (const word of words) {
      for (let n = 3; n <= word.length; n++) {
        const prefix = word.slice(0, n)
        await page.fill('#query', prefix)
        await page.waitForFunction(
          (typed) =>
            (document.querySelector('#query') as HTMLInputElement).value === typed && /gevonden/.test(document.querySelector('#status')?.textContent ?? ''),
          prefix,
        )
        const ids = await page.locator('#results li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id))
        if (!ids.includes(firstSentence.get(word))) missed.push(prefix)
      }
    }
    expect(missed).toEqual([])
  })
})

describe.skipIf(!hasChromium)('the static example in Chromium, on the haystack', () => {
  let browser: Browser
  let page: Page
  let server: { url: string; close: () => Promise<void> }
  let full: SentenceIndex

  beforeAll(async () => {
    // The 40k-sentence haystack from ../shared when it is there; the news sample (and a notice) when not.
    const { documents, source } = loadHaystack()
    console.log(`[browser] static example over ${source}`)
    full = createIndex()
    full.addAll(documents)
    const dir = servedDir()
    await writeStaticIndex(full, join(dir, 'static'))
    server = await serve(root)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
    page = await browser.newPage()
    await page.goto(`${server.url}/examples/browser/static.html?static=/dist/${dir.split('/').at(-1)}/static/`)
    await page.waitForFunction(() => /manifest geladen/.test(document.querySelector('#status')?.textContent ?? ''), undefined, { timeout: 20_000 })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function search(query: string): Promise<{ texts: string[]; bytes: number; requests: number; status: string }> {
    await page.fill('#query', query)
    await page.waitForFunction((typed) => document.querySelector('#cost')?.getAttribute('data-query') === typed, query, { timeout: 20_000 })
    return page.evaluate(() => ({
      texts: Array.from(document.querySelectorAll('#results li .text'), (item) => item.textContent ?? ''),
      bytes: Number(document.querySelector('#cost')?.getAttribute('data-bytes')),
      requests: Number(document.querySelector('#cost')?.getAttribute('data-requests')),
      status: document.querySelector('#status')?.textContent ?? '',
    }))
  }

  it('shows the hits of the full index, fetching some shards for a new word and none for it again', async () => {
    for (const query of ['regering', 'dialoogvenster', 'venster', '"de tabel"']) {
      const expected = full.search(query, { limit: 20, asYouType: true }).map((hit) => hit.text)
      const first = await search(query)
      expect(first.texts, query).toEqual(expected)
      await search('')
      const again = await search(query)
      expect(again.texts, query).toEqual(expected)
      expect(again.requests, query).toBe(0)
      expect(again.bytes, query).toBe(0)
      expect(first.status, query).toMatch(/gevonden$/)
    }
    const fresh = await search('gemeenteraad')
    expect(fresh.requests).toBeGreaterThan(0)
    expect(fresh.bytes).toBeGreaterThan(0)
  })
})
