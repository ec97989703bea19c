// The list of hits both example pages show: each sentence with its highlights, then its role,
// speaker and id.

/**
 * Shows hits in a list, replacing what it held.
 *
 * @param {HTMLElement} list - the list element
 * @param {readonly object[]} hits - the hits of a search
 * @param {(hit: object) => string} highlight - zoek's highlight(), which HTML-escapes the text
 */
export function showHits(list, hits, highlight) {
  list.replaceChildren()
  for (const hit of hits) {
    const item = document.createElement('li')
    item.dataset.id = hit.id
    const sentence = document.createElement('div')
    sentence.className = 'text'
    sentence.innerHTML = highlight(hit) // HTML-escaped by highlight(); only <mark> is markup
    const meta = document.createElement('div')
    meta.className = 'meta'
    meta.textContent = [hit.role, hit.speaker, hit.id].filter(Boolean).join(' · ')
    item.append(sentence, meta)
    list.append(item)
  }
}
