/**
 * The alert job (every ten seconds, on every instance): each change recorded in `content-changes`
 * (src/changes) that no run has handled yet is dispatched to its followers (dispatch.ts) in one
 * transaction that begins by writing the change's mark in `follow-alerted-changes`, whose unique
 * index on the change makes a second instance handling the same change at the same moment fail and
 * write nothing (PostgreSQL holds its insert until the first commits). A failure rolls everything
 * back, the mark included, so the next run tries again: a mail outage delays, it loses nothing, and
 * the outbox sends when the relay is back.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type TaskConfig } from 'payload'
import { ALERT_WINDOW_MS, parseSubject } from '../rules'
import { isLocale } from '@/site/routes'
import { type AlertKind, isAlertKind } from './compose'
import { type DispatchReport, dispatchChange, type FollowChange } from './dispatch'
import { queueDigests } from './digests'
import type { ChangedItem } from './touched'
import { withdrawalNote } from './withdrawal-note'

/** Changes handled per run at most (the next run, ten seconds later, takes the rest). */
const PER_RUN = 50

const ITEM_KINDS = new Set<string>(['page', 'news', 'document', 'plan-item', 'indicator'])

interface ChangeRow {
  id: number
  subjectKey: string
  language: string
  kind: string
  note?: string | null
  reason?: string | null
  replacement?: string | null
  path: string
  at: string
}

/** A row as the dispatcher reads it; undefined for a row that concerns nobody's subscription. */
export function followChangeOf(row: ChangeRow): FollowChange | undefined {
  const subject = parseSubject(row.subjectKey)
  if (!subject || subject.kind === 'all-news' || !ITEM_KINDS.has(subject.kind) || !isLocale(row.language)) return undefined
  if (row.kind !== 'minor' && !isAlertKind(row.kind)) return undefined
  const kind = row.kind as AlertKind | 'minor'
  const withdrawn = kind === 'withdrawn'
  return {
    id: row.id,
    item: { kind: subject.kind as ChangedItem['kind'], id: subject.id },
    language: row.language,
    kind,
    note: withdrawn ? withdrawalNote(row.language, row.reason) : row.note,
    // A withdrawal points to what replaces the item, if anything: its own address answers 410 now.
    path: withdrawn ? (row.replacement ?? null) : row.path,
    at: row.at,
  }
}

/** The ids of recent changes no run has handled, oldest first. */
async function unhandled(payload: Payload, now: Date): Promise<ChangeRow[]> {
  const recent = await payload.find({
    collection: 'content-changes',
    where: { at: { greater_than: new Date(now.getTime() - ALERT_WINDOW_MS).toISOString() } },
    sort: 'id',
    depth: 0,
    pagination: false,
    // The id comes with every row; one small column is all this needs.
    select: { at: true },
    overrideAccess: true,
  })
  if (recent.docs.length === 0) return []
  const ids = recent.docs.map((doc) => doc.id)
  const marked = await payload.find({
    collection: 'follow-alerted-changes',
    where: { change: { greater_than_equal: ids[0] } },
    depth: 0,
    pagination: false,
    select: { change: true },
    overrideAccess: true,
  })
  const done = new Set(marked.docs.map((doc) => doc.change))
  const waiting = ids.filter((id) => !done.has(id)).slice(0, PER_RUN)
  if (waiting.length === 0) return []
  const rows = await payload.find({
    collection: 'content-changes',
    where: { id: { in: waiting } },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return rows.docs as ChangeRow[]
}

/**
 * Handles one change; false when another run had it first. In a transaction (PostgreSQL) the mark
 * comes first, so a second instance waits on it and then fails; without one (SQLite: one instance)
 * it comes last, after a dispatch that skips what a run stopped halfway already wrote.
 */
async function handle(payload: Payload, row: ChangeRow, origin: string): Promise<DispatchReport | false> {
  const req = await createLocalReq({}, payload)
  const owned = await initTransaction(req)
  const mark = () => payload.create({ req, collection: 'follow-alerted-changes', overrideAccess: true, data: { change: row.id } })
  try {
    if (owned) await mark()
    const change = followChangeOf(row)
    const report = change ? await dispatchChange(req, change, origin, !owned) : { alerts: 0, pending: 0, ended: 0 }
    if (owned) await commitTransaction(req)
    else await mark()
    return report
  } catch (error) {
    await killTransaction(req)
    const marked = await payload.count({
      collection: 'follow-alerted-changes',
      where: { change: { equals: row.id } },
      overrideAccess: true,
    })
    if (marked.totalDocs > 0) return false
    throw error
  }
}

export interface AlertRunReport {
  changes: number
  alerts: number
  pending: number
  ended: number
}

/** A refusal by a unique index (an outbox key, a pending digest, a change's mark) that another run wrote first. */
function isDuplicate(error: unknown): boolean {
  const errors = (error as { data?: { errors?: { path?: string }[] } })?.data?.errors
  return (
    Array.isArray(errors) && errors.some((problem) => problem.path === 'key' || problem.path === 'change' || problem.path === 'subscriber')
  )
}

/** One run of the alert job: every waiting change handled once, by this run or another. */
export async function dispatchWaitingChanges(payload: Payload, origin: string, now = new Date()): Promise<AlertRunReport> {
  const total: AlertRunReport = { changes: 0, alerts: 0, pending: 0, ended: 0 }
  for (const row of await unhandled(payload, now)) {
    try {
      const report = await handle(payload, row, origin)
      if (!report) continue
      total.changes++
      total.alerts += report.alerts
      total.pending += report.pending
      total.ended += report.ended
    } catch (error) {
      // Another run wrote the same alert first (SQLite, one instance, two overlapping runs): that run finishes it.
      if (isDuplicate(error)) continue
      // Left unmarked: the next run tries it again.
      payload.logger.error({ msg: 'follow alerts for a change failed', change: row.id, err: error })
    }
  }
  if (total.alerts + total.pending + total.ended > 0) payload.logger.info({ msg: 'follow alerts', ...total })
  return total
}

const origin = (payload: Payload) => payload.config.serverURL

export const alertTasks: TaskConfig[] = [
  {
    slug: 'follow-alerts',
    label: 'Tell followers about published changes',
    schedule: [{ cron: '*/10 * * * * *', queue: 'default' }],
    handler: async ({ req }) => {
      await dispatchWaitingChanges(req.payload, origin(req.payload))
      return { output: {} }
    },
  },
  {
    slug: 'follow-digest-daily',
    label: 'Send the daily digests of followed changes',
    schedule: [{ cron: '0 0 7 * * *', queue: 'default' }],
    handler: async ({ req }) => {
      await queueDigests(req.payload, 'daily', origin(req.payload))
      return { output: {} }
    },
  },
  {
    slug: 'follow-digest-weekly',
    label: 'Send the weekly digests of followed changes',
    schedule: [{ cron: '0 0 7 * * 1', queue: 'default' }],
    handler: async ({ req }) => {
      await queueDigests(req.payload, 'weekly', origin(req.payload))
      return { output: {} }
    },
  },
]
