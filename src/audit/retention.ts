import type { Payload, TaskConfig } from 'payload'
import { retentionCutoff } from '@/contact/retention'
import { readEnvironment } from '@/environment'
import { RETENTION_CONTEXT } from './collections/AuditEvents'

/** Deletes the audit events older than the retention period; answers how many. */
export async function applyAuditRetention(payload: Payload, months: number, now = new Date()): Promise<number> {
  const before = retentionCutoff(now, months).toISOString()
  const deleted = await payload.delete({
    collection: 'audit-events',
    where: { createdAt: { less_than: before } },
    overrideAccess: true,
    context: { [RETENTION_CONTEXT]: true },
  })
  return deleted.docs.length
}

/** Payload's job queue runs this daily inside the server (see jobs in payload.config.ts). */
export const auditTasks: TaskConfig[] = [
  {
    slug: 'audit-retention',
    label: 'Delete audit events past their retention period',
    schedule: [{ cron: '0 45 3 * * *', queue: 'default' }],
    handler: async ({ req }) => {
      const deleted = await applyAuditRetention(req.payload, readEnvironment().auditRetentionMonths)
      if (deleted > 0) req.payload.logger.info({ msg: 'audit retention', deleted })
      return { output: {} }
    },
  },
]
