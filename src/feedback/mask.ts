/**
 * What a visitor writes in page feedback is kept without the personal data they may have typed in
 * anyway: email addresses and phone numbers are masked before the text is stored, so that the
 * feedback stays anonymous whatever is in it.
 */

/** What replaces an address or a number: the kind of thing that was there, never any of it. */
export const MASKED_EMAIL = '[e-mail]'
export const MASKED_PHONE = '[phone]'

// Local part, @, a domain with at least one dot; also "name at domain dot be" spelt with spaces around an @.
const EMAIL = /[^\s@<>()[\],;:"]+\s?@\s?[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}/g
// A run of digits, spaces, dots, slashes, dashes and brackets, optionally after + or 00, holding at least 9 digits (a Belgian number has 9 or 10; a date has 8 at most).
const PHONE_CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s./()-]{6,}\d/g
const MIN_PHONE_DIGITS = 9

const digitsIn = (text: string): number => text.replace(/\D/g, '').length

/** The text with every email address and phone number replaced by a marker. */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, MASKED_EMAIL).replace(PHONE_CANDIDATE, (match) => (digitsIn(match) >= MIN_PHONE_DIGITS ? MASKED_PHONE : match))
}
