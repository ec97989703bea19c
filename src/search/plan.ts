/**
 * Query plans. A query tree is compiled once per search into a plan whose words are already
 * analysed. From the plan come MiniSearch's candidate query and the exact check of one
 * sentence, which also yields the highlights.
 *
 * @module
 */

import { WILDCARD, type EngineQuery } from './engine/sentence-minisearch.js'
import { partTerm } from './index-terms.js'
import type { Analyzer, Token } from '../analysis/analyzer.js'
import { normalizeWord } from '../analysis/normalize.js'
import { assertNever } from '../check.js'
import type { FilterField, QueryNode } from '../query/ast.js'
import { familyBase, isOfFamily, MIN_BASE } from './family.js'
import { findPhrase } from './phrase.js'
import type { DocumentId, Role, Span } from '../model.js'
import type { Vocabulary, VocabularyMatch } from './vocabulary.js'
import { DEFAULT_WEIGHTS, type RankingWeights } from './weights.js'

/**
 * A compiled query node. Words, prefixes and fuzzy words all become `terms`: the index terms
 * any of which may match. Terms that a prefix or fuzzy word reached through the vocabulary,
 * rather than typed, weigh less (`weights`; see {@link RankingWeights.expansion}).
 */
export type Plan =
  | {
      readonly kind: 'terms'
      readonly terms: ReadonlySet<string>
      readonly stop: boolean
      readonly weights?: ReadonlyMap<string, number>
      /** Only words of their own, not compound parts (the parts of a query compound the index lacks). */
      readonly whole?: boolean
      /**
       * For a word the index lacks that a fallback looked up: the word typed, normalised, and the
       * words found in its place, which rank as its own form (the words near a typo, or the parts
       * of a compound).
       */
      readonly replaces?: { readonly typed: string; readonly words: ReadonlySet<string> }
    }
  | { readonly kind: 'phrase'; readonly terms: readonly string[]; readonly slop: number }
  | { readonly kind: 'field'; readonly field: FilterField; readonly value: string }
  | { readonly kind: 'required' | 'not'; readonly child: Plan }
  | { readonly kind: 'and' | 'or'; readonly children: readonly Plan[] }
  | { readonly kind: 'empty' }

/** What the exact check needs to know about a sentence. `tokens` may be a lazy getter: filters do not read it. */
export interface SentenceView {
  readonly tokens: readonly Token[]
  readonly documentId: DocumentId
  readonly role?: Role
  readonly speaker?: string
}

/** Elasticsearch's AUTO fuzziness: 0 edits up to 2 letters, 1 up to 5, else 2. */
function autoDistance(word: string): number {
  return word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2
}

/**
 * A typed word that matches nothing is looked up as a fuzzy word when it has at least this
 * many letters; shorter words have too many neighbours one edit away.
 */
const TYPO_MIN_LENGTH = 5

/**
 * The distance of the typo fallback, which the user did not ask for: one edit up to seven
 * letters, two from eight (Elasticsearch's AUTO:4,8), so that *zestig* is no typo of *deftig*.
 */
function typoDistance(word: string): number {
  return word.length < 8 ? 1 : 2
}

/** What compiling needs to know about the index besides its vocabulary. */
export interface CompileContext {
  /** True when the index has this term. */
  readonly hasTerm: (term: string) => boolean
  /** Look up a word that matches nothing as a fuzzy word (see {@link TYPO_MIN_LENGTH}). */
  readonly typoFallback: boolean
  /** Add related words at lower weights (see {@link withRelated}). */
  readonly expand?: boolean
  /** The search's weights; the defaults when not given. */
  readonly weights?: RankingWeights
  /** With expand: the synonyms of a term (from the index's table `synonyms`, see `synonyms.ts`). */
  readonly synonyms?: (term: string) => readonly string[]
}

/**
 * Words that weigh like stop words in a query that has other words, beside the analyzer's
 * stop words and their forms ({@link weighsLikeStopWord}). Question words: in *waarom ging
 * Somers in de politiek* the answer is about politiek, not about waarom. And the personal
 * pronouns Snowball's list lacks (it has *ik*, *je*, *hij*, *zij*, *ze*, *u*, not *we*, *wij*
 * or *jullie*): in *hoe helpen we nieuwkomers* the answer is about nieuwkomers, whoever *we* are.
 * And the auxiliaries it lacks (it has *zijn*, *hebben*, *worden*, *kunnen*, *zullen*, *doen*),
 * those of the modal, causative, aspectual and passive kind that Dutch grammars list (*mogen*,
 * *hoeven*, *laten*, *gaan*, *komen*, *krijgen*), in all their forms: in *hoe gaat Mechelen om
 * met populisme* the answer is about populisme. Verbs that are mostly verbs of their own
 * (*blijven*, *staan*, *zitten*, *liggen*, *lopen*) are left out.
 */
