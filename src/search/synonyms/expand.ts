/**
 * Synonyms at query time: a query word that belongs to a group of equivalent terms (GOB = SPRB =
 * BRPS) also matches the group's other members. Members become terms through the same functions as
 * the index (text.ts), so a member's compounds and word families still apply, in the query's language.
 */
import type { Locale } from '@/site/routes'
import { searchWords, wordTerms } from '../text'

/** A group as editors write it: equivalent terms, one or more words each. */
export type SynonymGroup = readonly string[]

/** The members of a group as written in one field: separated by commas, semicolons, "=" or new lines. */
export function parseMembers(text: string): string[] {
  const seen = new Set<string>()
  const members: string[] = []
  for (const raw of text.split(/[,;=\n]+/)) {
    const member = raw.replace(/\s+/g, ' ').trim()
    const key = member.toLowerCase()
    if (!member || seen.has(key)) continue
    seen.add(key)
    members.push(member)
  }
  return members
}

/** One member's ways to match, in a query's shape (queryTerms in text.ts): alternatives, each a list of terms all required. */
function alternativesOf(member: string, locale: Locale): string[][] {
  const words = searchWords(member, locale)
  if (words.length === 0) return []
  if (words.length > 1) return [words.map((word) => wordTerms(word, locale).whole)]
  const { whole, parts } = wordTerms(words[0]!, locale)
  return parts.length > 1 ? [[whole], parts] : [[whole]]
}

/** For one language: a one-word member's term → every alternative of its group. */
export type SynonymTable = Map<string, string[][]>

export function synonymTable(groups: readonly SynonymGroup[], locale: Locale): SynonymTable {
  const table: SynonymTable = new Map()
  for (const group of groups) {
    const alternatives = group.flatMap((member) => alternativesOf(member, locale))
    for (const member of group) {
      const words = searchWords(member, locale)
      if (words.length !== 1) continue
      const key = wordTerms(words[0]!, locale).whole
      table.set(key, unique([...(table.get(key) ?? []), ...alternatives]))
    }
  }
  return table
}

function unique(alternatives: string[][]): string[][] {
  const seen = new Set<string>()
  return alternatives.filter((alternative) => {
    const key = alternative.join(' ')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * A query (queryTerms' shape) with each word's group added to its alternatives: "SPRB" becomes
 * "SPRB or GOB or BRPS". A word is looked up by its own term, so "Werkloosheid" and its plural meet
 * the group of "werkloosheid".
 */
export function withSynonyms(query: string[][][], table: SynonymTable): string[][][] {
  if (table.size === 0) return query
  return query.map((alternatives) => {
    const whole = alternatives[0]?.length === 1 ? alternatives[0][0] : undefined
    const group = whole === undefined ? undefined : table.get(whole)
    return group ? unique([...alternatives, ...group]) : alternatives
  })
}
