import { formatNumber } from '@/site/i18n'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import type { Locale } from '@/site/routes'
import { type SheetMessage, sheetMessages } from './messages'
import { statusOptions } from './values'

/** A problem or answer kept as a message and its values, said in the reader's language. */
export function problemText(problem: { message: SheetMessage; vars?: Record<string, string | number> }, language: Locale): string {
  const text = sheetMessages[language]
  const vars: Record<string, string | number> = { ...problem.vars }
  // A reason that is itself one of the messages (a CSV parser's finding) is said in the language too.
  if (typeof vars.reason === 'string' && vars.reason in text) vars.reason = text[vars.reason as SheetMessage]
  if (problem.message === 'rowStatus') vars.options = statusOptions(language)
  if (typeof vars.max === 'number') vars.max = formatNumber(vars.max, language)
  return fillPlaceholders(text[problem.message], vars)
}
