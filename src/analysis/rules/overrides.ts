/**
 * Stem overrides: word forms whose term is set here instead of by the stemmer. Each group
 * maps every listed form (normalised: lowercase, no diacritics) to one term, the group's name.
 *
 * Three kinds of Dutch facts, each checked against what Kraaij-Pohlmann does without them:
 *
 * - Lucene's DutchAnalyzer defaults (fiets, bromfiets, ei/eieren, kind/kinderen).
 * - Irregular plurals: a vowel that changes (stad/steden, schip/schepen) or is lengthened in
 *   the plural (dag/dagen, gat/gaten), which Kraaij-Pohlmann stems apart (`dag`/`daag`).
 * - Strong and irregular verbs: their paradigms (komen, kwam, kwamen, gekomen), and the weak
 *   verbs whose stem ends in -en (kennen, tekenen, rekenen, openen), which the stemmer cuts
 *   at the -en of the stem and the -end of the participle.
 * - Words that begin with `ge` but are not participles. Kraaij-Pohlmann removes `ge-` from
 *   them and conflates them with unrelated words: gemeente and menen both become `meen`,
 *   gebied and bieden `bied`, gezin and zin `zin`. The choice is a list, not a rule: whether
 *   `ge` is a prefix cannot be read off the word.
 *
 * A form that belongs to two groups is listed in neither, or only in the commoner one
 * (`namen` is the plural of naam, not a form of nemen; `wegen` is the plural of weg).
 *
 * The irregular plurals also count as the head of a compound (werkdagen as werkdag), see
 * {@link singularOfCompoundPlural}.
 *
 * @module
 */

import { DEGREE_GROUPS, TE_NOUN_GROUPS, TEN_GROUPS } from '../data/adjectives.js'
import { DERIVATIONAL_PREFIXES, PARTICLES, SEPARABLE_FIRST_PARTS, UNSTRESSED_PREFIXES, VERB_PARTICLES } from './affixes.js'

/** Nouns: Lucene's defaults and the irregular plurals. */
const NOUN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  // Lucene DutchAnalyzer defaults
  fiets: ['fiets', 'fietsen'],
  bromfiets: ['bromfiets', 'bromfietsen'],
  ei: ['ei', 'eieren'],
  kind: ['kind', 'kinderen'],
  // plurals with another vowel
  stad: ['stad', 'steden'],
  schip: ['schip', 'schepen'],
  lid: ['lid', 'leden'],
  smid: ['smid', 'smeden'],
  school: ['school', 'scholen'],
  // plurals with a lengthened vowel
  bad: ['bad', 'baden'],
  bedrag: ['bedrag', 'bedragen'],
  bevel: ['bevel', 'bevelen'],
  blad: ['blad', 'bladen', 'bladeren'],
  dag: ['dag', 'dagen'],
  dak: ['dak', 'daken'],
  dal: ['dal', 'dalen'],
  feestdag: ['feestdag', 'feestdagen'],
  gat: ['gat', 'gaten'],
  glas: ['glas', 'glazen'],
  god: ['god', 'goden'],
  graf: ['graf', 'graven'],
  hertog: ['hertog', 'hertogen'],
  hof: ['hof', 'hoven'],
  lot: ['lot', 'loten'],
  oorlog: ['oorlog', 'oorlogen'],
  pad: ['pad', 'paden'],
  slag: ['slag', 'slagen'],
  slot: ['slot', 'sloten'],
  // spelen is the plural of spel and the verb (to play); its other forms join them
  spel: ['spel', 'spelen', 'speel', 'speelt', 'speelde', 'speelden', 'gespeeld', 'gespeelde'],
  staf: ['staf', 'staven'],
  vat: ['vat', 'vaten'],
  verdrag: ['verdrag', 'verdragen'],
  verlof: ['verlof', 'verloven'],
  weg: ['weg', 'wegen'],
  // other irregular plurals
  individu: ['individu', 'individuen'],
  koe: ['koe', 'koeien'],
  lam: ['lam', 'lammeren'],
  // reden (reason) and its plural; Kraaij-Pohlmann stems reden as reed (rode), a form of rijden
  reden: ['reden', 'redenen'],
  rund: ['rund', 'runderen'],
  volk: ['volk', 'volken', 'volkeren'],
}

