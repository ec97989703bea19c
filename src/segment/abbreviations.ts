/**
 * Dutch abbreviations that end in a full stop and are often followed by a capital (a name, a
 * title, a number), so that the full stop does not end a sentence. Lowercase, without the
 * final full stop; inner full stops kept (`o.a`). Single letters (initials) are handled apart.
 *
 * Compiled by the zoek developers from common Dutch usage (titles, Latin and Dutch shortenings).
 *
 * @module
 */

/** Abbreviations after which a capital does not start a sentence. */
export const dutchAbbreviations: ReadonlySet<string> = new Set([
  // titles and forms of address
  'dhr', 'mevr', 'mw', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing', 'prof', 'ds', 'mgr', 'pr', 'br', 'zr', 'st', 'sr', 'jr', 'kard', 'gen', 'kol', 'lt', 'sgt', 'kpt', 'adm',
  // Latin and Dutch shortenings
  // (enz. and etc. close a list, so a capital after them starts a sentence; they are not here.)
  'bijv', 'bv', 'o.a', 'e.a', 'e.d', 'e.v', 'resp', 'incl', 'excl', 'evt', 'ca', 'vs', 'zgn', 'zg', 'nl', 'd.w.z', 'm.a.w', 'i.p.v', 't.o.v', 'i.v.m', 'm.b.t', 'n.a.v', 'o.b.v', 'a.s', 'j.l', 'jl', 'z.g.a.n', 'v.chr', 'n.chr', 'chr', 'blz', 'pag', 'p', 'nr', 'nrs', 'no', 'art', 'hfst', 'afb', 'fig', 'tel', 'vgl', 'zie', 'ed', 'red', 'vert', 'dl', 'vol', 'jg', 'ibid',
  // units and place names
  'km', 'kg', 'cm', 'mm', 'min', 'max', 'gem', 'ong', 'ha', 'mln', 'mld', 'st', 'pl', 'str', 'ave', 'inc', 'co', 'ltd', 'bros', 'corp',
  // months and days
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo',
])

/**
 * Abbreviations that are also common Dutch words: `zo.` is zondag before a date but the word
 * zo at the end of "Dat is zo.", and `vol.` a volume before a number but the word vol in "De
 * zaal zat vol.". They count as abbreviations only before a number.
 */
export const dutchWordAbbreviations: ReadonlySet<string> = new Set(['zo', 'ma', 'do', 'vol', 'min', 'red', 'zie', 'tel'])

/** Titles and forms of address: they never end a sentence, so a capital after them continues it. */
export const dutchTitles: ReadonlySet<string> = new Set(['dhr', 'mevr', 'mw', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'ds', 'mgr', 'br', 'zr', 'kard', 'gen', 'kol', 'lt', 'sgt', 'kpt', 'adm'])
