import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Locale } from '@/site/routes'
import { KEEP_WHOLE, splitCompound, VOCABULARY_FILE } from './compounds'
import { FAMILIES } from './families'

type Stemmers = Record<Locale, { stem(word: string): string }>
let stemmers: Stemmers | undefined

/**
 * Snowball's stemmers, loaded by the first word to stem: a public-only instance that serves no search
 * never holds their 870 KB of source (imported rather than required, Node kept it twice).
 */
function loadStemmers(): Stemmers {
  if (stemmers) return stemmers
  const { newStemmer } = createRequire(import.meta.url)('snowball-stemmers') as typeof import('snowball-stemmers')
  stemmers = { nl: newStemmer('dutch'), fr: newStemmer('french'), en: newStemmer('english') }
  return stemmers
}

/** Lower case without accents: "Économie" and "economie" are the same word to search. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** The words of a text, folded; everything that is not a letter or digit separates words. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

/** A word reduced to its stem in the language (Snowball): "besturen" and "bestuur" meet at "bestur". */
export function stem(word: string, locale: Locale): string {
  return loadStemmers()[locale].stem(word)
}

/** The stems of a text, word by word (Snowball only; the index uses terms()). */
export function stems(text: string, locale: Locale): string[] {
  return words(text).map((word) => stem(word, locale))
}

/** Raise it when terms() changes what it makes of a text (see termsVersion). */
const PIPELINE_VERSION = 2

let version: string | undefined

/**
 * What terms() makes of a text, as a short fingerprint: the pipeline's version, the families, the
 * Dutch vocabulary and the compounds kept whole. The index stores terms, so an index built with
 * another fingerprint is rebuilt (service.ts).
 */
export function termsVersion(): string {
  version ??= `${PIPELINE_VERSION}.${createHash('sha256')
    .update(JSON.stringify([FAMILIES, [...KEEP_WHOLE]]))
    .update(readFileSync(VOCABULARY_FILE))
    .digest('hex')
    .slice(0, 16)}`
  return version
}

/** French elided articles and pronouns ("l’emploi", "d’un", "qu’il"): the word after the apostrophe is what counts. */
const ELISION = /(?<![\p{L}\p{N}])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’ʼ](?=\p{L})/giu

/** The words of a text that search looks at, in the language: French elisions are dropped. */
export function searchWords(text: string, locale: Locale): string[] {
  return words(locale === 'fr' ? text.replace(ELISION, ' ') : text)
}

let families: Record<Locale, Map<string, string>> | undefined

/** Stem → the stem of its family's first word, per language. Throws if a stem is in two families. */
export function familyKeys(): Record<Locale, Map<string, string>> {
  if (!families) {
    const built = { nl: new Map<string, string>(), fr: new Map<string, string>(), en: new Map<string, string>() }
    for (const locale of ['nl', 'fr', 'en'] as const) {
      for (const family of FAMILIES[locale]) {
        const key = stem(fold(family[0] ?? ''), locale)
        for (const member of family) {
          const memberStem = stem(fold(member), locale)
          const before = built[locale].get(memberStem)
          if (before && before !== key)
            throw new Error(`search families (${locale}): "${member}" is in the families of ${before} and ${key}`)
          built[locale].set(memberStem, key)
        }
      }
    }
    families = built
  }
  return families
}

/** One word's stem, joined to its family: "renoveren" → the stem of "renovatie". */
function term(word: string, locale: Locale): string {
  const stemmed = stem(word, locale)
  return familyKeys()[locale].get(stemmed) ?? stemmed
}

/** What one word stands for: its own term and, for a Dutch compound, the terms of its parts. */
export interface WordTerms {
  whole: string
  parts: string[]
}

const cache = new Map<string, WordTerms>()
// Enough for the common words of a large site (about 9 MB when full); past it the cache starts again rather than grow.
const CACHE_SIZE = 20_000

export function wordTerms(word: string, locale: Locale): WordTerms {
  const key = `${locale}:${word}`
  let found = cache.get(key)
  if (!found) {
    const whole = term(word, locale)
    const split = locale === 'nl' ? splitCompound(word) : []
    // A part is taken as the word it is a form of ("werkloosheids" → werkloosheid), the last as written (its plural is stemmed).
    const parts = [...new Set(split.map((part, index) => term(index === split.length - 1 ? part.form : part.word, locale)))].filter(
      (part) => part !== whole,
    )
    found = { whole, parts }
    if (cache.size >= CACHE_SIZE) cache.clear()
    cache.set(key, found)
  }
  return found
}

/**
 * The terms the index stores for a text: every word's term, followed by its parts when it is a
 * compound, so "energierenovatie" is found by "energierenovatie", "energie" and "renovatie".
 * Both databases index these same terms (sqlite.ts, postgres.ts).
 */
export function terms(text: string, locale: Locale): string[] {
  return searchWords(text, locale).flatMap((word) => {
    const { whole, parts } = wordTerms(word, locale)
    return [whole, ...parts]
  })
}

/**
 * Words a query can do without ("de premie voor renovatie" is "premie renovatie"): nearly every
 * text holds them, and requiring them only loses results whose text is short. A query made only
 * of them keeps them. The index keeps every word.
 */
const STOP_WORDS: Record<Locale, Set<string>> = {
  nl: new Set(
    'de het een en of van voor in op met aan te tot om bij door naar als dat die dit deze er is zijn wordt worden ook uit over hoe wat wie waar mijn uw ik u we wij je hun ze zij'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les un une des du de et ou a au aux en pour par sur dans avec que qui quoi ce cette ces est sont se sa son ses leur leurs mon ma mes votre vos je vous nous il elle ils ne pas y comment'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the a an and or of for to in on at by with from is are be how what who where my your i you we it its this that these those do does can about as'.split(
      ' ',
    ),
  ),
}

/**
 * A query as the databases match it: every word must match (but stop words, see above), and a word matches by its own term
 * or by all the terms of its parts ("energierenovatie" also finds "renovatie van de energie…").
 * Each word is a list of alternatives, each alternative a list of terms that must all be there.
 */
export function queryTerms(text: string, locale: Locale): string[][][] {
  const seen = new Set<string>()
  const query: string[][][] = []
  const all = searchWords(text, locale)
  const meaningful = all.filter((word) => !STOP_WORDS[locale].has(word))
  for (const word of meaningful.length > 0 ? meaningful : all) {
    const { whole, parts } = wordTerms(word, locale)
    if (seen.has(whole)) continue
    seen.add(whole)
    query.push(parts.length > 1 ? [[whole], parts] : [[whole]])
  }
  return query
}

export const MAX_QUERY_LENGTH = 200

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A short extract of `text` around the first words that match the query, with those words in
 * <mark>; escaped HTML, ready to insert. Matching is by term, like the search itself, so the
 * extract shows "logements" for a search on "logement", and "energierenovatie" for "renovatie".
 */
export function snippet(text: string, query: string, locale: Locale, length = 30): string {
  const wanted = new Set(queryTerms(query, locale).flat(2))
  const tokens = text.split(/(\s+)/)
  const isMatch = (token: string) => terms(token, locale).some((found) => wanted.has(found))
  const firstMatch = tokens.findIndex((token) => token.trim() && isMatch(token))
  const start = Math.max(0, firstMatch - 10)
  const slice = tokens.slice(start, start + length * 2)
  const body = slice.map((token) => (token.trim() && isMatch(token) ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token))).join('')
  return `${start > 0 ? '… ' : ''}${body.trim()}${start + length * 2 < tokens.length ? ' …' : ''}`
}