/** Strong and irregular verbs: every form of a paradigm gets the infinitive as its term. */
const STRONG_VERBS: Readonly<Record<string, readonly string[]>> = {
  zijn: ['zijn', 'ben', 'bent', 'is', 'was', 'waren', 'geweest'],
  hebben: ['hebben', 'heb', 'hebt', 'heeft', 'had', 'hadden', 'gehad'],
  gaan: ['gaan', 'ga', 'gaat', 'ging', 'gingen', 'gegaan'],
  komen: ['komen', 'kom', 'komt', 'kwam', 'kwamen', 'gekomen'],
  zitten: ['zitten', 'zit', 'zat', 'zaten', 'gezeten'],
  doen: ['doen', 'doe', 'doet', 'deed', 'deden', 'gedaan'],
  zien: ['zien', 'zie', 'ziet', 'zag', 'gezien'],
  staan: ['staan', 'sta', 'staat', 'stond', 'stonden', 'gestaan'],
  geven: ['geven', 'geef', 'geeft', 'gaf', 'gegeven'],
  nemen: ['nemen', 'neem', 'neemt', 'nam', 'genomen'],
  spreken: ['spreken', 'spreek', 'spreekt', 'sprak', 'spraken', 'gesproken'],
  schrijven: ['schrijven', 'schrijf', 'schrijft', 'schreef', 'schreven', 'geschreven'],
  blijven: ['blijven', 'blijf', 'blijft', 'bleef', 'bleven', 'gebleven'],
  krijgen: ['krijgen', 'krijg', 'krijgt', 'kreeg', 'kregen', 'gekregen'],
  denken: ['denken', 'denk', 'denkt', 'dacht', 'dachten', 'gedacht'],
  brengen: ['brengen', 'breng', 'brengt', 'bracht', 'brachten', 'gebracht'],
  zoeken: ['zoeken', 'zoek', 'zoekt', 'zocht', 'zochten', 'gezocht'],
  vinden: ['vinden', 'vind', 'vindt', 'vond', 'vonden', 'gevonden'],
  zeggen: ['zeggen', 'zeg', 'zegt', 'zei', 'zeiden', 'gezegd'],
  liggen: ['liggen', 'lig', 'ligt', 'lag', 'gelegen'],
  vallen: ['vallen', 'val', 'valt', 'viel', 'vielen'],
  lopen: ['lopen', 'loop', 'loopt', 'liep', 'liepen', 'gelopen'],
  houden: ['houden', 'houd', 'houdt', 'hield', 'hielden', 'gehouden'],
  laten: ['laten', 'laat', 'liet', 'lieten', 'gelaten'],
  weten: ['weten', 'weet', 'wist', 'wisten', 'geweten'],
  kunnen: ['kunnen', 'kan', 'kunt', 'kon', 'konden', 'gekund'],
  mogen: ['mogen', 'mag', 'mocht', 'mochten', 'gemogen'],
  moeten: ['moeten', 'moet', 'moest', 'moesten', 'gemoeten'],
  willen: ['willen', 'wil', 'wilt', 'wilde', 'wilden', 'wou', 'gewild'],
  zullen: ['zullen', 'zal', 'zult', 'zou', 'zouden'],
  worden: ['worden', 'word', 'wordt', 'werd', 'werden', 'geworden'],
  eten: ['eten', 'eet', 'at', 'aten', 'gegeten'],
  lezen: ['lezen', 'lees', 'leest', 'las', 'lazen', 'gelezen'],
  kiezen: ['kiezen', 'kies', 'kiest', 'koos', 'kozen', 'gekozen'],
  verliezen: ['verliezen', 'verlies', 'verliest', 'verloor', 'verloren'],
  winnen: ['winnen', 'win', 'wint', 'won', 'wonnen', 'gewonnen'],
  beginnen: ['beginnen', 'begin', 'begint', 'begon', 'begonnen'],
  helpen: ['helpen', 'help', 'helpt', 'hielp', 'hielpen', 'geholpen'],
  sterven: ['sterven', 'sterf', 'sterft', 'stierf', 'stierven', 'gestorven'],
  vragen: ['vragen', 'vraag', 'vraagt', 'vroeg', 'vroegen', 'gevraagd'],
  trekken: ['trekken', 'trek', 'trekt', 'trok', 'trokken', 'getrokken'],
  vliegen: ['vliegen', 'vlieg', 'vliegt', 'vloog', 'vlogen', 'gevlogen'],
  slaan: ['slaan', 'sla', 'slaat', 'sloeg', 'sloegen', 'geslagen'],
  dragen: ['dragen', 'draag', 'draagt', 'droeg', 'droegen', 'gedragen'],
  kopen: ['kopen', 'koop', 'koopt', 'kocht', 'kochten', 'gekocht'],
  kijken: ['kijken', 'kijk', 'kijkt', 'keek', 'keken', 'gekeken'],
  // more strong verbs; a form that is more often another word is left out (reden of rijden:
  // the reason; geleden of lijden: ago; leden: members; sloten of sluiten: plural of slot; bond
  // and bonden of binden: union; mat and maten of meten: size, and meten's term is `meet`, as
  // meteen, written with one e by the long-vowel rule, is `meten`; vocht of vechten: moisture)
  bieden: ['bieden', 'bied', 'biedt', 'bood', 'boden', 'geboden'],
  binden: ['binden', 'bind', 'bindt', 'gebonden'],
  blijken: ['blijken', 'blijkt', 'bleek', 'bleken', 'gebleken'],
  breken: ['breken', 'breek', 'breekt', 'brak', 'braken', 'gebroken'],
  dringen: ['dringen', 'dring', 'dringt', 'drong', 'drongen', 'gedrongen'],
  drinken: ['drinken', 'drink', 'drinkt', 'dronk', 'dronken', 'gedronken'],
  dwingen: ['dwingen', 'dwing', 'dwingt', 'dwong', 'dwongen', 'gedwongen'],
  gelden: ['gelden', 'geldt', 'gold', 'golden', 'gegolden'],
  hangen: ['hangen', 'hang', 'hangt', 'hing', 'hingen', 'gehangen'],
  heffen: ['heffen', 'hef', 'heft', 'hief', 'hieven', 'geheven'],
  lijden: ['lijden', 'lijd', 'lijdt', 'leed'],
  lijken: ['lijken', 'lijk', 'lijkt', 'leek', 'leken', 'geleken'],
  meet: ['meten', 'meet', 'gemeten'],
  rijden: ['rijden', 'rijd', 'rijdt', 'reed', 'gereden'],
  roepen: ['roepen', 'roep', 'roept', 'riep', 'riepen', 'geroepen'],
  schieten: ['schieten', 'schiet', 'schoot', 'schoten', 'geschoten'],
  schijnen: ['schijnen', 'schijn', 'schijnt', 'scheen', 'schenen', 'geschenen'],
  slapen: ['slapen', 'slaap', 'slaapt', 'sliep', 'sliepen', 'geslapen'],
  sluiten: ['sluiten', 'sluit', 'sloot', 'gesloten'],
  snijden: ['snijden', 'snijd', 'snijdt', 'sneed', 'sneden', 'gesneden'],
  springen: ['springen', 'spring', 'springt', 'sprong', 'sprongen', 'gesprongen'],
  stijgen: ['stijgen', 'stijg', 'stijgt', 'steeg', 'stegen', 'gestegen'],
  strijden: ['strijden', 'strijd', 'strijdt', 'streed', 'streden', 'gestreden'],
  treden: ['treden', 'treed', 'treedt', 'trad', 'traden', 'getreden'],
  treffen: ['treffen', 'tref', 'treft', 'trof', 'troffen', 'getroffen'],
  vangen: ['vangen', 'vang', 'vangt', 'ving', 'vingen', 'gevangen'],
  vechten: ['vechten', 'vecht', 'vochten', 'gevochten'],
  verdwijnen: ['verdwijnen', 'verdwijn', 'verdwijnt', 'verdween', 'verdwenen'],
  vergeten: ['vergeten', 'vergeet', 'vergat', 'vergaten'],
  vermijden: ['vermijden', 'vermijd', 'vermijdt', 'vermeed', 'vermeden'],
  werpen: ['werpen', 'werp', 'werpt', 'wierp', 'wierpen', 'geworpen'],
  zenden: ['zenden', 'zend', 'zendt', 'zond', 'gezonden'],
  zingen: ['zingen', 'zing', 'zingt', 'zong', 'zongen', 'gezongen'],
  zwijgen: ['zwijgen', 'zwijg', 'zwijgt', 'zweeg', 'zwegen', 'gezwegen'],
}

