/**
 * "Request this document in another format": the form's page (GET, never cached: it carries its own
 * spam challenge) and its POST, which lands in the contact inbox of the administration that owns the
 * document, with the document linked, through the contact form's own store. The contact form's
 * defences are reused: rate limit, form reader, trap field, challenge; bad input changes nothing.
 */
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'
import { answerDaysFrom } from '@/contact/answer-time'
import { kickOutbox } from '@/contact/jobs'
import { challengeOptions, signReference, waitSeconds } from '@/contact/settings'
import { createChallenge, verifyChallenge } from '@/contact/spam/challenge'
import { RateLimiter } from '@/contact/spam/rate-limit'
import { storeSubmission } from '@/contact/submit'
import { type FormLimits, readForm } from '@/contact/upload/multipart'
import { clientAddress } from '@/http/client-address'
import { relationId } from '@/relation-id'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, translator } from '@/site/i18n'
import { contactSentPath, documentPath, type Locale } from '@/site/routes'
import { renderWith } from '@/site/router'
import { errorView } from '@/site/views/ErrorView'
import { findBySlug } from '@/site/views/localized'
import { noticeView } from '@/site/views/NoticeView'
import { type FormatRequestState, formatRequestView, type RequestedDocument } from '../views/FormatRequestView'
import { checkFormatRequest, cleanValues, DETAILS_MAX, FORMAT_LABELS, type Format } from './rules'

const LIMITS: FormLimits = { maxFiles: 0, maxFileBytes: 1, maxFieldBytes: DETAILS_MAX * 4 + 2048, maxFields: 12, maxTotalBytes: 32 * 1024 }

interface FoundDocument extends RequestedDocument {
  id: number
  /** Who answers: the document's owner, else the administration of the first subject of the contact form. */
  administration: number | undefined
  /** The contact form's subject for that administration, when it has one. */
  topic: number | undefined
}

/** The published document at this slug in `locale`, with who answers for it; undefined when there is none. */
async function findDocument(payload: Payload, locale: Locale, slug: string): Promise<FoundDocument | undefined> {
  const match = await findBySlug(payload, 'documents', slug, locale, false)
  if (!match) return undefined
  const doc = await payload.findByID({ collection: 'documents', id: match.id, locale, depth: 0, overrideAccess: false })
  const topics = await payload.find({ collection: 'contact-topics', sort: 'order', depth: 0, pagination: false, overrideAccess: true })
  const owner = relationId(doc.ownerAdministration) ?? undefined
  const administration = owner ?? relationId(topics.docs[0]?.administration) ?? undefined
  const topic = topics.docs.find((candidate) => relationId(candidate.administration) === administration)?.id
  return { id: doc.id, title: doc.title, slugs: match.slugs, slug: match.slugs[locale] ?? slug, administration, topic }
}

const emptyState = (): FormatRequestState => ({
  values: { format: '', details: '', email: '' },
  errors: {},
  challenge: createChallenge(challengeOptions()),
  waitSeconds: waitSeconds(),
})

/** GET /{lang}/documents/<slug>/<other-format>: the empty form. */
export async function formatRequestPage(ctx: ViewContext, slug: string): Promise<ViewResult> {
  if (ctx.query.size > 0) return errorView(ctx, 400)
  const document = await findDocument(ctx.payload, ctx.locale, slug)
  if (!document) return errorView(ctx, 404)
  return { ...formatRequestView(ctx, document, emptyState(), await answerDaysFrom(ctx.payload)), private: true }
}

export interface FormatRequest {
  payload: Payload
  req: IncomingMessage
  locale: Locale
  slug: string
  /** The form's canonical path, where its page is rendered again. */
  path: string
  origin: string
}