const LIGHT_WORDS: ReadonlySet<string> = new Set([
  'hoe',
  'hoelang',
  'hoeveel',
  'hoezo',
  'waarom',
  'wie',
  'wat',
  'welk',
  'welke',
  'wanneer',
  'waar',
  'waaraan',
  'waarbij',
  'waardoor',
  'waarin',
  'waarmee',
  'waarop',
  'waarover',
  'waarvoor',
  'waaruit',
  'vanwaar',
  // Pronouns
  'we',
  'wij',
  'jij',
  'jou',
  'jouw',
  'jullie',
  'hen',
  'elkaar',
  // Auxiliaries, in all their forms
  ...['mag', 'mogen', 'mocht', 'mochten', 'hoef', 'hoeft', 'hoeven', 'hoefde', 'hoefden', 'gehoefd'],
  ...['laat', 'laten', 'liet', 'lieten', 'gelaten', 'ga', 'gaat', 'gaan', 'ging', 'gingen', 'gegaan'],
  ...['kom', 'komt', 'komen', 'kwam', 'kwamen', 'gekomen', 'krijg', 'krijgt', 'krijgen', 'kreeg', 'kregen', 'gekregen'],
])

/**
 * True for a query word that weighs like a stop word: a stop word, a question word, pronoun or
 * auxiliary of {@link LIGHT_WORDS}, or another form of a stop word (see {@link Analyzer.isStopTerm}).
 * Snowball's list names some forms of its verbs and not others (*doen* but not *doet*, *deed*
 * or *gedaan*; *moet* but not *moeten*), so *wat doet Mechelen tegen armoede* is about
 * armoede, not about doen.
 *
 * @param token - a query word's token
 * @param analyzer - the index's analyzer
 */
export const weighsLikeStopWord = (token: Token, analyzer: Analyzer): boolean =>
  token.stop || LIGHT_WORDS.has(analyzer.normalize(token.surface)) || analyzer.isStopTerm(token.term)

/** The shortest word a family begins with, and the most letters a family word may differ in at the end. */
const FAMILY_STEM = 5
const FAMILY_ENDING = 3
/** The shortest part of a query compound split against the vocabulary. */
const MIN_SPLIT_PART = 3

/** Names compare like words: lowercase, no diacritics, one kind of apostrophe. */
/**
 * A speaker's name as a `speaker:` filter compares it: trimmed and normalised.
 *
 * @param name - a name
 */
export const foldName = (name: string): string => normalizeWord(name.trim())

/**
 * Compiles a query tree, analysing every word once and expanding prefixes and fuzzy words
 * through the vocabulary.
 *
 * @param node - the query tree
 * @param analyzer - the index's analyzer
 * @param vocabulary - the index's vocabulary
 * @param context - term lookup and the typo fallback; without it, no fallback
 * @param excluded - true under an exclusion, where a typo is not looked up fuzzily
 * @returns the plan
 */
