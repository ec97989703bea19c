/**
 * Dutch prefixes and particles that begin derived words and particle verbs rather than
 * compounds. The compound splitter and the stem overrides both need them; this module loads
 * no word data, so the query-only entry may import it.
 *
 * @module
 */

/** Derivational prefixes: a word that begins with one is derived, not compounded. */
export const DERIVATIONAL_PREFIXES: ReadonlySet<string> = new Set([
  'aarts',
  'anti',
  'be',
  'co',
  'er',
  'ex',
  'ge',
  'her',
  'hyper',
  'inter',
  'mis',
  'multi',
  'neo',
  'on',
  'ont',
  'opper',
  'post',
  'pre',
  'pro',
  'pseudo',
  'semi',
  'super',
  'trans',
  'ultra',
  'ver',
  'wan',
])

/** Prepositions and adverbs that begin compounds with a noun head (achterkant, binnenstad) and particle verbs (aanbevelen). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'aan',
  'achter',
  'af',
  'bij',
  'binnen',
  'boven',
  'buiten',
  'door',
  'in',
  'mee',
  'midden',
  'na',
  'om',
  'onder',
  'op',
  'over',
  'tegen',
  'toe',
  'tussen',
  'uit',
  'voor',
  'zij',
])

/** Adverbs that begin particle verbs (terugkomen, samenwerken, wegnemen, neerleggen, heengaan), not compounds with a noun head. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['neer', 'terug', 'samen', 'weg', 'heen'])

/** Unstressed prefixes of verbs (be·sluiten, ver·kopen, ont·vangen, her·kennen, er·kennen): their participles take no ge-. */
export const UNSTRESSED_PREFIXES: readonly string[] = ['be', 'ver', 'ont', 'her', 'er']

/**
 * First parts of separable verbs: the particles, adverbs (terug·komen, samen·werken,
 * weer·geven), adjectives (vast·stellen, goed·keuren, bekend·maken) and nouns (plaats·vinden,
 * deel·nemen, kennis·nemen), and des, zo and veel of desgevraagd, zogenaamd and veelgebruikt.
 */
export const SEPARABLE_FIRST_PARTS: ReadonlySet<string> = new Set([
  ...PARTICLES,
  ...VERB_PARTICLES,
  ...[
    'voort',
    'weer',
    'vooraf',
    'achteruit',
    'vooruit',
    'bijeen',
    'uiteen',
    'aaneen',
    'tegemoet',
    'tentoon',
    'teweeg',
    'gade',
    'terecht',
    'overeen',
    'voorbij',
    'rond',
    'langs',
    'mis',
    'thuis',
    'waar',
    'teleur',
  ],
  ...[
    'vast',
    'vrij',
    'los',
    'open',
    'dicht',
    'goed',
    'kapot',
    'klaar',
    'stil',
    'schoon',
    'bekend',
    'kwijt',
    'leeg',
    'vol',
    'hoog',
    'laag',
    'lief',
    'recht',
    'gelijk',
    'bloot',
    'kort',
    'groot',
    'zeker',
    'stop',
    'plat',
    'glad',
    'lam',
    'vet',
    'licht',
    'lang',
  ],
  ...['plaats', 'deel', 'kennis', 'adem', 'les', 'stand', 'beslag'],
  ...['des', 'zo', 'veel'],
])

/**
 * Prefixes that attach to a free word, which keeps its meaning: multi·probleem, super·stad,
 * anti·racisme, sub·menu. The word they make is a derivation, not a compound, so `splitCompound`
 * keeps it whole; `splitPrefixed` (compounds.ts) gives prefix and base as parts all the same, so that a
 * search for probleem finds multiprobleem.
 */
export const FREE_BASE_PREFIXES: readonly string[] = ['anti', 'hyper', 'mega', 'micro', 'mini', 'multi', 'neo', 'pseudo', 'semi', 'sub', 'super', 'ultra']
