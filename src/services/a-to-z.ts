/**
 * The A–Z list of services: grouped by initial letter and sorted as a reader of the language
 * expects ("Écoles" is filed under E in French, not after Z), not by code point.
 */
import { collator } from '@/site/i18n'
import type { Locale } from '@/site/routes'

export interface LetterGroup<T> {
  /** An upper-case letter A–Z, or `#` for names that start with something else (a digit, a quote). */
  letter: string
  items: T[]
}

/** The letter a name is filed under: its first letter without accents, upper-cased; `#` when it starts with no letter. */
export function initialOf(name: string, locale: Locale): string {
  const first = name.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase(locale)
  // Ligatures have no decomposition: "Œuvres" is filed under O, as French dictionaries do.
  const letter = LIGATURES[first] ?? first
  return /^[A-Z]$/.test(letter) ? letter : '#'
}
const LIGATURES: Record<string, string> = { Œ: 'O', Æ: 'A' }

/** Items sorted by name with the language's collation, grouped by initial; `#` comes first, as in printed indexes. */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string, locale: Locale): LetterGroup<T>[] {
  const compare = collator(locale).compare
  const sorted = [...items].sort((a, b) => compare(nameOf(a), nameOf(b)))
  const groups = new Map<string, T[]>()
  for (const item of sorted) {
    const letter = initialOf(nameOf(item), locale)
    const group = groups.get(letter)
    if (group) group.push(item)
    else groups.set(letter, [item])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b, 'en')))
    .map(([letter, grouped]) => ({ letter, items: grouped }))
}
