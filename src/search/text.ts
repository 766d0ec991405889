import { newStemmer } from 'snowball-stemmers'
import type { Locale } from '@/site/routes'

const STEMMERS = { nl: newStemmer('dutch'), fr: newStemmer('french'), en: newStemmer('english') }

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
  return STEMMERS[locale].stem(word)
}

/** The stems of a text, as the SQLite index stores them and queries them. */
export function stems(text: string, locale: Locale): string[] {
  return words(text).map((word) => stem(word, locale))
}

export const MAX_QUERY_LENGTH = 200

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A short extract of `text` around the first words that match the query, with those words in
 * <mark>; escaped HTML, ready to insert. Matching is by stem, like the search itself, so the
 * extract shows "logements" for a search on "logement".
 */
export function snippet(text: string, query: string, locale: Locale, length = 30): string {
  const wanted = new Set(stems(query, locale))
  const tokens = text.split(/(\s+)/)
  const isMatch = (token: string) => words(token).some((word) => wanted.has(stem(word, locale)))
  const firstMatch = tokens.findIndex((token) => token.trim() && isMatch(token))
  const start = Math.max(0, firstMatch - 10)
  const slice = tokens.slice(start, start + length * 2)
  const body = slice.map((token) => (token.trim() && isMatch(token) ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token))).join('')
  return `${start > 0 ? '… ' : ''}${body.trim()}${start + length * 2 < tokens.length ? ' …' : ''}`
}
