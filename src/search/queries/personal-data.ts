/**
 * Whether a search query holds personal data that must never be stored, not even partly: an email
 * address, a phone number or a national number (rijksregisternummer / numéro de registre national).
 * Deliberately broad: a query dropped by mistake costs one count, a number kept costs a person.
 */

/** Anything with an at sign: an address typed with spaces or cut short is still one. */
const EMAIL = /@|＠/

/**
 * A run of digits with at most one separator between groups (space, dot, dash, slash, brackets,
 * plus). Belgian phone numbers have 9 or 10 digits (8 or 9 after +32), national numbers 11, bank
 * accounts more: eight or more digits in one run is treated as one of them.
 */
const DIGIT_RUN = /\d(?:[\s.\-/()+]?\d)+/g
const MIN_DIGITS = 8

export function holdsPersonalData(query: string): boolean {
  const text = query.normalize('NFKC')
  if (EMAIL.test(text)) return true
  for (const run of text.match(DIGIT_RUN) ?? []) if (run.replace(/\D/g, '').length >= MIN_DIGITS) return true
  return false
}