/** The POST handler, with its own rate limit (each server makes one; tests make their own). */
export function formatRequestReceiver(options: { postsPerWindow: number; trustProxy: boolean; windowMs?: number }) {
  // Every POST counts, valid or not, as on the contact form.
  const limiter = new RateLimiter({ limit: options.postsPerWindow, windowMs: options.windowMs ?? 10 * 60 * 1000 })

  return async function receive({ payload, req, locale, slug, path, origin }: FormatRequest): Promise<ViewResult> {
    const render = async (view: (ctx: ViewContext) => ViewResult | Promise<ViewResult>, headers?: Record<string, string>) => ({
      ...(await renderWith({ payload, locale, path, query: new URLSearchParams(), origin, draft: false }, view)),
      private: true,
      headers,
    })
    const decision = limiter.take(clientAddress(req, options.trustProxy))
    if (!decision.allowed) {
      const minutes = formatNumber(Math.max(1, Math.ceil(decision.retryAfterSeconds / 60)), locale)
      return render((ctx) => errorPage(ctx, 429, 'tooManyTitle', ctx.t('tooManyBody', { minutes })), {
        'Retry-After': String(decision.retryAfterSeconds),
      })
    }
    const form = await readForm(req, LIMITS)
    if (!form.ok || form.files.length > 0) {
      const tooLarge = !form.ok && (form.problem === 'too-large' || form.problem === 'field-too-long')
      return render(
        (ctx) =>
          tooLarge
            ? errorPage(ctx, 413, 'tooLargeTitle', ctx.t('errorDetailsTooLong', { max: formatNumber(DETAILS_MAX, locale) }))
            : errorPage(ctx, 400, 'badRequestTitle', ctx.t('feedbackErrorUnreadable')),
        { Connection: 'close' },
      )
    }
    const field = (name: string) => form.fields.get(name)?.[0] ?? ''
    const document = await findDocument(payload, locale, slug)
    if (!document) return render((ctx) => errorView(ctx, 404))
    const state: FormatRequestState = { ...emptyState(), values: cleanValues(field) }
    state.errors = checkFormatRequest(state.values)
    let challengeId: string | undefined
    if (field('website') !== '') state.formError = 'errorHoneypot'
    else {
      const verdict = verifyChallenge(field('challenge') || undefined, field('solution') || undefined, challengeOptions())
      if (verdict.ok) challengeId = verdict.id
      else state.formError = verdict.problem === 'too-fast' ? 'errorChallengeTooFast' : 'errorChallenge'
    }
    const answerDays = await answerDaysFrom(payload)
    const showAgain = (status: number) => render((ctx) => formatRequestView(ctx, document, state, answerDays, status))
    if (Object.keys(state.errors).length > 0 || !challengeId) return showAgain(422)
    if (document.administration === undefined) throw new Error('no administration answers the contact form: add a contact subject')

    const t = translator(locale)
    const link = origin + documentPath(document.slugs[locale] ?? document.slug, locale)
    const message = [
      t('formatRequestMessage', { title: document.title, link, format: t(FORMAT_LABELS[state.values.format as Format]) }),
      state.values.details ? t('formatRequestMessageDetails', { details: state.values.details }) : '',
    ]
      .filter(Boolean)
      .join('\n')
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const stored = await storeSubmission(
      payload,
      {
        topic: document.topic,
        administration: document.administration,
        // The form asks no name: the address is who wrote.
        name: state.values.email,
        email: state.values.email,
        phone: '',
        message,
        language: locale,
        files: [],
        challengeId,
      },
      { referencePrefix: settings.contactReferencePrefix ?? 'GOB', adminBaseUrl: origin },
    )
    if (!stored.ok) {
      state.formError = 'errorChallenge'
      return showAgain(409)
    }
    kickOutbox(payload)
    const query = new URLSearchParams({ ref: stored.reference, sig: signReference(stored.reference) })
    return { status: 303, html: '', location: `${contactSentPath(locale)}?${query}`, private: true }
  }
}

/** A refusal of the request as a whole (too many, too large, unreadable), on a page of its own that leads back to the form. */
function errorPage(
  ctx: ViewContext,
  status: number,
  titleKey: 'tooManyTitle' | 'tooLargeTitle' | 'badRequestTitle',
  body: string,
): ViewResult {
  return noticeView(ctx, { status, title: ctx.t(titleKey), body, back: { href: ctx.path, label: ctx.t('formatRequestBack') } })
}
