/**
 * "Did you mean renovatie?": when a query finds little, each word the index does not hold is
 * replaced by the nearest word it does hold (edit distance over a bounded set of the index's own
 * terms, lookups.ts), read back from the texts that hold it so the visitor sees a real word. The
 * suggestion is only made if searching for it finds more than the query did.
 */
import type { Locale } from '@/site/routes'
import type { IndexLookups } from '../lookups/lookups'
import { fold, searchWords, wordTerms } from '../text'
import { allowedEdits, editDistance } from './edit-distance'

/** Queries longer than this are not corrected word by word (each word costs a few reads). */
const MAX_WORDS = 6
/** Candidates read back, nearest first, before giving up on a word. */
const TRIED_CANDIDATES = 8

async function isHeld(lookups: IndexLookups, word: string, locale: Locale): Promise<boolean> {
  const { whole, parts } = wordTerms(word, locale)
  if ((await lookups.textsWith(whole, locale, 1)).length > 0) return true
  if (parts.length < 2) return false
  for (const part of parts) if ((await lookups.textsWith(part, locale, 1)).length === 0) return false
  return true
}

/** The written word, among those of `texts`, that stands for `term`: the nearest to what was typed, then the most frequent. */
export function wordFor(term: string, typed: string, texts: string[], locale: Locale): string | undefined {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const token of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const written = token.toLowerCase()
      if (wordTerms(fold(written), locale).whole === term) counts.set(written, (counts.get(written) ?? 0) + 1)
    }
  }
  const distance = (word: string) => editDistance(typed, fold(word), typed.length)
  return [...counts.entries()].sort((a, b) => distance(a[0]) - distance(b[0]) || b[1] - a[1])[0]?.[0]
}

/**
 * How far an index term is from what was typed. A stem is often much shorter than its words
 * ("logement" is "log" in French), so a shorter term is also compared with the start of the word;
 * the word read back is then held to the same distance from what was typed (correction below).
 */
function termDistance(typed: string, term: string, max: number): number {
  const whole = editDistance(typed, term, max)
  return term.length >= typed.length ? whole : Math.min(whole, editDistance(typed.slice(0, term.length), term, max))
}

async function correction(lookups: IndexLookups, word: string, locale: Locale): Promise<string | undefined> {
  const { whole } = wordTerms(word, locale)
  const allowed = allowedEdits(whole.length)
  const candidates = (await lookups.nearTerms(whole, locale))
    .filter((candidate) => candidate.term !== whole)
    .map((candidate) => ({ ...candidate, distance: termDistance(whole, candidate.term, allowed) }))
    .filter((candidate) => candidate.distance <= allowed)
    .sort(
      (a, b) =>
        a.distance - b.distance || Math.abs(a.term.length - whole.length) - Math.abs(b.term.length - whole.length) || b.docs - a.docs,
    )
    .slice(0, TRIED_CANDIDATES)
  for (const candidate of candidates) {
    const written = wordFor(candidate.term, word, await lookups.textsWith(candidate.term, locale, 3), locale)
    if (written && editDistance(word, fold(written), allowedEdits(word.length)) <= allowedEdits(word.length)) return written
  }
  return undefined
}

/**
 * A better query for `text` in `locale`, or undefined. `finds` counts what a query finds (with the
 * synonyms, as the results page searches); a suggestion must find more than `found`.
 */
export async function spellingSuggestion(
  lookups: IndexLookups,
  text: string,
  locale: Locale,
  found: number,
  finds: (text: string) => Promise<number>,
): Promise<string | undefined> {
  const words = searchWords(text, locale)
  if (words.length === 0 || words.length > MAX_WORDS) return undefined
  let changed = false
  const suggested: string[] = []
  for (const word of words) {
    const keep = word.length < 3 || /^\p{N}+$/u.test(word) || (await isHeld(lookups, word, locale))
    const better = keep ? undefined : await correction(lookups, word, locale)
    if (better) changed = true
    suggested.push(better ?? word)
  }
  if (!changed) return undefined
  const suggestion = suggested.join(' ')
  return (await finds(suggestion)) > found ? suggestion : undefined
}
