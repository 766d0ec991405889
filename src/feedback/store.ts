/**
 * Writing page feedback: an answer is one row, stored before the visitor is thanked; a comment after
 * a "no" is added to that row once, masked first. A comment form is reached through a signed ticket
 * for its row, so nobody adds text to someone else's answer by trying numbers.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { derivedKey } from '@/contact/settings'
import type { Locale } from '@/site/routes'
import { maskPersonalData } from './mask'
import { type Answer, COMMENT_MAX } from './rules'

/** How long after a "no" its comment may still be sent. */
const COMMENT_WINDOW_MS = 2 * 60 * 60 * 1000

export interface FeedbackAnswer {
  path: string
  language: Locale
  answer: Answer
  administration: number | null
}

export async function storeAnswer(payload: Payload, answer: FeedbackAnswer): Promise<number> {
  const row = await payload.create({
    collection: 'page-feedback',
    overrideAccess: true,
    data: { path: answer.path, language: answer.language, answer: answer.answer, administration: answer.administration },
  })
  return row.id
}

const signId = (id: number): string => createHmac('sha256', derivedKey('page-feedback-comment')).update(String(id)).digest('base64url')

/** The ticket that lets the visitor who answered "no" add a comment to that answer. */
export const commentTicket = (id: number): string => `${id}.${signId(id)}`

/** The row a ticket is for, or undefined when it is not one we signed. */
export function ticketRow(ticket: string): number | undefined {
  const match = /^([1-9][0-9]{0,15})\.([A-Za-z0-9_-]{43})$/.exec(ticket)
  if (!match) return undefined
  const id = Number(match[1])
  const expected = Buffer.from(signId(id))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined
}

export type CommentResult = { ok: true; path: string } | { ok: false; problem: 'unknown' | 'done' }

/** The "no" row a ticket leads to, if a comment may still be added to it. */
export async function commentableRow(payload: Payload, id: number): Promise<CommentResult> {
  const row = await payload.findByID({ collection: 'page-feedback', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (row?.answer !== 'no' || Date.now() - Date.parse(row.createdAt) > COMMENT_WINDOW_MS) return { ok: false, problem: 'unknown' }
  if (row.comment) return { ok: false, problem: 'done' }
  return { ok: true, path: row.path }
}

/** Adds the masked comment to a "no" that has none yet (a marker may be longer than what it hides: the limit holds after masking). */
export async function addComment(payload: Payload, id: number, comment: string): Promise<CommentResult> {
  const row = await commentableRow(payload, id)
  if (!row.ok) return row
  await payload.update({
    collection: 'page-feedback',
    id,
    overrideAccess: true,
    data: { comment: [...maskPersonalData(comment)].slice(0, COMMENT_MAX).join('') },
  })
  return row
}
