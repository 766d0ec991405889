/** Payload labels (`{ nl, fr, en }`) made from the workflow's message bundle. */
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { type TranslationMessage, translationMessages } from './messages'

export const labelOf = (key: TranslationMessage, vars?: Record<string, string>) => ({
  nl: fillPlaceholders(translationMessages.nl[key], vars),
  fr: fillPlaceholders(translationMessages.fr[key], vars),
  en: fillPlaceholders(translationMessages.en[key], vars),
})
