/**
 * The feedback form's two POSTs: an answer from the form under every page, and the optional comment
 * after a "no". The contact form's defences, reused: a rate limit per address, the form reader's
 * limits, a honeypot, and on the comment form (a page of its own, never cached) the spam challenge.
 * Bad input is answered with a localized page and its status, and stores nothing.
 */
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'
import { cleanText, lengthOf } from '@/contact/form/rules'
import { challengeOptions, waitSeconds } from '@/contact/settings'
import { createChallenge, verifyChallenge } from '@/contact/spam/challenge'
import { RateLimiter } from '@/contact/spam/rate-limit'
import { type FormLimits, readForm } from '@/contact/upload/multipart'
import { clientAddress } from '@/http/client-address'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import { feedbackPartPath, type Locale } from '@/site/routes'
import { renderWith } from '@/site/router'
import { owningAdministration } from '../owner'
import { COMMENT_MAX, isAnswer, pageLanguage } from '../rules'
import { addComment, commentableRow, commentTicket, storeAnswer, ticketRow } from '../store'
import { type CommentFormState, commentView, feedbackNoticeView } from '../views/FeedbackViews'

const LIMITS: FormLimits = { maxFiles: 0, maxFileBytes: 1, maxFieldBytes: COMMENT_MAX * 4 + 1024, maxFields: 10, maxTotalBytes: 16 * 1024 }

export interface FeedbackRequest {
  payload: Payload
  req: IncomingMessage
  locale: Locale
  /** The path the answer is posted to (canonical), the page the answer's own page is rendered at. */
  path: string
  origin: string
}

export interface FeedbackReceiverOptions {
  /** POSTs (answers and comments together) allowed per address in `windowMs`. */
  postsPerWindow: number
  windowMs?: number
  trustProxy: boolean
}

const first = (fields: Map<string, string[]>, name: string): string => fields.get(name)?.[0] ?? ''

/** Where a comment is sent to after a "no": the form, with the ticket for that answer. */
export const commentLocation = (locale: Locale, id: number): string =>
  `${feedbackPartPath('comment', locale)}?${new URLSearchParams({ ticket: commentTicket(id) })}`

/** Where every visitor is thanked, with the page to go back to. */
export const thanksLocation = (locale: Locale, pagePath: string): string =>
  `${feedbackPartPath('thanks', locale)}?${new URLSearchParams({ page: pagePath })}`

/** The empty comment form for an answer, with a fresh challenge. */
export function emptyComment(ticket: string, pagePath: string): CommentFormState {
  return { ticket, pagePath, comment: '', challenge: createChallenge(challengeOptions()), waitSeconds: waitSeconds() }
}

