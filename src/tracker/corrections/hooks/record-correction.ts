import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { Correction } from '@/payload-types'
import { keepingLocale } from '@/read-keeping-locale'
import { relationId } from '@/relation-id'
import { fieldProblem } from '../../collections/validation'
import { APPLYING_CORRECTION } from '../frozen-fields'

/** The plan version a measure or an objective belongs to. */
async function versionOfItem(req: PayloadRequest, itemId: number | null): Promise<number | null> {
  if (itemId === null) return null
  const item = await keepingLocale(req, () =>
    req.payload.findByID({ collection: 'plan-items', id: itemId, depth: 0, overrideAccess: true, req, disableErrors: true }),
  )
  return relationId(item?.planVersion)
}

/** A correction of a validated report (its status and percentage): what it corrects, and the values before. */
async function checkReportCorrection(req: PayloadRequest, slug: string, data: Record<string, unknown>): Promise<void> {
  const id = relationId(data.report as number | null)
  const report =
    id === null
      ? null
      : await keepingLocale(req, () =>
          req.payload.findByID({ collection: 'progress-reports', id, depth: 0, overrideAccess: true, req, disableErrors: true }),
        )
  if (!report) throw fieldProblem(req, slug, 'report', 'correctionSubject')
  if (report.workflow !== 'validated') throw fieldProblem(req, slug, 'report', 'correctOnlyValidated')
  const status = (data.newStatus as typeof report.status | null | undefined) ?? report.status
  const percent = typeof data.newPercent === 'number' ? data.newPercent : report.percent
  if (status === report.status && percent === report.percent) throw fieldProblem(req, slug, 'newPercent', 'correctionChangesNothing')
  Object.assign(data, {
    observation: null,
    newValue: null,
    oldValue: null,
    oldStatus: report.status,
    oldPercent: report.percent,
    newStatus: status,
    newPercent: percent,
    planVersion: await versionOfItem(req, relationId(report.measure)),
    label: report.label,
  })
}

/** A correction of a final indicator value: what it corrects, and the value before. */
async function checkObservationCorrection(req: PayloadRequest, slug: string, data: Record<string, unknown>): Promise<void> {
  const id = relationId(data.observation as number | null)
  const observation =
    id === null
      ? null
      : await keepingLocale(req, () =>
          req.payload.findByID({ collection: 'indicator-observations', id, depth: 0, overrideAccess: true, req, disableErrors: true }),
        )
  if (!observation) throw fieldProblem(req, slug, 'observation', 'correctionSubject')
  if (observation.provisional) throw fieldProblem(req, slug, 'observation', 'correctOnlyFinal')
  const value = data.newValue
  if (typeof value !== 'number' || value === observation.value) throw fieldProblem(req, slug, 'newValue', 'correctionChangesNothing')
  const indicatorId = relationId(observation.indicator)
  const indicator =
    indicatorId === null
      ? null
      : await keepingLocale(req, () =>
          req.payload.findByID({ collection: 'indicators', id: indicatorId, depth: 0, overrideAccess: true, req, disableErrors: true }),
        )
  Object.assign(data, {
    report: null,
    newStatus: null,
    newPercent: null,
    oldStatus: null,
    oldPercent: null,
    oldValue: observation.value,
    planVersion: await versionOfItem(req, relationId(indicator?.objective)),
    label: `${String(observation.date).slice(0, 10)} · ${observation.value} → ${value}`,
  })
}

/**
 * Checks a correction before anything is written: what it corrects (a validated report, a final
 * indicator value) and that it changes something; keeps the old values beside the new ones. Who and
 * when are the server's. A correction is never edited afterwards. Nothing is written here, so that
 * the field validation that follows (the reason in each language, the percentage) refuses a bad
 * correction with nothing stored, on SQLite (no transaction) as on PostgreSQL.
 */
export const checkCorrection: CollectionBeforeChangeHook = async ({ data, operation, req, collection }) => {
  if (operation !== 'create') throw fieldProblem(req, collection.slug, 'reason', 'correctionFinal')
  if (data.subject === 'report') await checkReportCorrection(req, collection.slug, data)
  else if (data.subject === 'observation') await checkObservationCorrection(req, collection.slug, data)
  else throw fieldProblem(req, collection.slug, 'subject', 'correctionSubject')
  data.correctedAt = new Date().toISOString()
  data.correctedBy = req.user?.id ?? null
  return data
}

/**
 * Applies a recorded correction's new values to what it corrects, in the transaction the correction
 * was written in (PostgreSQL). Where there is none (SQLite), a failed write takes the correction back
 * out, so that neither is kept without the other.
 */
export const applyCorrection: CollectionAfterChangeHook<Correction> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const context = { [APPLYING_CORRECTION]: true }
  try {
    const reportId = relationId(doc.report)
    const observationId = relationId(doc.observation)
    if (doc.subject === 'report' && reportId !== null && doc.newStatus && typeof doc.newPercent === 'number') {
      const data = { status: doc.newStatus, percent: doc.newPercent }
      await keepingLocale(req, () =>
        req.payload.update({ collection: 'progress-reports', id: reportId, data, overrideAccess: true, req, context }),
      )
    } else if (doc.subject === 'observation' && observationId !== null && typeof doc.newValue === 'number') {
      const data = { value: doc.newValue }
      await keepingLocale(req, () =>
        req.payload.update({ collection: 'indicator-observations', id: observationId, data, overrideAccess: true, req, context }),
      )
    }
  } catch (error) {
    // On PostgreSQL the rollback undoes both, and this delete fails with the transaction: the first error is the one to tell.
    await req.payload.db.deleteOne({ collection: 'corrections', where: { id: { equals: doc.id } }, req }).catch(() => undefined)
    throw error
  }
  return doc
}
