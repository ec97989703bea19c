// The browser example: search as you type in a prebuilt zoek index, with the query-only
// entry zoek/query (no segmenter is loaded). ?index=<url> picks the index; by default the
// prebuilt interview index that `npm run build` writes to dist/.
import { highlight, loadIndexAsync } from '/dist/query.js'
import { showHits } from './hits.js'

const params = new URLSearchParams(location.search)
const indexUrl = params.get('index') ?? '/dist/interview.zoek.json'
const input = document.querySelector('#query')
const status = document.querySelector('#status')
const results = document.querySelector('#results')
document.querySelector('#source').textContent = indexUrl

function render(index, text) {
  results.replaceChildren()
  if (text.trim() === '') {
    status.textContent = 'Typ een woord of een "zinsdeel".'
    return
  }
  // asYouType: the word being typed also matches as a prefix ("wereldkamp" finds "wereldkampioene").
  const hits = index.search(text, { limit: 20, asYouType: true })
  status.textContent = `${hits.total} ${hits.total === 1 ? 'zin' : 'zinnen'} gevonden`
  showHits(results, hits, highlight)
}

try {
  const index = await loadIndexAsync(fetch(indexUrl))
  status.textContent = `${index.sentenceCount} zinnen geladen.`
  input.disabled = false
  input.addEventListener('input', () => render(index, input.value))
  input.focus()
} catch (error) {
  status.textContent = `Kan de index niet laden: ${error.message}`
}
