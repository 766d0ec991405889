/**
 * A Payload label as text in one language, whichever form it has in the config: a string,
 * `{ nl, fr, en }`, or the function labels.ts makes of `{ nl, fr, en }` (which keeps the object,
 * so code outside a request's i18n can still read it).
 */
import type { Locale } from '@/site/routes'

export const LABEL_IN_EACH_LANGUAGE = Symbol('belfort.labelInEachLanguage')

type Resolvable = { [LABEL_IN_EACH_LANGUAGE]?: Record<string, string> }

export function labelText(label: unknown, language: Locale): string | undefined {
  if (typeof label === 'string') return label
  const byLanguage =
    typeof label === 'function'
      ? (label as Resolvable)[LABEL_IN_EACH_LANGUAGE]
      : label && typeof label === 'object'
        ? (label as Record<string, unknown>)
        : undefined
  const text = byLanguage?.[language]
  return typeof text === 'string' ? text : undefined
}
