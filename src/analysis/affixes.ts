/**
 * Dutch prefixes and particles that begin derived words and particle verbs rather than
 * compounds. The compound splitter and the stem overrides both need them; this module loads
 * no word data, so the query-only entry may import it.
 *
 * @module
 */

/** Derivational prefixes: a word that begins with one is derived, not compounded. */
export const DERIVATIONAL_PREFIXES: ReadonlySet<string> = new Set(['aarts', 'anti', 'be', 'co', 'er', 'ex', 'ge', 'her', 'hyper', 'inter', 'mis', 'multi', 'neo', 'on', 'ont', 'opper', 'post', 'pre', 'pro', 'pseudo', 'semi', 'super', 'trans', 'ultra', 'ver', 'wan'])

/** Prepositions and adverbs that begin compounds with a noun head (achterkant, binnenstad) and particle verbs (aanbevelen). */
export const PARTICLES: ReadonlySet<string> = new Set(['aan', 'achter', 'af', 'bij', 'binnen', 'boven', 'buiten', 'door', 'in', 'mee', 'midden', 'na', 'om', 'onder', 'op', 'over', 'tegen', 'toe', 'tussen', 'uit', 'voor', 'zij'])

/** Adverbs that begin particle verbs (terugkomen, samenwerken, wegnemen, neerleggen, heengaan), not compounds with a noun head. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['neer', 'terug', 'samen', 'weg', 'heen'])
