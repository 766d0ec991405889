/** The "request this document in another format" form's rules: the formats offered, the limits, the checks. */
import { cleanLine, cleanText, emailProblem, lengthOf } from '@/contact/form/rules'

export const FORMATS = ['accessible-pdf', 'word', 'plain-text', 'large-print', 'easy-read', 'other'] as const
export type Format = (typeof FORMATS)[number]

/** Each format's label in the site's messages. */
export const FORMAT_LABELS = {
  'accessible-pdf': 'formatAccessiblePdf',
  word: 'formatWord',
  'plain-text': 'formatPlainText',
  'large-print': 'formatLargePrint',
  'easy-read': 'formatEasyRead',
  other: 'formatOther',
} as const satisfies Record<Format, string>

export const DETAILS_MAX = 500

export interface FormatRequestValues {
  format: string
  details: string
  email: string
}

export interface FormatRequestErrors {
  format?: 'errorFormat'
  details?: 'errorDetailsTooLong'
  email?: 'errorEmailMissing' | 'errorEmailInvalid'
}

export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value)

/** The values as the server keeps them: text cleaned as the contact form cleans it. */
export function cleanValues(fields: (name: string) => string): FormatRequestValues {
  return { format: fields('format'), details: cleanText(fields('details')), email: cleanLine(fields('email')) }
}

export function checkFormatRequest(values: FormatRequestValues): FormatRequestErrors {
  const errors: FormatRequestErrors = {}
  if (!isFormat(values.format)) errors.format = 'errorFormat'
  if (lengthOf(values.details) > DETAILS_MAX) errors.details = 'errorDetailsTooLong'
  const email = emailProblem(values.email)
  if (email) errors.email = email
  return errors
}
