// The static example: search as you type in a static zoek index (zoek build --static DIR),
// with the entry zoek/static, which loads only the shards each query needs. ?static=<url>
// is the index's directory. Each search shows what it fetched: bytes and requests.
import { highlight, openStaticIndex } from '/dist/static.js'
import { showHits } from './hits.js'

const params = new URLSearchParams(location.search)
const base = params.get('static')
const input = document.querySelector('#query')
const status = document.querySelector('#status')
const cost = document.querySelector('#cost')
const results = document.querySelector('#results')
document.querySelector('#source').textContent = base ?? '(geen ?static=)'

let latest = 0
async function render(index, text) {
  const mine = ++latest
  if (text.trim() === '') {
    results.replaceChildren()
    status.textContent = 'Typ een woord of een "zinsdeel".'
    cost.textContent = ''
    cost.dataset.query = ''
    return
  }
  const before = { bytes: index.bytesFetched, requests: index.requests }
  const started = performance.now()
  const hits = await index.search(text, { limit: 20, asYouType: true })
  // An older search that ends after a newer one began shows nothing.
  if (mine !== latest) return
  const ms = performance.now() - started
  const about = hits.totalExact ? '' : 'hoogstens '
  status.textContent = `${about}${hits.total} ${hits.total === 1 ? 'zin' : 'zinnen'} gevonden`
  cost.textContent = `${index.bytesFetched - before.bytes} bytes in ${index.requests - before.requests} verzoeken, ${ms.toFixed(1)} ms`
  cost.dataset.bytes = String(index.bytesFetched - before.bytes)
  cost.dataset.requests = String(index.requests - before.requests)
  cost.dataset.query = text
  showHits(results, hits, highlight)
}

try {
  if (base === null) throw new Error('geef ?static=<map van de statische index>')
  const index = await openStaticIndex(base)
  status.textContent = `${index.sentenceCount} zinnen, manifest geladen (${index.bytesFetched} bytes).`
  input.disabled = false
  input.addEventListener('input', () => {
    render(index, input.value).catch((error) => {
      status.textContent = `Zoeken mislukt: ${error.message}`
    })
  })
  input.focus()
} catch (error) {
  status.textContent = `Kan de index niet openen: ${error.message}`
}
