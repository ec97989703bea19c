// The API example of README.md. test/readme.test.ts runs it and compares its output with
// the README, so the README always shows real output.
import { createIndex, highlight, loadIndex, stem } from 'zoek'

const index = createIndex()
index.add({
  id: 'raad',
  text: 'De gemeenteraad vergaderde gisteren. Migranten en nieuwkomers kregen het woord.\n\nHet zieke kind van de regio is genezen, zei de burgemeester.',
  date: '2024-03-01',
})

for (const hit of index.search('migrant')) console.log(hit.id, '|', highlight(hit), '|', hit.score.toFixed(2))
for (const hit of index.search('"zieke kind"')) console.log(hit.id, '|', highlight(hit), '|', hit.metadata.date)
console.log(index.search('"kind ziek"').length)
for (const hit of index.search('raad')) console.log(hit.id, '|', highlight(hit))

const copy = loadIndex(JSON.stringify(index))
console.log(copy.search('burgemeesters')[0].text)
console.log(stem('mogelijkheden'), stem('lopen'), stem('lopen', 'porter'))
