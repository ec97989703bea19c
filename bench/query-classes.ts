/**
 * The query classes of the benchmarks and their queries on the haystack: the words of
 * `npm run bench`'s classes, written as zoek queries (bench/profile.ts, bench/side-by-side.ts).
 */
export const QUERY_CLASSES: Readonly<Record<string, readonly string[]>> = {
  'rare word': ['aanbieden', 'aanbod', 'aandeel', 'aandelenkoers', 'aangaande'],
  'common word': ['document', 'libreoffice', 'selecteer', 'geselecteerde', 'dialoogvenster'],
  'two words': ['document aanbieden', 'libreoffice aanbod', 'selecteer aandeel', 'geselecteerde aandelenkoers', 'dialoogvenster aangaande'],
  phrase: ['"de eerste"', '"klik op"', '"in de"', '"het menu"', '"de tabel"'],
  prefix: ['docu*', 'libr*', 'sele*', 'gese*', 'dial*'],
  fuzzy: ['doucment~', 'lirbeoffice~', 'seelcteer~', 'geeslecteerde~', 'dilaoogvenster~'],
}