export function compile(node: QueryNode, analyzer: Analyzer, vocabulary: Vocabulary, context?: CompileContext, excluded = false): Plan {
  const w = context?.weights ?? DEFAULT_WEIGHTS
  /** Terms of the vocabulary words, each with the best weight any of its words gives it; a word of weight 0 is left out. */
  const expand = (words: readonly { normalized: string }[], weightOfWord: (word: string) => number): Plan => {
    const weights = new Map<string, number>()
    for (const { normalized } of words) {
      const weight = weightOfWord(normalized)
      if (weight === 0) continue
      const term = analyzer.term(normalized)
      weights.set(term, Math.max(weights.get(term) ?? 0, weight))
    }
    return { kind: 'terms', terms: new Set(weights.keys()), stop: false, weights }
  }
  /** The words of the vocabulary near a word, weighing less for each edit; a word of weight 0 is left out. */
  const fuzzy = (word: string, distance: number): { plan: Plan; found: readonly string[] } => {
    // 0 ** 0 is 1: without expansions, the word itself still weighs 1.
    const weights = new Map(vocabulary.near(word, distance).map((match) => [match.normalized, w.expansion ** (match.distance ?? 0)]))
    const found = [...weights.keys()].filter((normalized) => (weights.get(normalized) ?? 0) > 0)
    return {
      plan: expand(
        found.map((normalized) => ({ normalized })),
        (normalized) => weights.get(normalized) ?? 0,
      ),
      found,
    }
  }
  switch (node.type) {
    case 'term': {
      // A query word means the word itself: its compound parts, and the parts of a hyphenated
      // word, are for finding it inside other words (e-mail is not every e).
      const tokens = analyzer.analyze(node.text).filter((t) => t.kind === 'word' || t.kind === 'number')
      if (tokens.length === 0) return { kind: 'empty' }
      const [token] = tokens
      const word = analyzer.normalize(token.surface)
      // Stop words, question words and the like have no typos, parts or related words: absent
      // from the index, welke is no typo of elke.
      const stop = tokens.every((t) => weighsLikeStopWord(t, analyzer))
      const single = !excluded && tokens.length === 1 && token.kind === 'word' && !stop
      // A typo: one word, long enough, that the index does not have (not when it is excluded).
      if (context?.typoFallback === true && single && word.length >= TYPO_MIN_LENGTH && !context.hasTerm(token.term)) {
        // A form of the word may be the head of compounds the index did not split (schoot:
        // doodschieten); they weigh as parts of compounds do.
        const heads = w.part > 0 ? compoundsEndingIn(token.term, analyzer, vocabulary) : []
        if (heads.length > 0) return expand(heads, () => w.part)
        const near = fuzzy(word, typoDistance(word))
        // The words found stand for the one typed: a sentence with one of them ranks as one with the word's own form.
        const found: Plan =
          near.plan.kind === 'terms' && near.plan.terms.size > 0 ? { ...near.plan, replaces: { typed: word, words: new Set(near.found) } } : near.plan
        // With expand, the words near it bring the typed word's family too (kwetsbaarheid: kwetsbaar).
        if (found.kind === 'terms' && found.terms.size > 0 && context.expand === true)
          return withRelated(found, word, token.term, analyzer, vocabulary, w, false, context.synonyms)
        if (found.kind !== 'terms' || found.terms.size > 0) return found
        // No word is near: a compound the index does not have is looked up as its parts
        // (multiprobleemgezinnen: multiprobleem, gezinnen); with expand, among its related words.
        // As words of their own only: a part of a part (kamp in Voskamp for wereldkamp) is too far off.
        // A static index's split waits for all its words (see Vocabulary.complete).
        if (context.expand !== true) {
          if (!vocabulary.complete) return found
          const split = splitByVocabulary(word, vocabulary)
          const parts = expand(
            split.map((part) => ({ normalized: part })),
            () => w.split,
          )
          if (parts.kind !== 'terms' || parts.terms.size === 0) return parts
          return { ...parts, ...(analyzer.marksParts ? { whole: true } : {}), replaces: { typed: word, words: new Set(split) } }
        }
      }
      const plain: Plan = { kind: 'terms', terms: new Set(tokens.map((t) => t.term)), stop }
      return context?.expand === true && single
        ? withRelated(plain, word, token.term, analyzer, vocabulary, w, !context.hasTerm(token.term), context.synonyms)
        : plain
    }
    case 'phrase': {
      const terms = analyzer
        .analyze(node.text)
        .filter((t) => t.kind !== 'part' && t.kind !== 'compound-part')
        .map((t) => t.term)
      if (terms.length === 0) return { kind: 'empty' }
      const slop = node.slop ?? 0
      return terms.length === 1 && slop === 0 ? { kind: 'terms', terms: new Set(terms), stop: false } : { kind: 'phrase', terms, slop }
    }
    case 'prefix': {
      const prefix = analyzer.normalize(node.text)
      if (prefix === '') return { kind: 'empty' }
      const typed = analyzer.term(prefix)
      return expand(vocabulary.withPrefix(prefix), (word) => (analyzer.term(word) === typed ? 1 : w.expansion))
    }
    case 'fuzzy': {
      const word = analyzer.normalize(node.text)
      if (word === '') return { kind: 'empty' }
      return fuzzy(word, node.distance === 'auto' ? autoDistance(word) : node.distance).plan
    }
    case 'field':
      return { kind: 'field', field: node.field, value: node.field === 'document' ? node.value : foldName(node.value) }
    case 'required':
    case 'not': {
      const child = compile(node.child, analyzer, vocabulary, context, excluded || node.type === 'not')
      if (child.kind === 'empty') return child
      // Requiring an exclusion is the exclusion itself.
      if (node.type === 'required' && child.kind === 'not') return child
      return { kind: node.type, child }
    }
    case 'and':
    case 'or': {
      // In `word OR word*` (the word being typed, as you type), a word that other words continue
      // is no typo: looking it up fuzzily would add near words to the words it is the start of.
      const prefixes = node.type === 'or' ? node.children.flatMap((child) => (child.type === 'prefix' ? [child.text] : [])) : []
      const continued = new Set(prefixes.filter((text) => vocabulary.hasPrefix(analyzer.normalize(text))))
      const contextOf = (child: QueryNode): CompileContext | undefined =>
        context !== undefined && child.type === 'term' && continued.has(child.text) ? { ...context, typoFallback: false } : context
      const compiled = node.children.map((child) => compile(child, analyzer, vocabulary, contextOf(child), excluded)).filter((child) => child.kind !== 'empty')
      const children = node.type === 'or' ? withoutRepeatedTerms(compiled) : compiled
      if (children.length === 0) return { kind: 'empty' }
      // Words next to each other also find the compounds that join them, which weigh as the two
      // words they stand for: with expand always, else when the index lacks one of the two
      // words (rode lantaarn: rodelantaarndrager), as the typo fallback does.
      const joined =
        context !== undefined && !excluded && w.joined > 0 && (context.expand === true || context.typoFallback)
          ? joinedWords(node.children, analyzer, vocabulary, context.expand === true ? undefined : context.hasTerm).map((words) =>
              expand(words, () => w.joined),
            )
          : []
      if (joined.length === 0) return { kind: node.type, children }
      return node.type === 'or' ? { kind: 'or', children: [...children, ...joined] } : { kind: 'or', children: [{ kind: 'and', children }, ...joined] }
    }
    default:
      return assertNever(node)
  }
}