/** The two handlers, sharing one rate limit (each server makes one; tests make their own). */
export function feedbackReceiver(options: FeedbackReceiverOptions) {
  // Every POST counts, valid or not, as on the contact form.
  const limiter = new RateLimiter({ limit: options.postsPerWindow, windowMs: options.windowMs ?? 10 * 60 * 1000 })

  /** The checks both forms start with; a page to answer with when one fails. */
  async function admit(request: FeedbackRequest): Promise<{ ok: true; fields: Map<string, string[]> } | { ok: false; view: ViewResult }> {
    const { req, locale } = request
    const render = (view: (ctx: ViewContext) => ViewResult) => renderAt(request, view)
    const decision = limiter.take(clientAddress(req, options.trustProxy))
    if (!decision.allowed) {
      const minutes = formatNumber(Math.max(1, Math.ceil(decision.retryAfterSeconds / 60)), locale)
      const view = await render((ctx) =>
        feedbackNoticeView(ctx, 429, ctx.t('feedbackTooManyBody', { minutes }), undefined, 'feedbackTooManyTitle'),
      )
      return { ok: false, view: { ...view, headers: { 'Retry-After': String(decision.retryAfterSeconds) } } }
    }
    const form = await readForm(req, LIMITS)
    if (form.ok && form.files.length === 0) return { ok: true, fields: form.fields }
    const tooLarge = !form.ok && (form.problem === 'too-large' || form.problem === 'field-too-long')
    const view = await render((ctx) =>
      tooLarge
        ? feedbackNoticeView(ctx, 413, ctx.t('feedbackErrorTooLong', { max: formatNumber(COMMENT_MAX, locale) }), undefined)
        : feedbackNoticeView(ctx, 400, ctx.t('feedbackErrorUnreadable'), undefined),
    )
    return { ok: false, view: { ...view, headers: { Connection: 'close' } } }
  }

  /** POST /{lang}/feedback: the answer, stored at once; a "no" goes on to the comment form. */
  async function answer(request: FeedbackRequest): Promise<ViewResult> {
    const { payload, locale } = request
    const admitted = await admit(request)
    if (!admitted.ok) return admitted.view
    const { fields } = admitted
    const pagePath = first(fields, 'page')
    const language = pageLanguage(pagePath)
    const refuse = (status: number, key: 'feedbackErrorPage' | 'feedbackErrorAnswer' | 'errorHoneypot', back?: string) =>
      renderAt(request, (ctx) => feedbackNoticeView(ctx, status, ctx.t(key), back))
    if (!language) return refuse(422, 'feedbackErrorPage')
    if (first(fields, 'website') !== '') return refuse(422, 'errorHoneypot', pagePath)
    const given = first(fields, 'answer')
    if (!isAnswer(given)) return refuse(422, 'feedbackErrorAnswer', pagePath)
    const administration = await owningAdministration(payload, language, pagePath)
    const id = await storeAnswer(payload, { path: pagePath, language, answer: given, administration })
    const location = given === 'no' ? commentLocation(locale, id) : thanksLocation(locale, pagePath)
    return { status: 303, html: '', location, private: true }
  }

  /** POST /{lang}/feedback/{comment}: what the visitor was looking for, added (masked) to their "no". */
  async function comment(request: FeedbackRequest): Promise<ViewResult> {
    const { payload, locale } = request
    const admitted = await admit(request)
    if (!admitted.ok) return admitted.view
    const { fields } = admitted
    const ticket = first(fields, 'ticket')
    const id = ticketRow(ticket)
    const row = id === undefined ? undefined : await commentableRow(payload, id)
    if (!row?.ok) {
      const done = row?.ok === false && row.problem === 'done'
      return renderAt(request, (ctx) =>
        feedbackNoticeView(ctx, done ? 409 : 404, ctx.t(done ? 'feedbackErrorDone' : 'feedbackErrorLink'), undefined),
      )
    }
    const text = cleanText(first(fields, 'comment'))
    const state: CommentFormState = { ...emptyComment(ticket, row.path), comment: text }
    if (lengthOf(text) > COMMENT_MAX) state.error = 'feedbackErrorTooLong'
    else if (first(fields, 'website') !== '') state.error = 'errorHoneypot'
    else if (text) {
      const verdict = verifyChallenge(first(fields, 'challenge') || undefined, first(fields, 'solution') || undefined, challengeOptions())
      if (!verdict.ok) state.error = verdict.problem === 'too-fast' ? 'errorChallengeTooFast' : 'errorChallenge'
    }
    if (state.error) return renderAt(request, (ctx) => commentView(ctx, state, 422))
    // An empty comment adds nothing: the "no" is already kept.
    if (text) {
      const added = await addComment(payload, id!, text)
      if (!added.ok) return renderAt(request, (ctx) => feedbackNoticeView(ctx, 409, ctx.t('feedbackErrorDone'), row.path))
    }
    return { status: 303, html: '', location: thanksLocation(locale, row.path), private: true }
  }

  return { answer, comment }
}

/** A page in answer to a POST: made for this visitor, never cached. */
async function renderAt(request: FeedbackRequest, view: (ctx: ViewContext) => ViewResult): Promise<ViewResult> {
  const { payload, locale, path, origin } = request
  const result = await renderWith({ payload, locale, path, query: new URLSearchParams(), origin, draft: false }, view)
  return { ...result, private: true }
}

export type FeedbackReceiver = ReturnType<typeof feedbackReceiver>
