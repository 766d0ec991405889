/** What page feedback accepts: the two answers, the longest comment, and which pages it may be about. */
import { isLocale, type Locale } from '@/site/routes'

export const ANSWERS = ['yes', 'no'] as const
export type Answer = (typeof ANSWERS)[number]

export const isAnswer = (value: string): value is Answer => (ANSWERS as readonly string[]).includes(value)

/** A short text, as GOV.UK's "what were you looking for" asks: long enough for a sentence or three. */
export const COMMENT_MAX = 500
/** A public path is short; anything longer is not one of ours. */
const PATH_MAX = 300

/**
 * The language of a public page path the form may be about, or undefined: a path under a language,
 * made of plain segments (no query, no `..`, no doubled slash), as the layout writes it.
 */
export function pageLanguage(path: string): Locale | undefined {
  if (path.length > PATH_MAX || !path.startsWith('/')) return undefined
  const segments = path.split('/').slice(1)
  const language = segments[0]
  if (!isLocale(language)) return undefined
  const rest = segments.slice(1)
  // `/nl/` (the home page) ends with an empty segment; no other path has one.
  if (rest.length === 1 && rest[0] === '') return language
  if (
    rest.length === 0 ||
    rest.some((segment) => segment === '' || segment === '.' || segment === '..' || !/^[\p{L}\p{N}._~-]+$/u.test(segment))
  )
    return undefined
  return language
}
