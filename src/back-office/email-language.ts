/**
 * The language the back office writes to a staff member in (the weekly review reminder). Payload keeps
 * the admin's interface language in a browser cookie only, so a job that runs without anyone signed in
 * reads it from the account.
 */
import type { Field } from 'payload'
import { isLocale, type Locale } from '@/site/routes'

export const emailLanguageField: Field = {
  name: 'language',
  type: 'select',
  defaultValue: 'nl',
  options: [
    { value: 'nl', label: 'Nederlands' },
    { value: 'fr', label: 'Français' },
    { value: 'en', label: 'English' },
  ],
  label: { nl: 'Taal van de e-mails uit de back office', fr: 'Langue des e-mails du back-office', en: 'Language of back-office emails' },
}

export function emailLanguageOf(user: { language?: string | null }): Locale {
  return user.language && isLocale(user.language) ? user.language : 'nl'
}