/**
 * A query word's terms with its related words at lower weights: the words of its family, which
 * begin as it does and differ only in their last letters (racisme: racist, racistisch;
 * democratie: democraten) or share its base before a derivational ending (`family.ts`:
 * islamitisch: islam; kwetsbaarheid: kwetsbaar), its synonyms when the index has a table of
 * them (woning: huis), and, for a compound the index does not have, its parts that the index
 * has (multiprobleemgezinnen: multiprobleem, gezinnen).
 *
 * @param plain - the word's own terms, or the words the typo fallback found in its place (with `replaces`)
 * @param word - the normalised query word, whose family is looked up
 * @param term - its term, whose synonyms are looked up
 * @param splits - true for a compound the index does not have: its parts are looked up too
 * @param synonyms - the synonyms of a term, when the index has a table of them
 */
function withRelated(
  plain: Extract<Plan, { kind: 'terms' }>,
  word: string,
  term: string,
  analyzer: Analyzer,
  vocabulary: Vocabulary,
  { family, split, synonym }: RankingWeights,
  splits: boolean,
  synonyms: ((term: string) => readonly string[]) | undefined,
): Plan {
  const weights = new Map<string, number>(plain.weights ?? [...plain.terms].map((own) => [own, 1]))
  const add = (related: string, weight: number): void => {
    const relatedTerm = analyzer.term(related)
    weights.set(relatedTerm, Math.max(weights.get(relatedTerm) ?? 0, weight))
  }
  // A weight of 0 leaves its words out: they are not looked up.
  if (family > 0 && word.length >= FAMILY_STEM) {
    // A word of the family is added by its term, which finds all the forms of that term: a
    // word whose term does not begin as the family does is another word's form (vroeg for
    // vroeger is a form of vragen to the analyzer; its term would find vraag and gevraagd).
    const addFamily = (prefix: string, start: string, belongs: (other: string) => boolean): void => {
      for (const { normalized } of vocabulary.withPrefix(prefix))
        if (belongs(normalized) && analyzer.term(normalized).startsWith(start)) add(normalized, family)
    }
    // The words that differ from it in their last letters (racisme: racist, racistisch) …
    const stem = word.slice(0, Math.max(FAMILY_STEM, word.length - FAMILY_ENDING))
    addFamily(stem, stem.slice(0, FAMILY_STEM), (other) => other.length - stem.length <= FAMILY_ENDING + 3)
    // … and the words of its base with a derivational ending (islamitisch: islam; democratie:
    // democraten, democratisch).
    // familyBase leaves four letters or more, and the word has five or more.
    const base = familyBase(word)
    addFamily(base, base.slice(0, MIN_BASE), (other) => isOfFamily(base, other))
  }
  if (synonym > 0 && synonyms !== undefined) for (const related of synonyms(term)) add(related, synonym)
  const parts = split > 0 && splits ? splitByVocabulary(word, vocabulary) : []
  for (const part of parts) add(part, split)
  // The parts stand in the compound's place, as the fallback's would.
  const replaces = plain.replaces ?? (parts.length > 0 ? { typed: word, words: new Set(parts) } : undefined)
  return { ...plain, terms: new Set(weights.keys()), weights, ...(replaces === undefined ? {} : { replaces }) }
}

