import type { Locale } from '@/site/routes'
import type { Localized } from './localized'
import { fillPlaceholders } from './placeholders'

/** What of a Payload request tells who sent it in which language (the admin's or the API client's interface language). */
export interface LanguageSource {
  i18n?: { language?: string }
}

/** The language of whoever sent the request: the back office's interface language, not the `?locale` of the content. */
export function languageOf(req: LanguageSource | undefined): Locale {
  const language = req?.i18n?.language
  return language === 'fr' || language === 'en' ? language : 'nl'
}

/**
 * One of a capability's messages (a bundle made with defineMessages) in the language of whoever
 * sent the request, its placeholders filled: what validation and hooks answer staff and API clients.
 */
export function say<K extends string>(
  req: LanguageSource | undefined,
  messages: Localized<Record<K, string>>,
  key: K,
  vars?: Record<string, string | number>,
): string {
  return fillPlaceholders(messages[languageOf(req)][key], vars)
}