/** Verbs in -nnen whose stem ends in -en after a stressed short vowel: kennen and its compounds. */
const KENNEN: readonly string[] = ['ken', 'erken', 'herken', 'ontken', 'verken', 'toeken']
/** Verbs whose stem ends in unstressed -en: tekenen, rekenen, openen and their compounds. */
const EN_STEMS: readonly string[] = [
  'teken',
  'aanteken',
  'opteken',
  'onderteken',
  'reken',
  'bereken',
  'herbereken',
  'uitreken',
  'afreken',
  'meereken',
  'beteken',
  'open',
  'heropen',
  'orden',
  'wapen',
  'zegen',
]
/** First parts of separable verbs among them (aan·ge·tekend), and inseparable prefixes (be·rekend). */
const SEPARABLE = /^(aan|af|mee|op|toe|uit)(.+)$/
const INSEPARABLE = new RegExp(`^(?:${[...UNSTRESSED_PREFIXES, 'onder'].join('|')})`)

/**
 * The paradigm of a weak verb whose stem ends in -en: Kraaij-Pohlmann takes that -en for a
 * plural ending (teken → `teek`, tekenen → `teken`) and the participle's -end for a present
 * participle's (getekend → `teek`, erkend → `erk`, geopend → `geop`), so the forms of one verb
 * got up to four terms. The stem, its -t, -de and -den, the infinitive, both participles and
 * the past participle's -e form.
 */