/**
 * The words of the vocabulary that begin with two query words next to each other, written
 * together: Dutch joins the words of a compound, so *rode lantaarn* is also in
 * *rodelantaarndrager*, *stad huis* in *stadhuis*. Only plain words that do not weigh like
 * stop words ({@link weighsLikeStopWord}), of {@link MIN_SPLIT_PART} letters or more.
 *
 * @param children - the words and other parts of an AND or OR, in query order
 * @param hasTerm - when given, only pairs of which the index lacks one word (by its term)
 * @returns for each such pair, the words found (none are left out)
 */
function joinedWords(children: readonly QueryNode[], analyzer: Analyzer, vocabulary: Vocabulary, hasTerm?: (term: string) => boolean): VocabularyMatch[][] {
  // Without hasTerm every word counts as missing: every pair is joined.
  const wordOf = (node: QueryNode): { word: string; missing: boolean } | undefined => {
    if (node.type !== 'term') return undefined
    const tokens = analyzer.analyze(node.text)
    if (tokens.length !== 1 || tokens[0].kind !== 'word' || weighsLikeStopWord(tokens[0], analyzer)) return undefined
    const word = analyzer.normalize(tokens[0].surface)
    if (word.length < MIN_SPLIT_PART) return undefined
    return { word, missing: hasTerm === undefined || !hasTerm(tokens[0].term) }
  }
  const words = children.map(wordOf)
  const found: VocabularyMatch[][] = []
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]]
    if (first === undefined || second === undefined || !(first.missing || second.missing)) continue
    // A word looks absent from a static index until its shard is loaded: the fallback asks for
    // every word, which the index loads only once nothing else is missing (Vocabulary.complete);
    // until then no pair is joined.
    if (hasTerm !== undefined && !vocabulary.complete) {
      vocabulary.readAll()
      return []
    }
    const joined = vocabulary.withPrefix(first.word + second.word)
    if (joined.length > 0) found.push(joined)
  }
  return found
}

/**
 * The words of the vocabulary whose term ends in a term after a part of {@link MIN_SPLIT_PART}
 * letters or more: compounds with the term's word as their head (*doodschieten* for
 * *schiet*, the term of schoot).
 *
 * @param term - a query word's term
 */
function compoundsEndingIn(term: string, analyzer: Analyzer, vocabulary: Vocabulary): VocabularyMatch[] {
  return vocabulary.containing(term).filter(({ normalized }) => {
    const whole = analyzer.term(normalized)
    return whole.length >= term.length + MIN_SPLIT_PART && whole.endsWith(term)
  })
}

/**
 * Splits a word into words of the vocabulary, longest first part first, or gives none.
 *
 * @param word - a normalised word
 * @param vocabulary - the index's words
 * @returns the parts, or an empty list when the word is no such compound
 */
export function splitByVocabulary(word: string, vocabulary: Vocabulary): string[] {
  for (let end = word.length - MIN_SPLIT_PART; end >= MIN_SPLIT_PART; end--) {
    const head = word.slice(0, end)
    if (!vocabulary.has(head)) continue
    const rest = word.slice(end)
    if (vocabulary.has(rest)) return [head, rest]
    const more = splitByVocabulary(rest, vocabulary)
    if (more.length > 0) return [head, ...more]
  }
  return []
}

