/**
 * Addresses staff type for a link (a website, evidence, a strategy's own site): http(s) with a
 * host, or mailto. Anything else — `javascript:`, `data:`, a relative path — could run code or go
 * somewhere unexpected when a visitor follows it, so it is refused when saved and not linked when shown.
 */
import type { PayloadRequest } from 'payload'
import { defineMessages } from '@/site/i18n/define'
import { say } from '@/site/i18n/request-language'

const SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** Whether an address may be put in an `href`. */
export function isSafeLink(value: string): boolean {
  if (/\s/.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (!SCHEMES.has(url.protocol)) return false
  return url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname !== ''
}

export const linkMessages = defineMessages({
  nl: { badLink: 'Geef een volledig adres dat begint met https://, http:// of mailto:.' },
  fr: { badLink: 'Indiquez une adresse complète qui commence par https://, http:// ou mailto:.' },
  en: { badLink: 'Give a full address starting with https://, http:// or mailto:.' },
})

/** A text field's validate function for a link; empty is fine unless the field is required. */
export function validateLink(value: unknown, { req, required }: { req: PayloadRequest; required?: boolean }): true | string {
  if (value === null || value === undefined || value === '') return required ? req.t('validation:required') : true
  return typeof value === 'string' && isSafeLink(value) ? true : say(req, linkMessages, 'badLink')
}
