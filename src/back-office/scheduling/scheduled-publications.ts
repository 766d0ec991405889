/**
 * What is scheduled, read from Payload's jobs queue (`payload-jobs`, task `schedulePublish`): a job
 * counts until it has run, so an item whose time has come still shows as scheduled for the few
 * seconds before the queue picks it up. Read on the server only; callers decide who may see it.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { ScheduledPublication } from './describe'

interface JobInput {
  type?: string
  locale?: string
  doc?: { relationTo?: string; value?: string | number }
  user?: { relationTo?: string; value?: number | string } | number | string
}

export interface ScheduledItem extends ScheduledPublication {
  collection: string
  docId: string
}

const pending: Where[] = [
  { taskSlug: { equals: 'schedulePublish' } },
  { completedAt: { exists: false } },
  { hasError: { not_equals: true } },
]

/** Scheduled publications of one collection's items (of one item when `docId` is given), soonest first. */
export async function scheduledPublications(
  payload: Payload,
  collection: string,
  options: { docId?: number | string; req?: PayloadRequest } = {},
): Promise<ScheduledItem[]> {
  const where: Where = { and: [...pending, { 'input.doc.relationTo': { equals: collection } }] }
  if (options.docId !== undefined) where.and!.push({ 'input.doc.value': { equals: String(options.docId) } })
  const { docs } = await payload.db.find({ collection: 'payload-jobs', where, sort: 'waitUntil', limit: 0, req: options.req })
  const jobs = docs as { id: number | string; waitUntil?: string | null; input?: JobInput }[]
  const userIds = [...new Set(jobs.map((job) => userIdOf(job.input)).filter((id) => id !== undefined))]
  const names = await userNames(payload, userIds)
  return jobs
    .filter((job) => job.waitUntil && job.input?.doc?.value !== undefined)
    .map((job) => {
      const input = job.input ?? {}
      const userId = userIdOf(input)
      return {
        id: job.id,
        collection,
        docId: String(input.doc?.value),
        type: input.type === 'unpublish' ? 'unpublish' : 'publish',
        locale: input.locale || undefined,
        at: new Date(job.waitUntil!).toISOString(),
        by: userId === undefined ? undefined : names.get(String(userId)),
      }
    })
}

function userIdOf(input: JobInput | undefined): number | string | undefined {
  const user = input?.user
  if (user === undefined || user === null) return undefined
  return typeof user === 'object' ? user.value : user
}

/** Who scheduled, by name or else email: staff see each other's names in the admin already. */
async function userNames(payload: Payload, ids: (number | string)[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
  })
  return new Map(docs.map((user) => [String(user.id), user.name || user.email]))
}
