/** One message of a back-office bundle in the admin's three languages, placeholders filled in each. */
import { fillPlaceholders } from '@/site/i18n/placeholders'
import type { Locale } from '@/site/routes'
import type { AdminText } from './attention'

type Vars = Record<string, string | number>

/** `vars` per language when a placeholder's value itself is translated (an administration's name). */
export function adminText<K extends string>(
  bundle: Record<Locale, Record<K, string>>,
  key: K,
  vars?: Vars | ((language: Locale) => Vars),
): AdminText {
  const fill = (language: Locale) => fillPlaceholders(bundle[language][key], typeof vars === 'function' ? vars(language) : vars)
  return { nl: fill('nl'), fr: fill('fr'), en: fill('en') }
}
