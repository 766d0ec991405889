/**
 * The admin's “schedule publish” server function, in place of Payload's: Payload 3.90 lets anyone
 * who may enter the admin queue a scheduled publish or unpublish (@payloadcms/ui
 * schedulePublishHandler checks nothing else). Here the role matrix's `schedule` cell decides, and
 * the scheduled job and its audit event are written in one transaction (kept or dropped together).
 */
import {
  APIError,
  canAccessAdmin,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type SchedulePublishTaskInput,
  type ServerFunction,
} from 'payload'
import { recordAudit } from '@/audit/record'
import { approvalMessages } from '@/back-office/approval/messages'
import { approvalCheck } from '@/back-office/approval/requests'
import { isNoted } from '@/changes/kinds'
import { changeProblems } from '@/changes/messages'
import { readWithdrawal } from '@/changes/plan'
import { say } from '@/site/i18n/request-language'
import { allows } from './from-matrix'
import { MATRIX, type MatrixSlug } from './matrix'
import { accessProblems } from './messages'

export type ScheduleArgs = {
  date?: Date
  /** A scheduled job to cancel instead. */
  deleteID?: number | string
  localeToPublish?: string
  timezone?: string
  /** Why a page, news item or document is to be unpublished: asked when it is scheduled, recorded when it happens (src/changes). */
  unpublishing?: { reason?: unknown; replacement?: unknown }
} & Pick<SchedulePublishTaskInput, 'doc' | 'global' | 'type'>

type Answer = { message: string } | { error: string }

function refuse(req: PayloadRequest): never {
  throw new APIError(say(req, accessProblems, 'schedule'), 403, undefined, true)
}

const isMatrixSlug = (slug: unknown): slug is MatrixSlug => typeof slug === 'string' && slug in MATRIX

/** What a queued scheduled-publish job is about, to check and record its cancelling. */
async function scheduledJob(req: PayloadRequest, id: number | string): Promise<SchedulePublishTaskInput | undefined> {
  const job = await req.payload.db.findOne({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }] },
    req,
  })
  return (job as { input?: SchedulePublishTaskInput } | null)?.input
}

async function schedule(req: PayloadRequest, args: ScheduleArgs): Promise<void> {
  if (args.deleteID !== undefined) {
    const input = await scheduledJob(req, args.deleteID)
    const slug = input?.doc?.relationTo ?? input?.global
    if (!input || !isMatrixSlug(slug) || !allows(req.user, slug, 'schedule')) refuse(req)
    await req.payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: args.deleteID } }, req })
    await recordAudit(req, {
      action: 'schedule',
      collection: slug,
      documentId: input.doc?.value ?? null,
      language: input.locale ?? null,
      detail: `${input.type ?? 'publish'} cancelled`,
    })
    return
  }
  const slug = args.doc?.relationTo ?? args.global
  if (!isMatrixSlug(slug) || !allows(req.user, slug, 'schedule')) refuse(req)
  if (!args.date) throw new APIError(req.t('general:noDateSelected'), 400, undefined, true)
  if (args.type !== 'unpublish' && args.doc) {
    // Under four eyes, scheduling a publication is approving it: the same rule as publishing now.
    const { problem } = await approvalCheck(req, slug, args.doc.value, args.localeToPublish ?? 'all')
    if (problem) throw new APIError(say(req, approvalMessages, problem), 403, undefined, true)
  }
  let unpublishing: { reason: string | null; replacement: string | null } | undefined
  if (args.type === 'unpublish' && args.doc && isNoted(args.doc.relationTo)) {
    const withdrawal = readWithdrawal(args.unpublishing, true)
    if (!withdrawal.ok) throw new APIError(say(req, changeProblems, withdrawal.problem.problem), 400, undefined, true)
    unpublishing = { reason: withdrawal.reason, replacement: withdrawal.replacement }
  }
  const user = req.user
  // As Payload's own handler queues it (the generated input type wants a document where Payload stores its id as text).
  const job = {
    task: 'schedulePublish',
    input: {
      type: args.type,
      doc: args.doc,
      global: args.global,
      locale: args.localeToPublish,
      timezone: args.timezone,
      // The scheduler is told how it went in the admin language they scheduled in (src/back-office/scheduling/notify-scheduler.ts).
      language: req.i18n?.language,
      // Read back by src/changes/hooks/plan-change.ts when the job unpublishes (Payload's job sends only the status).
      unpublishing,
      user: user?.collection ? { relationTo: user.collection, value: user.id } : undefined,
    },
    waitUntil: new Date(args.date),
    req,
  } as unknown as Parameters<typeof req.payload.jobs.queue>[0]
  await req.payload.jobs.queue(job)
  await recordAudit(req, {
    action: 'schedule',
    collection: slug,
    documentId: args.doc?.value ?? null,
    language: args.localeToPublish ?? null,
    detail: `${args.type ?? 'publish'} at ${new Date(args.date).toISOString()}`,
  })
}

export const schedulePublishChecked: ServerFunction<ScheduleArgs, Promise<Answer>> = async ({ req, ...args }) => {
  await canAccessAdmin({ req })
  const shouldCommit = await initTransaction(req)
  try {
    await schedule(req, args)
    if (shouldCommit) await commitTransaction(req)
    return { message: req.i18n.t('general:success') }
  } catch (error) {
    await killTransaction(req)
    const refused = error instanceof APIError && (error.status === 403 || error.status === 400)
    if (!refused) req.payload.logger.error({ err: error, msg: 'scheduling a publication failed' })
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
