/**
 * The name a PDF is stored under: the uploaded name, made safe, with a short random tail of letters.
 * Payload numbers a name that is taken by counting up its last number, so that a second
 * `plan-2026.pdf` became `plan-2027.pdf`, a name that reads as another year; with a tail of
 * letters no two uploads share a name and none is renamed. Visitors never see it: a PDF is served
 * under its document's slug (http/serve-file.ts).
 */
import { randomInt } from 'node:crypto'
import { slugify } from '@/site/slugs/slugify'

// No vowels: the tail never spells a word, and no digits: it never reads as a number.
const TAIL_LETTERS = 'bcdfghjkmnpqrstvwxz'

function tail(length = 6): string {
  return Array.from({ length }, () => TAIL_LETTERS[randomInt(TAIL_LETTERS.length)]).join('')
}

export function storedPdfName(uploaded: string): string {
  const base = slugify(uploaded.replace(/\.pdf$/i, '')) || 'document'
  return `${base}-${tail()}.pdf`
}
