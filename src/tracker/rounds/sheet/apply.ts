/**
 * Writes a confirmed plan: all of it or nothing. Each report goes through the collection as the
 * uploader (its access and its workflow hook decide, as for an edit in the admin). On PostgreSQL
 * it is one transaction; SQLite has none here, so a failed row takes back what was written before
 * it (created reports deleted, updated ones put back as they were).
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, ValidationError } from 'payload'
import type { ProgressReport, ReportingRound } from '@/payload-types'
import type { PlannedChange, ImportPlan } from './plan'

export type ApplyResult = { ok: true; written: number } | { ok: false; row: number; reason: string }

type Undo = () => Promise<unknown>

function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) return error.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

async function writeOne(req: PayloadRequest, round: ReportingRound, plan: ImportPlan, change: PlannedChange): Promise<Undo> {
  const { payload } = req
  const data = { status: change.after.status, percent: change.after.percent, account: change.after.account, workflow: 'submitted' as const }
  if (!change.report) {
    const created = await payload.create({
      collection: 'progress-reports',
      locale: plan.language,
      data: { ...data, measure: change.measure.id, partner: change.partner, periodStart: round.periodStart, periodEnd: round.periodEnd },
      req,
      overrideAccess: false,
    })
    return () => payload.delete({ collection: 'progress-reports', id: created.id, overrideAccess: true })
  }
  const before: ProgressReport = await payload.findByID({
    collection: 'progress-reports',
    id: change.report.id,
    locale: plan.language,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await payload.update({ collection: 'progress-reports', id: change.report.id, locale: plan.language, data, req, overrideAccess: false })
  return () =>
    payload.update({
      collection: 'progress-reports',
      id: before.id,
      locale: plan.language,
      data: {
        status: before.status,
        percent: before.percent,
        account: before.account,
        workflow: before.workflow,
        submittedAt: before.submittedAt ?? null,
      },
      overrideAccess: true,
    })
}

export async function applyPlan(req: PayloadRequest, round: ReportingRound, plan: ImportPlan): Promise<ApplyResult> {
  const owned = await initTransaction(req)
  // Without transactions the adapter leaves a settled promise of nothing behind.
  if (!owned && req.transactionID instanceof Promise) req.transactionID = undefined
  const undo: Undo[] = []
  for (const change of plan.changes) {
    try {
      undo.push(await writeOne(req, round, plan, change))
    } catch (error) {
      if (owned) await killTransaction(req)
      else for (const step of undo.reverse()) await step()
      return { ok: false, row: change.row, reason: reasonOf(error) }
    }
  }
  if (owned) await commitTransaction(req)
  return { ok: true, written: plan.changes.length }
}
