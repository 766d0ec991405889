/** Search counts are kept 13 months (a year to compare with, and the month it started): a daily job deletes older days. */
import type { Payload, TaskConfig } from 'payload'
import { retentionCutoff } from '@/contact/retention'
import { dayOf } from './counts'
import { QUERY_COUNTS_SLUG } from './SearchQueryCounts'

export const QUERY_COUNT_RETENTION_MONTHS = 13

/** Deletes the days older than the retention period; answers how many rows went. */
export async function applyQueryCountRetention(payload: Payload, now = new Date()): Promise<number> {
  const before = dayOf(retentionCutoff(now, QUERY_COUNT_RETENTION_MONTHS))
  const where = { day: { less_than: before } }
  const { totalDocs } = await payload.count({ collection: QUERY_COUNTS_SLUG, where, overrideAccess: true })
  // One statement, whatever the number of rows: no hooks or versions to run per row.
  if (totalDocs > 0) await payload.db.deleteMany({ collection: QUERY_COUNTS_SLUG, where })
  return totalDocs
}

export const searchQueryTasks: TaskConfig[] = [
  {
    slug: 'search-query-retention',
    label: 'Delete search counts past their retention period',
    schedule: [{ cron: '0 50 3 * * *', queue: 'default' }],
    handler: async ({ req }) => {
      const deleted = await applyQueryCountRetention(req.payload)
      if (deleted > 0) req.payload.logger.info({ msg: 'search count retention', deleted })
      return { output: {} }
    },
  },
]
