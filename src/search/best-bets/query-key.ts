/**
 * The form of a query that best bets are filed under: its words' terms (text.ts), without stop
 * words, in alphabetical order. "Premies voor renovatie" and "renovatie premie" meet one best bet.
 */
import type { Locale } from '@/site/routes'
import { queryTerms } from '../text'

export function queryKey(text: string, locale: Locale): string {
  return [...new Set(queryTerms(text, locale).map((alternatives) => alternatives[0]!.join('+')))].sort().join(' ')
}