function enStemParadigm(stem: string): string[] {
  const infinitive = KENNEN.includes(stem) ? `${stem}nen` : `${stem}en`
  // A first part only where the rest is one of these verbs itself (aan·teken, not op·en).
  const separable = SEPARABLE.exec(stem)
  const participle =
    separable !== null && [...KENNEN, ...EN_STEMS].includes(separable[2])
      ? `${separable[1]}ge${separable[2]}d`
      : INSEPARABLE.test(stem)
        ? `${stem}d`
        : `ge${stem}d`
  return [stem, `${stem}t`, `${stem}de`, `${stem}den`, infinitive, `${infinitive}d`, participle, `${participle}e`]
}

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  ...NOUN_GROUPS,
  // adjectives with their comparatives and superlatives (groot, groter, grootst), and the
  // nouns in -te made from adjectives, apart from them (grootte)
  ...DEGREE_GROUPS,
  ...TE_NOUN_GROUPS,
  // the tens, which Kraaij-Pohlmann cuts to a unit (vijftig → vijf)
  ...TEN_GROUPS,
  ...Object.fromEntries([...KENNEN, ...EN_STEMS].map((stem) => [stem, enStemParadigm(stem)])),
  // the adjective bekend (known), which Kraaij-Pohlmann reads as a present participle (`beek`)
  bekend: ['bekend', 'bekende'],
  bekendheid: ['bekendheid', 'bekendheden'],
  ...STRONG_VERBS,
  // words that begin with ge- and are not participles
  gebied: ['gebied', 'gebieden'],
  gebeurtenis: ['gebeurtenis', 'gebeurtenissen'],
  gebeuren: ['gebeuren', 'gebeurt', 'gebeurde', 'gebeurden', 'gebeurd'],
  gebouw: ['gebouw', 'gebouwen'],
  gebrek: ['gebrek', 'gebreken'],
  gebruik: ['gebruik', 'gebruiken', 'gebruikt', 'gebruikte', 'gebruikten'],
  gedachte: ['gedachte', 'gedachten'],
  gedeelte: ['gedeelte', 'gedeelten', 'gedeeltes'],
  gedicht: ['gedicht', 'gedichten'],
  gedrag: ['gedrag'],
  geheim: ['geheim', 'geheimen', 'geheime'],
  geloof: ['geloof', 'geloven', 'gelooft', 'geloofde', 'geloofden'],
  geluk: ['geluk'],
  gelukkig: ['gelukkig', 'gelukkige', 'gelukkiger', 'gelukkigst', 'gelukkigste'],
  gemeente: ['gemeente', 'gemeenten', 'gemeentes'],
  gemiddeld: ['gemiddeld', 'gemiddelde', 'gemiddelden'],
  geschiedenis: ['geschiedenis', 'geschiedenissen'],
  gesprek: ['gesprek', 'gesprekken'],
  getal: ['getal', 'getallen'],
  getuige: ['getuige', 'getuigen'],
  gevoel: ['gevoel', 'gevoelens'],
  gevolg: ['gevolg', 'gevolgen'],
  geweld: ['geweld'],
  gewicht: ['gewicht', 'gewichten'],
  gewoon: ['gewoon', 'gewone'],
  gewoonte: ['gewoonte', 'gewoonten', 'gewoontes'],
  gezicht: ['gezicht', 'gezichten'],
  gezin: ['gezin', 'gezinnen'],
  gezondheid: ['gezondheid'],
  geest: ['geest', 'geesten'],
  geestelijk: ['geestelijk', 'geestelijke', 'geestelijken'],
  gevangenis: ['gevangenis', 'gevangenissen'],
  gewest: ['gewest', 'gewesten'],
  gewestelijk: ['gewestelijk', 'gewestelijke'],
  gelegenheid: ['gelegenheid', 'gelegenheden'],
  genoegen: ['genoegen', 'genoegens'],
  gezag: ['gezag'],
  gegevens: ['gegevens'],
  gemak: ['gemak'],
  gemakkelijk: ['gemakkelijk', 'gemakkelijke', 'gemakkelijker', 'gemakkelijkst', 'gemakkelijkste'],
  gemeenschap: ['gemeenschap', 'gemeenschappen'],
  gemeenschappelijk: ['gemeenschappelijk', 'gemeenschappelijke'],
  geheugen: ['geheugen', 'geheugens'],
  generaal: ['generaal', 'generaals', 'generale'],
  geweer: ['geweer', 'geweren'],
  gebed: ['gebed', 'gebeden'],
  gezant: ['gezant', 'gezanten'],
  gewas: ['gewas'],
  gerecht: ['gerecht', 'gerechten'],
  gelijk: ['gelijk', 'gelijke', 'gelijkheid', 'gelijkheden'],
  gezond: ['gezond', 'gezonde', 'gezonder', 'gezondere', 'gezondst', 'gezondste'],
  genereren: ['genereren', 'genereer', 'genereert', 'genereerde', 'genereerden', 'gegenereerd', 'gegenereerde'],
  genieten: ['genieten', 'geniet', 'genoot', 'genoten', 'genietend'],
  // words that Kraaij-Pohlmann (or a rule above) stems as another, common word; the word they
  // met is after each
  waarde: ['waarde', 'waarden', 'waardes', 'waard'], // waar (where, true)
  sommig: ['sommig', 'sommige', 'sommigen'], // som (sum)
  soms: ['soms'], // som
  markt: ['markt', 'markten'], // Mark
  racisme: ['racisme'], // race
  veiling: ['veiling', 'veilingen'], // veilig (auction, safe)
  wijzig: ['wijzigen', 'wijzig', 'wijzigt', 'wijzigde', 'wijzigden', 'gewijzigd', 'gewijzigde'], // wijze, wijzen, wijs (-ig off)
  zeven: ['zeven', 'zevende'], // zeef (sieve)
  verkeerd: ['verkeerd', 'verkeerde'], // verkeer (traffic)
  paars: ['paars', 'paarse'], // paar (pair)
  orde: ['orde', 'ordes'], // or
  raadsel: ['raadsel', 'raadsels'], // raad (-sel off)
  spanje: ['spanje'], // spanning
  oudere: ['oudere', 'ouderen'], // ouders (parents)
  aangezien: ['aangezien'], // aanzien (since, regard)
  gedurende: ['gedurende'], // duur (during, duration)
  zelfs: ['zelfs'], // zelf (even, self)
  engels: ['engels', 'engelse'], // engel (angel), by the -s adjective rule
  // nouns in -d whose plural Kraaij-Pohlmann cuts at -den (paarden → paar) and whose singular
  // the final-dt rule then takes the -d off (paard → paar)
  paard: ['paard', 'paarden'], // paar
  held: ['held', 'helden'], // hel, helling
  veld: ['veld', 'velden'], // vel
  zwaard: ['zwaard', 'zwaarden'], // zwaar (heavy)
  oord: ['oord', 'oorden'], // oor (ear)
  boord: ['boord', 'boorden'], // geboren (boor)
  moord: ['moord', 'moorden'], // moor
}

