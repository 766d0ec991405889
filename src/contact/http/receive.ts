import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'
import { readEnvironment } from '@/environment'
import type { ViewResult } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import { contactSentPath, LOCALES, type Locale } from '@/site/routes'
import { renderWith } from '@/site/router'
import { kickOutbox } from '@/contact/jobs'
import {
  checkFileList,
  checkValues,
  cleanLine,
  cleanText,
  CONTACT_LIMITS,
  type ContactErrors,
  type ContactValues,
} from '@/contact/form/rules'
import { loadTopics } from '@/contact/pages'
import { challengeOptions, signReference, waitSeconds } from '@/contact/settings'
import { createChallenge, verifyChallenge } from '@/contact/spam/challenge'
import { RateLimiter } from '@/contact/spam/rate-limit'
import { storeSubmission, type Submission } from '@/contact/submit'
import { type AttachmentKind, kindFromFileName, sniffAttachment } from '@/contact/upload/file-type'
import { type FormLimits, readForm } from '@/contact/upload/multipart'
import { contactView } from '@/contact/views/ContactView'
import { contactNoticeView } from '@/contact/views/ContactNoticeView'
import { type ContactFormState, fileSize } from '@/contact/views/form-state'
import { clientAddress } from '@/http/client-address'

const environment = readEnvironment()
const WINDOW_MS = 10 * 60 * 1000

/** Every POST counts, valid or not: a flood of broken forms costs as much as one of good ones. */
const limiter = new RateLimiter({ limit: environment.contact.postsPerWindow, windowMs: WINDOW_MS })

const LIMITS: FormLimits = {
  maxFiles: CONTACT_LIMITS.maxFiles,
  maxFileBytes: CONTACT_LIMITS.maxFileBytes,
  maxFieldBytes: CONTACT_LIMITS.message * 4 + 1024,
  maxFields: 30,
  maxTotalBytes: CONTACT_LIMITS.maxFiles * CONTACT_LIMITS.maxFileBytes + 256 * 1024,
}

export interface ReceiveRequest {
  payload: Payload
  req: IncomingMessage
  locale: Locale
  path: string
  origin: string
}

const first = (fields: Map<string, string[]>, name: string): string => fields.get(name)?.[0] ?? ''

/** POST /{lang}/contact: checks everything, stores the message, and answers with the next page. */
export async function receiveContactForm({ payload, req, locale, path, origin }: ReceiveRequest): Promise<ViewResult> {
  const render = (view: Parameters<typeof renderWith>[1]) =>
    renderWith({ payload, locale, path, query: new URLSearchParams(), origin, draft: false }, view)

  const decision = limiter.take(clientAddress(req, environment.trustProxy))
  if (!decision.allowed) {
    const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60))
    const view = await render((ctx) =>
      contactNoticeView(ctx, 429, 'tooManyTitle', ctx.t('tooManyBody', { minutes: formatNumber(minutes, locale) })),
    )
    return { ...view, private: true, headers: { 'Retry-After': String(decision.retryAfterSeconds) } }
  }

  const form = await readForm(req, LIMITS)
  if (!form.ok) {
    if (form.problem === 'malformed' || form.problem === 'unsupported-content-type' || form.problem === 'too-many-fields') {
      return {
        ...(await render((ctx) => contactNoticeView(ctx, 400, 'badRequestTitle', ctx.t('badRequestBody')))),
        private: true,
        headers: { Connection: 'close' },
      }
    }
    // Too large in one way or another: the body was not kept, so the form cannot be shown again filled in.
    const view = await render((ctx) =>
      contactNoticeView(
        ctx,
        413,
        'tooLargeTitle',
        ctx.t('tooLargeBody', { count: formatNumber(CONTACT_LIMITS.maxFiles, locale), size: fileSize(locale) }),
      ),
    )
    return { ...view, private: true, headers: { Connection: 'close' } }
  }

  const { fields, files } = form
  const values: ContactValues = {
    topic: first(fields, 'topic'),
    name: cleanLine(first(fields, 'name')),
    email: cleanLine(first(fields, 'email')),
    phone: cleanLine(first(fields, 'phone')),
    message: cleanText(first(fields, 'message')),
    language: first(fields, 'language'),
    consent: first(fields, 'consent') === 'yes',
  }
  const topics = await loadTopics(payload, locale)
  const errors: ContactErrors = checkValues(
    values,
    topics.map((topic) => topic.id),
    LOCALES,
  )
  const attachments = files.filter((file) => file.field === 'attachments')
  let badFile: string | undefined
  const proven: Submission['files'] = []
  const fileProblem = checkFileList(attachments.map((file) => ({ name: file.fileName, size: file.data.length })))
  if (fileProblem || attachments.length < files.length) errors.attachments = fileProblem ?? 'errorFileType'
  else {
    for (const file of attachments) {
      const claimed = kindFromFileName(file.fileName)
      const actual: AttachmentKind | undefined = sniffAttachment(file.data)
      if (!claimed || actual !== claimed) {
        errors.attachments = 'errorFileContent'
        badFile = file.fileName
        break
      }
      proven.push({ fileName: file.fileName, kind: actual, data: file.data })
    }
  }

  let formError: ContactFormState['formError']
  let challengeId: string | undefined
  if (first(fields, 'website') !== '') formError = 'errorHoneypot'
  else {
    const verdict = verifyChallenge(first(fields, 'challenge') || undefined, first(fields, 'solution') || undefined, challengeOptions())
    if (verdict.ok) challengeId = verdict.id
    else formError = verdict.problem === 'too-fast' ? 'errorChallengeTooFast' : 'errorChallenge'
  }

  const showAgain = async (status: number, extra: Partial<ContactFormState> = {}): Promise<ViewResult> => {
    const state: ContactFormState = {
      values,
      errors,
      badFile,
      formError,
      filesDropped: attachments.length > 0,
      challenge: createChallenge(challengeOptions()),
      waitSeconds: waitSeconds(),
      ...extra,
    }
    return { ...(await render((ctx) => contactView(ctx, state, topics, status))), private: true }
  }
  if (Object.keys(errors).length > 0 || formError || !challengeId) return showAgain(422)

  // checkValues accepted only a subject from this list.
  const topic = topics.find((option) => option.id === values.topic)!
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const stored = await storeSubmission(
    payload,
    {
      topic: Number(topic.id),
      administration: topic.administration,
      name: values.name,
      email: values.email,
      phone: values.phone,
      message: values.message,
      language: values.language as Locale,
      files: proven,
      challengeId,
    },
    { referencePrefix: settings.contactReferencePrefix ?? 'GOB', adminBaseUrl: origin },
  )
  if (!stored.ok && stored.problem === 'bad-file')
    return showAgain(422, { errors: { ...errors, attachments: 'errorFileContent' }, badFile: stored.fileName })
  if (!stored.ok) return showAgain(409, { formError: 'errorReplayed' })
  kickOutbox(payload)
  const query = new URLSearchParams({ ref: stored.reference, sig: signReference(stored.reference) })
  return { status: 303, html: '', location: `${contactSentPath(locale)}?${query}`, private: true }
}