/**
 * The children of an OR with each term in the first word, prefix or fuzzy word that has it
 * only: MiniSearch adds up the scores of a term asked twice (`regering` OR `regering*` as you
 * type, `school OR scholen`), so a sentence with the typed word counted double and its
 * explanation did not add up to its score.
 */
function withoutRepeatedTerms(children: readonly Plan[]): Plan[] {
  const seen = new Set<string>()
  const result: Plan[] = []
  for (const child of children) {
    if (child.kind !== 'terms') {
      result.push(child)
      continue
    }
    const terms = [...child.terms].filter((term) => !seen.has(term))
    for (const term of terms) seen.add(term)
    if (terms.length === child.terms.size) result.push(child)
    else if (terms.length > 0) result.push({ ...child, terms: new Set(terms) })
  }
  return result
}

/**
 * True when MiniSearch's candidates must be checked exactly: for phrases, which MiniSearch
 * sees as words anywhere in the sentence, and filters. Words, prefixes, fuzzy words,
 * requirements and exclusions of words are exact in MiniSearch's query already.
 */
export function needsCheck(plan: Plan): boolean {
  switch (plan.kind) {
    case 'phrase':
    case 'field':
      return true
    case 'required':
    case 'not':
      return needsCheck(plan.child)
    case 'and':
    case 'or':
      return plan.children.some(needsCheck)
    case 'terms':
    case 'empty':
      return false
    default:
      return assertNever(plan)
  }
}

/**
 * The words the fallbacks found in place of the query's words that the index lacks (near words,
 * parts), by the word typed (normalised); not under an exclusion, where none is looked up.
 */
export function replacementsOf(plan: Plan, into = new Map<string, ReadonlySet<string>>()): Map<string, ReadonlySet<string>> {
  if (plan.kind === 'terms' && plan.replaces !== undefined) into.set(plan.replaces.typed, plan.replaces.words)
  else if (plan.kind === 'required') replacementsOf(plan.child, into)
  else if (plan.kind === 'and' || plan.kind === 'or') for (const child of plan.children) replacementsOf(child, into)
  return into
}

/** One engine query that matches any of the terms, each with its weight. */
function termsQuery(weighted: readonly [string, number][]): EngineQuery {
  const weights = new Map(weighted)
  return { combineWith: 'OR', queries: [...weights.keys()], boostTerm: (term: string) => weights.get(term) ?? 1 }
}

/** A required filter: it restricts the other children of its group without making them optional. */
export const isRequiredFilter = (plan: Plan): boolean => plan.kind === 'required' && plan.child.kind === 'field'

/**
 * How a child of an AND or OR group counts in the exact check: exclusions and required filters
 * restrict (they do not select), required words and every child of an AND must match, the
 * others are optional (one of them must match when nothing is required). A group with nothing
 * but restrictions matches only as an OR with a required filter.
 *
 * @param group - the group's kind
 * @param child - one of its children
 */
export function roleIn(group: 'and' | 'or', child: Plan): 'restricts' | 'required' | 'optional' {
  if (child.kind === 'not' || (group === 'or' && isRequiredFilter(child))) return 'restricts'
  return child.kind === 'required' || group === 'and' ? 'required' : 'optional'
}

/** The weight of a term in a terms node: stop words and expansions weigh less. */
function weightOf(node: Extract<Plan, { kind: 'terms' }>, term: string, contentWords: boolean, weights: RankingWeights): number {
  const base = contentWords && node.stop ? weights.stopWord : 1
  return base * (node.weights?.get(term) ?? 1)
}

/**
 * The engine terms of a plan's term and their weights: the term as a word, and the term as a
 * compound part, which weighs {@link RankingWeights.part} as much (see `index-terms.ts`) and is
 * left out when that is 0.
 */
function engineTermsOf(term: string, weight: number, marksParts: boolean, part: number): [string, number][] {
  return marksParts && part > 0
    ? [
        [term, weight],
        [partTerm(term), weight * part],
      ]
    : [[term, weight]]
}

/**
 * The ranking weight of each term of a plan (the largest, when a term occurs in several
 * places), as MiniSearch applies it; for `explain`.
 *
 * @param plan - a compiled query
 * @param marksParts - whether the index keeps parts under terms of their own (`Analyzer.marksParts`)
 * @param weights - the search's weights
 */
