/**
 * The follow POSTs: subscribe, "send me my link", confirm, one-click unsubscribe (RFC 8058: a POST to
 * the List-Unsubscribe address, with or without the form's body, no sign-in) and the manage page's
 * changes. The forms reuse the contact form's defences (a rate limit per address, the form reader's
 * limits, a trap field, the spam challenge); the token POSTs need the token and nothing else. Bad
 * input is answered with a localized page and its status, and writes nothing.
 */
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'
import { emailProblem, cleanLine } from '@/contact/form/rules'
import { kickOutbox } from '@/contact/jobs'
import { challengeOptions } from '@/contact/settings'
import { verifyChallenge } from '@/contact/spam/challenge'
import { RateLimiter } from '@/contact/spam/rate-limit'
import { type FormLimits, readForm } from '@/contact/upload/multipart'
import { clientAddress } from '@/http/client-address'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import { type FollowPart, followPartPath, type Locale } from '@/site/routes'
import { renderWith } from '@/site/router'
import { noticeView } from '@/site/views/NoticeView'
import { followPath } from '@/site/routes'
import { isFrequency, parseSubject } from '../rules'
import {
  confirmSubscription,
  isFollowable,
  managedBy,
  removeAll,
  removeSubscription,
  requestManageLink,
  requestSubscription,
  leave,
  setFrequency,
  unsubscribe,
} from '../store'
import { emptyFollowState } from '../pages'
import { type FollowFormState, followFormView } from '../views/FollowForm'
import { confirmedView, linkProblemView, manageView, nothingLeftView, unsubscribedView } from '../views/FollowPages'

const LIMITS: FormLimits = { maxFiles: 0, maxFileBytes: 1, maxFieldBytes: 2048, maxFields: 12, maxTotalBytes: 16 * 1024 }

export interface FollowRequest {
  payload: Payload
  req: IncomingMessage
  locale: Locale
  /** The path posted to (canonical): where a page in answer is rendered. */
  path: string
  query: URLSearchParams
  origin: string
}

export interface FollowReceiverOptions {
  /** Form POSTs (subscribe and link requests together) allowed per address in `windowMs`. */
  postsPerWindow: number
  windowMs?: number
  trustProxy: boolean
}

/** A page in answer to a POST: made for this visitor, never cached. */
async function renderAt(
  request: FollowRequest,
  view: (ctx: ViewContext) => ViewResult | Promise<ViewResult>,
  headers?: Record<string, string>,
) {
  const { payload, locale, path, origin } = request
  const result = await renderWith({ payload, locale, path, query: new URLSearchParams(), origin, draft: false }, view)
  return { ...result, private: true, headers: { ...result.headers, ...headers } }
}

const redirect = (location: string): ViewResult => ({ status: 303, html: '', location, private: true })

type Fields = Map<string, string[]>
type Admitted = { ok: true; fields: Fields } | { ok: false; view: ViewResult }

/** Reads the body within the limits; a page to answer with when it cannot be read. */
async function readBody(request: FollowRequest): Promise<Admitted> {
  const form = await readForm(request.req, LIMITS)
  if (form.ok && form.files.length === 0) return { ok: true, fields: form.fields }
  const view = await renderAt(
    request,
    (ctx) =>
      noticeView(ctx, {
        status: 400,
        title: ctx.t('badRequestTitle'),
        body: ctx.t('followBadRequestBody'),
        back: { href: followPath(ctx.locale), label: ctx.t('followBackToForm') },
      }),
    { Connection: 'close' },
  )
  return { ok: false, view }
}

const first = (fields: Fields, name: string): string => fields.get(name)?.[0] ?? ''

/** The token of a link: in the address (one-click POSTs carry only `List-Unsubscribe=One-Click`), else in the form. */
const tokenOf = (request: FollowRequest, fields: Fields): string => request.query.get('token') ?? first(fields, 'token')

