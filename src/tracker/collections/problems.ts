import { type PayloadRequest, ValidationError } from 'payload'

export type Said = Record<'nl' | 'fr' | 'en', string>

/** The language of whoever sent the request (the admin's or the API's `?locale`-independent i18n language). */
export function languageOf(req: Partial<Pick<PayloadRequest, 'i18n'>> | undefined): 'nl' | 'fr' | 'en' {
  const language = req?.i18n?.language
  return language === 'fr' || language === 'en' ? language : 'nl'
}

export function say(
  req: Partial<Pick<PayloadRequest, 'i18n'>> | undefined,
  said: Said,
  vars: Record<string, string | number> = {},
): string {
  return said[languageOf(req)].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** A 400 that names the field at fault, in the sender's language; thrown before anything is written. */
export function fieldProblem(
  req: PayloadRequest,
  collection: string,
  path: string,
  said: Said,
  vars?: Record<string, string | number>,
): ValidationError {
  return new ValidationError({ collection, errors: [{ path, message: say(req, said, vars) }], req }, req.t)
}

export const PROBLEMS = {
  percent: {
    nl: 'Het percentage moet tussen 0 en 100 liggen.',
    fr: 'Le pourcentage doit être compris entre 0 et 100.',
    en: 'The percentage must be between 0 and 100.',
  },
  dateOrder: {
    nl: 'Deze datum mag niet vóór {earlier} liggen.',
    fr: 'Cette date ne peut pas précéder {earlier}.',
    en: 'This date cannot come before {earlier}.',
  },
} satisfies Record<string, Said>

/** A validate function for a 0–100 percentage, with a message in the sender's language. */
export function validatePercent(value: unknown, { req }: { req: PayloadRequest }): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? true : say(req, PROBLEMS.percent)
}

/** Two ISO dates in order (end on or after start); missing ones are left to `required`. */
export function datesInOrder(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string' || !start || !end) return true
  return new Date(end).getTime() >= new Date(start).getTime()
}

/** The date as a reader of the error sees it (day precision is what the forms ask). */
export function shortDate(iso: string): string {
  return iso.slice(0, 10)
}
