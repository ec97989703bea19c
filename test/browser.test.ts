import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../examples/browser/serve.mjs'
import { createIndex, segmentInterview } from '../src/index.js'
import { readFixture } from './helpers.js'

// Drives the browser example in Debian's Chromium (never a downloaded browser). .ci/run
// installs chromium, so CI always runs this; elsewhere it skips, and says so, without it.
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.log(`[browser] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium); the browser example was not tested.`)

const root = fileURLToPath(new URL('..', import.meta.url))

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
    const dir = mkdtempSync(join(root, 'dist', 'e2e-'))
    writeFileSync(join(dir, 'index.zoek.json'), JSON.stringify(index))
    server = await serve(root)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
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
    await page.waitForFunction((typed) => (document.querySelector('#query') as HTMLInputElement).value === typed && /gevonden/.test(document.querySelector('#status')?.textContent ?? ''), query)
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
    for (const line of meta) expect(line).toMatch(/^answer · Karim Bouzid · interview, zin \d+$/)
  })

  it('shows markup in the text as text, not as HTML', async () => {
    await type('ziekenbed')
    const text = page.locator('#results li .text')
    expect(await text.textContent()).toBe('Een <b>vet</b> ziekenbed & <script>alert(1)</script> meer.')
    expect(await page.locator('#results li .text b, #results li .text script').count()).toBe(0)
    expect(await page.locator('#results li mark').allTextContents()).toEqual(['ziekenbed'])
  })
})
