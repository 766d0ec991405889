import type { MessageKey, Translate } from '@/site/i18n'
import { formatNumber } from '@/site/i18n'
import type { Locale } from '@/site/routes'
import type { Challenge } from '@/contact/spam/challenge'
import { CONTACT_LIMITS, type ContactErrorKey, type ContactErrors, type ContactValues } from '@/contact/form/rules'

/** What the form shows: empty on a first visit, the visitor's values and errors after a failed POST. */
export interface ContactFormState {
  values: ContactValues
  errors: ContactErrors
  /** The name of an attachment whose bytes are not what its name claims. */
  badFile?: string
  /** A problem with the submission as a whole (spam check, replay, honeypot). */
  formError?: Extract<MessageKey, 'errorChallenge' | 'errorChallengeTooFast' | 'errorReplayed' | 'errorHoneypot'>
  /** Files were chosen: a browser cannot refill a file input, so the visitor is told. */
  filesDropped: boolean
  challenge: Challenge
  /** Without JavaScript, how long the form must be open before it is accepted (told to the visitor). */
  waitSeconds: number
}

export function emptyForm(locale: Locale, challenge: Challenge, waitSeconds: number): ContactFormState {
  return {
    values: { topic: '', name: '', email: '', phone: '', message: '', language: locale, consent: false },
    errors: {},
    filesDropped: false,
    challenge,
    waitSeconds,
  }
}

/** Megabytes, written the way the language writes numbers. */
export function fileSize(locale: Locale): string {
  return `${formatNumber(CONTACT_LIMITS.maxFileBytes / (1024 * 1024), locale)} MB`
}

/** An error message with the limits it mentions filled in. */
export function errorText(t: Translate, locale: Locale, key: ContactErrorKey, file?: string): string {
  return t(key, {
    max: formatNumber(key === 'errorNameTooLong' ? CONTACT_LIMITS.name : CONTACT_LIMITS.message, locale),
    size: fileSize(locale),
    count: formatNumber(CONTACT_LIMITS.maxFiles, locale),
    file: file ?? '',
  })
}