export function termWeights(plan: Plan, marksParts: boolean, weights: RankingWeights): Map<string, number> {
  const contentWords = hasStopFreeWord(plan)
  const found = new Map<string, number>()
  const visit = (node: Plan): void => {
    const add = (term: string, weight: number, whole = false): void => {
      for (const [engineTerm, w] of engineTermsOf(term, weight, marksParts && !whole, weights.part))
        found.set(engineTerm, Math.max(found.get(engineTerm) ?? 0, w))
    }
    if (node.kind === 'terms') for (const term of node.terms) add(term, weightOf(node, term, contentWords, weights), node.whole === true)
    else if (node.kind === 'phrase') for (const term of node.terms) add(term, 1)
    else if (node.kind === 'required') visit(node.child)
    else if (node.kind === 'and' || node.kind === 'or') node.children.forEach(visit)
  }
  visit(plan)
  return found
}

/**
 * What a plan node asks of MiniSearch: a query; `all` sentences (a filter, which the exact
 * check applies); `none` (an exclusion or an empty clause, which selects nothing by itself);
 * or the `impossible`.
 */
type Part = EngineQuery | 'all' | 'none' | 'impossible'

/** The weight of a required word inside the OR that ranks the optional words: it must not count twice. */
const ALREADY_COUNTED = 1e-9

/** MiniSearch's query for a plan, and whether its results are exactly the plan's matches. */
export interface Candidates {
  /** Undefined when nothing can match. */
  readonly query: EngineQuery | undefined
  /** False when some hits must still be checked exactly (phrases, filters, nested exclusions). */
  readonly exact: boolean
}

/**
 * The MiniSearch query that finds every candidate of the plan, with stop words and expansions
 * down-weighted. Required words are ANDed, excluded words are removed with AND_NOT (unless
 * they are phrases or filters, which the exact check handles).
 *
 * @param plan - a compiled query
 * @param marksParts - whether the index keeps parts under terms of their own (`Analyzer.marksParts`)
 * @param weights - the search's weights
 */
export function candidateQuery(plan: Plan, marksParts: boolean, weights: RankingWeights): Candidates {
  const contentWords = hasStopFreeWord(plan)
  let exact = !needsCheck(plan)
  const build = (node: Plan, scale: number): Part => {
    switch (node.kind) {
      case 'terms':
        if (node.terms.size === 0) return 'impossible'
        return termsQuery(
          [...node.terms].flatMap((term) =>
            engineTermsOf(term, weightOf(node, term, contentWords, weights) * scale, marksParts && node.whole !== true, weights.part),
          ),
        )
      case 'phrase':
        // Each word as a word or as a compound part: a phrase may begin or end inside a compound.
        return { combineWith: 'AND', queries: [...new Set(node.terms)].map((term) => termsQuery(engineTermsOf(term, scale, marksParts, weights.part))) }
      case 'required':
        return build(node.child, scale)
      case 'and':
      case 'or':
        return buildGroup(node, scale)
      case 'field':
        return 'all'
      case 'not':
      case 'empty':
        return 'none'
      default:
        return assertNever(node)
    }
  }
  const combine = (combineWith: 'AND' | 'OR', parts: readonly Part[]): Part => {
    const queries = parts.filter((part): part is EngineQuery => typeof part === 'object')
    if (combineWith === 'AND') {
      if (parts.includes('impossible')) return 'impossible'
      if (queries.length === 0) return parts.includes('all') ? 'all' : 'none'
    } else {
      if (parts.includes('all')) return 'all'
      if (queries.length === 0) return parts.includes('none') || parts.length === 0 ? 'none' : 'impossible'
    }
    return queries.length === 1 ? queries[0] : { combineWith, queries }
  }
  const buildGroup = (node: Extract<Plan, { kind: 'and' | 'or' }>, scale: number): Part => {
    const nots = node.children.filter((child): child is Extract<Plan, { kind: 'required' | 'not' }> => child.kind === 'not')
    const positive = node.children.filter((child) => child.kind !== 'not')
    // A group of only exclusions matches nothing.
    if (positive.length === 0) return 'impossible'
    let query: Part
    if (node.kind === 'and') {
      query = combine(
        'AND',
        positive.map((child) => build(child, scale)),
      )
    } else {
      const filters = positive.filter(isRequiredFilter)
      const required = positive.filter((child) => child.kind === 'required' && !isRequiredFilter(child))
      const optional = positive.filter((child) => child.kind !== 'required')
      if (required.length === 0) {
        // Filters only restrict; the exact check applies them.
        query =
          optional.length === 0
            ? combine(
                'AND',
                filters.map((child) => build(child, scale)),
              )
            : combine(
                'OR',
                optional.map((child) => build(child, scale)),
              )
      } else {
        // Required words must all match; the optional ones only add to the score.
        const must = required.map((child) => build(child, scale))
        const should = combine('OR', [...required.map((child) => build(child, ALREADY_COUNTED)), ...optional.map((child) => build(child, scale))])
        query = combine('AND', optional.length === 0 ? must : [...must, should])
      }
    }
    // Exclusions MiniSearch can decide exactly (words, not phrases or filters) are removed
    // here; any other is left to the exact check.
    const excluded: EngineQuery[] = []
    for (const not of nots) {
      const child = needsCheck(not.child) ? 'none' : build(not.child, 1)
      if (typeof child === 'object') excluded.push(child)
      else if (child !== 'impossible') exact = false
    }
    if (excluded.length === 0 || query === 'none' || query === 'impossible') return query
    return { combineWith: 'AND_NOT', queries: [query === 'all' ? WILDCARD : query, ...excluded] }
  }
  const query = build(plan, 1)
  if (query === 'all') return { query: WILDCARD, exact }
  return { query: typeof query === 'object' ? query : undefined, exact }
}

