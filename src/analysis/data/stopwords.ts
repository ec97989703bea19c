/**
 * Dutch stop words. zoek indexes them like any word and uses the list for ranking only: a
 * query that has other words gives its stop words little weight, and a query made only of
 * stop words still finds sentences.
 *
 * The list is Snowball's Dutch stop word list (snowballstem.org, `dutch/stop.txt`,
 * BSD-3-Clause, Copyright (c) 2001 Dr Martin Porter), in the normalised form zoek indexes
 * (lowercase, no diacritics).
 *
 * @module
 */

/** Snowball's Dutch stop words, normalised. */
export const dutchStopWords: readonly string[] = Object.freeze([
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is', 'was', 'op', 'aan',
  'met', 'als', 'voor', 'had', 'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of', 'wat', 'mijn', 'men', 'dit', 'zo',
  'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je', 'mij', 'uit', 'der', 'daar', 'haar', 'naar', 'heb',
  'hoe', 'heeft', 'hebben', 'deze', 'u', 'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge', 'geen', 'omdat', 'iets',
  'worden', 'toch', 'al', 'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben', 'zonder', 'kan', 'hun', 'dus',
  'alles', 'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch', 'wordt', 'wezen', 'kunnen', 'ons',
  'zelf', 'tegen', 'na', 'reeds', 'wil', 'kon', 'niets', 'uw', 'iemand', 'geweest', 'andere',
])