/** The handlers, the forms sharing one rate limit (each server makes one; tests make their own). */
export function followReceiver(options: FollowReceiverOptions) {
  // Every form POST counts, valid or not, as on the contact form.
  const limiter = new RateLimiter({ limit: options.postsPerWindow, windowMs: options.windowMs ?? 10 * 60 * 1000 })

  /** The rate limit, then the body: what both forms start with. */
  async function admitForm(request: FollowRequest): Promise<Admitted> {
    const decision = limiter.take(clientAddress(request.req, options.trustProxy))
    if (!decision.allowed) {
      const minutes = formatNumber(Math.max(1, Math.ceil(decision.retryAfterSeconds / 60)), request.locale)
      const view = await renderAt(
        request,
        (ctx) =>
          noticeView(ctx, {
            status: 429,
            title: ctx.t('tooManyTitle'),
            body: ctx.t('tooManyBody', { minutes }),
            back: { href: followPath(ctx.locale), label: ctx.t('followBackToForm') },
          }),
        { 'Retry-After': String(decision.retryAfterSeconds) },
      )
      return { ok: false, view }
    }
    return readBody(request)
  }

  /** The trap field and the challenge; the message key of what failed. */
  function spamProblem(fields: Fields): FollowFormState['formError'] {
    if (first(fields, 'website') !== '') return 'errorHoneypot'
    const verdict = verifyChallenge(first(fields, 'challenge') || undefined, first(fields, 'solution') || undefined, challengeOptions())
    if (verdict.ok) return undefined
    return verdict.problem === 'too-fast' ? 'errorChallengeTooFast' : 'errorChallenge'
  }

  /** The form again, with what the visitor typed and what is wrong (a single page they came to follow still offered). */
  async function showAgain(request: FollowRequest, subject: string, change: (state: FollowFormState) => void): Promise<ViewResult> {
    return renderAt(request, async (ctx) => {
      const state = await emptyFollowState(ctx, new URLSearchParams({ subject }))
      change(state)
      return followFormView(ctx, state, 422)
    })
  }

  /** POST /{lang}/follow: the subscription, unconfirmed, and its confirmation email; the same answer whoever the address is. */
  async function subscribe(request: FollowRequest): Promise<ViewResult> {
    const { payload, locale, origin } = request
    const admitted = await admitForm(request)
    if (!admitted.ok) return admitted.view
    const { fields } = admitted
    const values = { subject: first(fields, 'subject'), frequency: first(fields, 'frequency'), email: cleanLine(first(fields, 'email')) }
    const subject = parseSubject(values.subject)
    const errors: FollowFormState['errors'] = {}
    if (!values.subject) errors.subject = 'followErrorSubject'
    else if (!subject || !(await isFollowable(payload, subject, locale))) errors.subject = 'followErrorSubjectUnknown'
    if (!isFrequency(values.frequency)) errors.frequency = 'followErrorFrequency'
    const email = emailProblem(values.email)
    if (email) errors.email = email
    const formError = spamProblem(fields)
    if (Object.keys(errors).length > 0 || formError || !subject || !isFrequency(values.frequency)) {
      return showAgain(request, values.subject, (state) => {
        state.values = values
        state.errors = errors
        state.formError = formError
      })
    }
    await requestSubscription(payload, { email: values.email, locale, subject, frequency: values.frequency, origin })
    kickOutbox(payload)
    return redirect(followPartPath('sent', locale))
  }

  /** POST /{lang}/follow/link: the manage link, emailed if the address follows anything; the same answer either way. */
  async function link(request: FollowRequest): Promise<ViewResult> {
    const { payload, locale, origin } = request
    const admitted = await admitForm(request)
    if (!admitted.ok) return admitted.view
    const { fields } = admitted
    const email = cleanLine(first(fields, 'email'))
    const problem = emailProblem(email) ?? spamProblem(fields)
    if (problem) {
      return showAgain(request, '', (state) => {
        state.linkEmail = email
        state.linkError = problem
      })
    }
    await requestManageLink(payload, email, locale, origin)
    kickOutbox(payload)
    return redirect(`${followPartPath('sent', locale)}?request=link`)
  }

  /** POST /{lang}/follow/confirm?token=…: the subscription confirmed. */
  async function confirm(request: FollowRequest): Promise<ViewResult> {
    const body = await readBody(request)
    if (!body.ok) return body.view
    const done = await confirmSubscription(request.payload, tokenOf(request, body.fields), request.locale, request.origin)
    return renderAt(request, (ctx) =>
      done.ok ? confirmedView(ctx, done.value.label, done.value.manageUrl) : linkProblemView(ctx, done.problem),
    )
  }

  /** POST /{lang}/follow/unsubscribe?token=…: one subscription ended, from the page's button or a mail client's one-click POST. */
  async function oneClick(request: FollowRequest): Promise<ViewResult> {
    const body = await readBody(request)
    if (!body.ok) return body.view
    const done = await unsubscribe(request.payload, tokenOf(request, body.fields))
    return renderAt(request, (ctx) => (done.ok ? unsubscribedView(ctx) : linkProblemView(ctx, done.problem)))
  }

  /** POST /{lang}/follow/leave?token=…: every subscription ended, from a digest's link or a mail client's one-click POST. */
  async function leaveAll(request: FollowRequest): Promise<ViewResult> {
    const body = await readBody(request)
    if (!body.ok) return body.view
    const done = await leave(request.payload, tokenOf(request, body.fields))
    return renderAt(request, (ctx) => (done.ok ? unsubscribedView(ctx) : linkProblemView(ctx, done.problem)))
  }

  /** POST /{lang}/follow/manage?token=…: a frequency changed, one subscription or all of them cancelled. */
  async function manage(request: FollowRequest): Promise<ViewResult> {
    const { payload, locale } = request
    const body = await readBody(request)
    if (!body.ok) return body.view
    const token = tokenOf(request, body.fields)
    const managed = await managedBy(payload, token, locale)
    if (!managed.ok) return renderAt(request, (ctx) => linkProblemView(ctx, managed.problem))
    const subscriber = managed.value.subscriber.id
    const action = first(body.fields, 'action')
    const subscription = Number(first(body.fields, 'subscription'))
    const own = managed.value.subscriptions.some((s) => s.id === subscription)
    const frequency = first(body.fields, 'frequency')
    let done: 'saved' | 'removed'
    if (action === 'remove-all') {
      await removeAll(payload, subscriber)
      done = 'removed'
    } else if (action === 'remove' && own) {
      await removeSubscription(payload, subscriber, subscription)
      done = 'removed'
    } else if (action === 'frequency' && own && isFrequency(frequency)) {
      await setFrequency(payload, subscriber, subscription, frequency)
      done = 'saved'
    } else {
      return renderAt(request, (ctx) =>
        noticeView(ctx, {
          status: 400,
          title: ctx.t('badRequestTitle'),
          body: ctx.t('followBadRequestBody'),
          back: { href: `${followPartPath('manage', locale)}?${new URLSearchParams({ token })}`, label: ctx.t('followManageLink') },
        }),
      )
    }
    const after = await managedBy(payload, token, locale)
    if (!after.ok) return renderAt(request, (ctx) => nothingLeftView(ctx))
    return renderAt(request, (ctx) => manageView(ctx, token, after.value, done))
  }

  /** The handler of each part that takes a POST; the form itself (no part) is `subscribe`. */
  const byPart: Partial<Record<FollowPart, (request: FollowRequest) => Promise<ViewResult>>> = {
    link,
    confirm,
    unsubscribe: oneClick,
    leave: leaveAll,
    manage,
  }
  return { subscribe, byPart }
}

export type FollowReceiver = ReturnType<typeof followReceiver>