function hasStopFreeWord(plan: Plan): boolean {
  switch (plan.kind) {
    case 'terms':
      return !plan.stop
    case 'phrase':
      return true
    case 'required':
      return hasStopFreeWord(plan.child)
    case 'and':
    case 'or':
      return plan.children.some(hasStopFreeWord)
    case 'field':
    case 'not':
    case 'empty':
      return false
    default:
      return assertNever(plan)
  }
}

/**
 * Checks a plan exactly against one sentence, and collects the spans of what matched
 * (not of what an exclusion matched). An exclusion never selects a sentence by itself.
 *
 * @param plan - a compiled query
 * @param sentence - the sentence's tokens and fields
 * @param spans - receives the spans to highlight
 * @returns true when the sentence matches
 */
export function matches(plan: Plan, sentence: SentenceView, spans: Span[]): boolean {
  return plan.kind !== 'not' && evaluate(plan, sentence, spans)
}

function evaluate(plan: Plan, sentence: SentenceView, spans: Span[]): boolean {
  switch (plan.kind) {
    case 'terms': {
      let found = false
      for (const t of sentence.tokens) {
        if (!plan.terms.has(t.term) || (plan.whole === true && (t.kind === 'compound-part' || t.kind === 'part'))) continue
        spans.push({ start: t.start, end: t.end })
        found = true
      }
      return found
    }
    case 'phrase': {
      const found = findPhrase(sentence.tokens, plan.terms, plan.slop)
      for (const occurrence of found) spans.push(...occurrence)
      return found.length > 0
    }
    case 'field':
      return fieldMatches(plan.field, plan.value, sentence)
    case 'required':
      return evaluate(plan.child, sentence, spans)
    case 'not':
      return !evaluate(plan.child, sentence, [])
    case 'and':
    case 'or': {
      let excludedOk = true
      let required = 0
      let requiredOk = true
      let optional = 0
      let optionalOk = false
      for (const child of plan.children) {
        const hit = evaluate(child, sentence, spans)
        const role = roleIn(plan.kind, child)
        if (role === 'restricts') {
          excludedOk &&= hit
        } else if (role === 'required') {
          required++
          requiredOk &&= hit
        } else {
          optional++
          optionalOk ||= hit
        }
      }
      if (required + optional === 0) return plan.kind === 'or' && excludedOk && plan.children.some(isRequiredFilter)
      return excludedOk && requiredOk && (required > 0 || optionalOk)
    }
    case 'empty':
      return false
    default:
      return assertNever(plan)
  }
}

function fieldMatches(field: FilterField, value: string, sentence: SentenceView): boolean {
  switch (field) {
    case 'role':
      return sentence.role === value
    case 'speaker':
      return sentence.speaker !== undefined && foldName(sentence.speaker) === value
    case 'document':
      return String(sentence.documentId) === value
    default:
      return assertNever(field)
  }
}
