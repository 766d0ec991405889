/**
 * Whoever scheduled a publication is told by email when it went live or failed, in the admin
 * language they scheduled in. Payload adds its `schedulePublish` task while it builds the config
 * (after plugins run), so its handler is wrapped once Payload is up; the jobs queue writes its
 * rows without collection hooks, so a hook on `payload-jobs` would never see the outcome. The email
 * goes through the outbox, as every other: a mail server that is down for a while delays it
 * instead of losing it, and admins see it among the emails sent.
 */
import type { CollectionSlug, Payload, PayloadRequest, TaskConfig } from 'payload'
import { queueEmail } from '@/contact/mail/outbox'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { isLocale, type Locale } from '@/site/routes'
import { describeScheduled } from './describe'
import { schedulingMessages } from './messages'

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  locale?: string
  language?: string
  doc?: { relationTo: string; value: string | number }
  user?: { relationTo: string; value: number | string }
}

type Outcome = { kind: 'live' } | { kind: 'failed'; error: string }

type Handler = (args: { input: ScheduleInput; req: PayloadRequest; job: { id: number | string } }) => Promise<unknown>

/** Wraps the scheduled-publish task's handler so that each run ends with an email to the scheduler. */
export function notifySchedulerOfOutcomes(payload: Payload): void {
  const task = payload.config.jobs?.tasks?.find((candidate) => candidate.slug === 'schedulePublish') as TaskConfig | undefined
  if (!task || typeof task.handler !== 'function') return
  const run = task.handler as unknown as Handler
  if ((run as { notifiesScheduler?: true }).notifiesScheduler) return
  const wrapped: Handler = async (args) => {
    let result: unknown
    try {
      result = await run(args)
    } catch (error) {
      await tellScheduler(args, { kind: 'failed', error: error instanceof Error ? error.message : String(error) })
      throw error
    }
    await tellScheduler(args, { kind: 'live' })
    return result
  }
  Object.assign(wrapped, { notifiesScheduler: true })
  task.handler = wrapped as unknown as TaskConfig['handler']
}

/**
 * Never throws: the publication itself must not fail, or be retried, because its email could not be
 * written. One email per job and outcome, however often a failing job is retried.
 */
async function tellScheduler({ req, input, job }: Parameters<Handler>[0], outcome: Outcome): Promise<void> {
  try {
    const email = await composeEmail(req.payload, input, outcome)
    if (!email) return
    // Gone live: in the run's transaction, so the email leaves only if the publication commits. Failed:
    // on its own, since the run's writes are rolled back.
    const inRun = outcome.kind === 'live' ? req : undefined
    await queueEmail(
      req.payload,
      { key: `scheduled-publication:${job.id}:${outcome.kind}`, kind: 'scheduled-publication', ...email },
      { once: true, req: inRun },
    )
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'telling the scheduler how a scheduled publication went failed' })
  }
}

export async function composeEmail(
  payload: Payload,
  input: ScheduleInput,
  outcome: Outcome,
): Promise<{ to: string; subject: string; text: string } | undefined> {
  if (!input.user || !input.doc) return undefined
  const user = await payload.findByID({ collection: 'users', id: input.user.value, depth: 0, overrideAccess: true, disableErrors: true })
  if (!user?.email) return undefined
  const language: Locale = isLocale(input.language) ? input.language : 'nl'
  const messages = schedulingMessages[language]
  const collection = input.doc.relationTo as CollectionSlug
  const item = await payload.findByID({
    collection,
    id: input.doc.value,
    depth: 0,
    draft: true,
    overrideAccess: true,
    locale: isLocale(input.locale) ? input.locale : 'nl',
    fallbackLocale: 'nl',
    disableErrors: true,
  })
  const title = String((item as { title?: unknown } | null)?.title ?? `#${input.doc.value}`)
  const what = describeScheduled(
    { type: input.type === 'unpublish' ? 'unpublish' : 'publish', locale: input.locale, at: new Date().toISOString() },
    language,
  )
  const url = `${payload.config.serverURL}/admin/collections/${collection}/${input.doc.value}`
  const vars = { title, what, url, error: outcome.kind === 'failed' ? outcome.error : '' }
  const [subject, body] =
    outcome.kind === 'live' ? [messages.liveSubject, messages.liveBody] : [messages.failedSubject, messages.failedBody]
  return {
    to: user.email,
    subject: fillPlaceholders(subject, vars),
    text: `${fillPlaceholders(body, vars)}\n\n-- \n${messages.signature}\n`,
  }
}