/**
 * Every listed form, normalised, with its group's name: the term it gets, or for a strong verb
 * its infinitive, whose stem the analyzer gives as the term (see {@link isStrongVerb}).
 */
export const dutchStemOverrides: ReadonlyMap<string, string> = new Map(
  Object.entries(GROUPS).flatMap(([term, forms]) => forms.map((form) => [form, term] as const)),
)
// A form in two groups would silently take the later group's term.
if (dutchStemOverrides.size !== Object.values(GROUPS).reduce((sum, forms) => sum + new Set(forms).size, 0))
  throw new Error('a stem override form is listed in two groups')

/** Verbs whose forms take no first part here: the auxiliaries and modals (afwas is no form of zijn). */
const NO_FIRST_PART: ReadonlySet<string> = new Set(['zijn', 'hebben', 'kunnen', 'zullen', 'mogen', 'moeten', 'willen', 'worden'])
/**
 * First parts of verbs: the unstressed prefixes (ver·kopen, be·sluiten, ont·vangen) and the
 * first parts of separable verbs (aan·komen, op·slaan, plaats·vinden, deel·nemen, the same as
 * the ge-infix rule's), longest first.
 */
const VERB_FIRST_PARTS: readonly string[] = [...UNSTRESSED_PREFIXES, ...SEPARABLE_FIRST_PARTS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
/** Nouns that look like a first part and a verb form: aan·dacht, af·val, toe·val, be·val, deel·staat. */
const NOT_VERB_FORMS: ReadonlySet<string> = new Set(['aandacht', 'afval', 'toeval', 'beval', 'deelstaat'])
/**
 * Verb forms that end the plurals of nouns too: afspraken, inbraken, nazaten and losgelden are
 * plurals of afspraak, inbraak, nazaat and losgeld.
 */
const NOT_AFTER_FIRST_PART: ReadonlySet<string> = new Set(['spraken', 'braken', 'zaten', 'gelden'])
/** The shortest verb form after a first part (not bez·at's at, but be·zat: three letters). */
const MIN_VERB_FORM = 3
/** The strong verbs that take first parts, with their forms and the inflected participles (betrokken, betrokkene, betrokkenen). */
const FIRST_PART_VERBS: readonly (readonly [string, readonly string[]])[] = Object.entries(STRONG_VERBS)
  .filter(([verb]) => !NO_FIRST_PART.has(verb))
  .map(([verb, forms]) => [verb, [...forms, ...forms.filter((form) => form.startsWith('ge')).flatMap((form) => [`${form}e`, `${form}en`])]] as const)
/**
 * Each form of a strong verb that may follow a first part, with its infinitive, and the present
 * participles (vallend); not a form another group lists (gedachte, the noun: bijgedachte).
 */
const VERB_FORMS: ReadonlyMap<string, string> = new Map(
  FIRST_PART_VERBS.flatMap(([verb, forms]) =>
    [...forms, `${verb}d`, `${verb}de`]
      .filter((form) => !NOT_AFTER_FIRST_PART.has(form) && form.length >= MIN_VERB_FORM && (dutchStemOverrides.get(form) ?? verb) === verb)
      .map((form) => [form, verb] as const),
  ),
)

/** The participles of those verbs without their ge- (sloten of gesloten, dachte of gedachte), as they stand after be-, ver-, ont-. */
const PARTICIPLES_WITHOUT_GE: ReadonlyMap<string, string> = new Map(
  FIRST_PART_VERBS.flatMap(([verb, forms]) =>
    forms.filter((form) => form.startsWith('ge') && form.length - 2 >= MIN_VERB_FORM).map((form) => [form.slice(2), verb] as const),
  ),
)

/**
 * The term the overrides give a normalised word: its group's, or, for a strong verb with a
 * prefix or first part, the first part and the verb's infinitive, so that every form of the
 * compound verb meets (aankwam, aangekomen and aankomen as `aankomen`; verkocht and verkoop as
 * `verkopen`; opgeslagen and opslaan as `opslaan`; onderzoek and onderzocht as `onderzoeken`).
 *
 * @param word - a normalised word
 * @returns the term, or undefined when no override applies
 * @example
 * ```ts
 * overrideOf('kwam') // => 'komen'
 * overrideOf('aangekomen') // => 'aankomen'
 * overrideOf('aandacht') // => undefined
 * ```
 */
export function overrideOf(word: string): string | undefined {
  const listed = dutchStemOverrides.get(word)
  if (listed !== undefined || NOT_VERB_FORMS.has(word)) return listed
  for (const part of VERB_FIRST_PARTS) {
    if (!word.startsWith(part) || word.length - part.length < MIN_VERB_FORM) continue
    const rest = word.slice(part.length)
    // After an unstressed prefix the participle has no ge-: be·sloten, ver·geten.
    const verb = VERB_FORMS.get(rest) ?? (UNSTRESSED_PREFIXES.includes(part) ? PARTICIPLES_WITHOUT_GE.get(rest) : undefined)
    if (verb !== undefined) return part + verb
  }
  return undefined
}

/** Verbs whose stem is the term of a common word of its own (geld, money; laatst, last): they keep the infinitive as their term. */
const OWN_TERM_VERBS: ReadonlySet<string> = new Set(['gelden', 'laten'])

/**
 * True when an override term is a strong verb's infinitive, alone or after a first part
 * (komen, aankomen): the analyzer stems it, so that the verb's forms meet the words the stemmer
 * makes from it (verbinden, verbond and verbinding; liggen, lag and ligging).
 *
 * @param term - a term {@link overrideOf} gave
 * @returns whether it names a strong verb
 * @example
 * ```ts
 * isStrongVerb('aankomen') // => true
 * isStrongVerb('gemeente') // => false
 * ```
 */
export function isStrongVerb(term: string): boolean {
  if (OWN_TERM_VERBS.has(term)) return false
  if (Object.hasOwn(STRONG_VERBS, term)) return true
  return VERB_FIRST_PARTS.some((first) => term.startsWith(first) && Object.hasOwn(STRONG_VERBS, term.slice(first.length)))
}

/** Identifies the first-part rule in analyzer fingerprints; change it whenever the rule changes. */
export const VERB_FIRST_PART_RULE = [
  'verb-first-parts',
  VERB_FIRST_PARTS.join(','),
  [...OWN_TERM_VERBS].join(','),
  [...NO_FIRST_PART].join(','),
  [...NOT_VERB_FORMS].join(','),
  [...NOT_AFTER_FIRST_PART].join(','),
  MIN_VERB_FORM,
].join(':')

/** Plurals that end other words too often to be taken for a head: hoven (geschoven, Eindhoven). */
const NO_HEADS: ReadonlySet<string> = new Set(['hoven'])
/** The irregular plurals of four letters or more, each with its singular (dagen → dag, kinderen → kind). */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(
  Object.entries(NOUN_GROUPS).flatMap(([singular, forms]) =>
    forms.filter((form) => form !== singular && form.length >= 4 && !NO_HEADS.has(form)).map((form) => [form, singular] as const),
  ),
)
const PLURAL_HEAD = new RegExp(`(${[...IRREGULAR_PLURALS.keys()].sort((a, b) => b.length - a.length).join('|')})$`)
/** What may not stand before such a plural: prefixes and particles make verbs and derivations (bewegen, uitdagen, geleden, aanbevelen). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([...DERIVATIONAL_PREFIXES, ...PARTICLES, ...VERB_PARTICLES])
/** What the part before the plural may not end in: a participle or particle verb (aangesloten, toegeslagen, heroverwegen, slavernijverleden). */
const PREFIX_BEFORE_HEAD = new RegExp(`(?:ge|be|ver|ont|her|${[...NOT_MODIFIERS].filter((word) => word.length >= 3).join('|')})$`)
/** The shortest modifier before an irregular plural. */
const MIN_MODIFIER = 3
/**
 * Irregular plurals that no particle verb ends in, so that a particle before them makes a noun:
 * the verb of slag is slaan, and uitslagen, aanslagen, afslagen and toeslagen are only plurals
 * (uitgeslagen, with ge-, is still a participle).
 */
const PARTICLE_NOUN_HEADS: ReadonlySet<string> = new Set(['slagen'])

/**
 * The singular of a compound whose head is an irregular plural (werkdagen → werkdag,
 * hoofdsteden → hoofdstad, raadsleden → raadslid, tabbladen → tabblad), which the stemmer
 * would take for a regular one (werkdagen → `werkdaag`). The part before the plural must be
 * three letters or more, no prefix or particle and not end in one: besteden, geleden, bewegen,
 * uitdagen, aanbevelen, aangesloten and heroverwegen are not compounds of steden, leden,
 * wegen, dagen, bevelen and sloten. Hoven is never taken for a head (geschoven, Eindhoven).
 *
 * @param word - a normalised word
 * @returns the compound with its head in the singular, or undefined
 * @example
 * ```ts
 * singularOfCompoundPlural('werkdagen') // => 'werkdag'
 * singularOfCompoundPlural('geleden') // => undefined
 * ```
 */
export function singularOfCompoundPlural(word: string): string | undefined {
  const head = PLURAL_HEAD.exec(word)
  if (head === null) return undefined
  const modifier = word.slice(0, head.index)
  const particleNoun = PARTICLE_NOUN_HEADS.has(head[1]) && PARTICLES.has(modifier)
  if (modifier.length < MIN_MODIFIER || (NOT_MODIFIERS.has(modifier) && !particleNoun) || (PREFIX_BEFORE_HEAD.test(modifier) && !particleNoun)) return undefined
  return modifier + (IRREGULAR_PLURALS.get(head[1]) as string)
}

/** Identifies the compound rule in analyzer fingerprints; change it whenever the rule changes. */
export const COMPOUND_PLURAL_RULE = [
  'compound-plurals',
  MIN_MODIFIER,
  [...NOT_MODIFIERS].sort().join(','),
  PREFIX_BEFORE_HEAD.source,
  [...NO_HEADS].join(','),
  [...PARTICLE_NOUN_HEADS].join(','),
].join(':')
