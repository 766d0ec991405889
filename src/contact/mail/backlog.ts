/** How far behind the outbox is, for operators (`/metrics`): how many emails wait and since when the oldest does. */
import type { Payload } from 'payload'

export interface OutboxBacklog {
  pending: number
  oldestQueuedAt: Date | undefined
}

/** One read: the oldest waiting email, with the count of all that wait. */
export async function outboxBacklog(payload: Payload): Promise<OutboxBacklog> {
  const { docs, totalDocs } = await payload.find({
    collection: 'email-outbox',
    where: { status: { in: ['queued', 'sending'] } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
  })
  const oldest = docs[0]?.createdAt
  return { pending: totalDocs, oldestQueuedAt: oldest ? new Date(oldest) : undefined }
}
