/**
 * Plan codes such as `1.1.2` as one word to search. Words end at every character that is not a
 * letter or digit (text.ts), so `1.1.2` would be the words 1, 1 and 2, matched by every item whose
 * text holds a 1 and a 2. The index also keeps each dotted code as one word of letters and digits
 * (`code1x1x2`), which both databases' tokenisers keep whole, and a query looks for that word in
 * place of the code: `1.1.2` finds the item 1.1.2 (and a text that names it), not 1.2.1 or 2.1.
 */
import type { Locale } from '@/site/routes'
import { queryTerms, terms } from './text'

/** Two or more numbers joined by dots, not inside a longer word or number (a sentence's final dot is not part of it). */
const CODE = /(?<![\p{L}\p{N}.])\d+(?:\.\d+)+(?![\p{L}\p{N}]|\.\d)/gu

/** The one word a code is indexed and searched as. */
export const codeWord = (code: string): string => `code${code.split('.').join('x')}`

/** The terms the index stores for a text: its words' terms (text.ts), then a word for each code it holds. */
export function indexTerms(text: string, locale: Locale): string[] {
  const codes = [...text.matchAll(CODE)].map((match) => codeWord(match[0]))
  return codes.length === 0 ? terms(text, locale) : [...terms(text, locale), ...terms(codes.join(' '), locale)]
}

/** A query as the databases match it (text.ts, queryTerms), with each code searched as its one word. */
export function codeQueryTerms(text: string, locale: Locale): string[][][] {
  return queryTerms(text.replace(CODE, codeWord), locale)
}
