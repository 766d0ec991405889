/**
 * The corrections visitors may read (those of published plan versions), with what each corrected:
 * the report's measure and period, or the indicator value's indicator and date. Read as a visitor,
 * so `correctedBy` never leaves; shared by the public pages and the open data.
 */
import type { Payload, Where } from 'payload'
import type { Correction } from '@/payload-types'
import { relationId } from '@/relation-id'
import type { IndicatorUnit } from '../collections/units'

export interface PublicCorrection {
  id: number
  subject: Correction['subject']
  planVersion: number | null
  report: { id: number; measure: number | null; periodStart: string; periodEnd: string } | null
  /** `unit`: the value's unit, so that it reads like the indicator's other values. */
  observation: { id: number; indicator: number | null; date: string; unit: IndicatorUnit | null } | null
  oldStatus: Correction['oldStatus']
  newStatus: Correction['newStatus']
  oldPercent: number | null
  newPercent: number | null
  oldValue: number | null
  newValue: number | null
  reason: Correction['reason']
  correctedAt: string
  updatedAt: string
}

const ids = (values: unknown[]) => [...new Set(values.map((v) => relationId(v as number | null)).filter((id): id is number => id !== null))]

/** Newest first. */
export async function readCorrections(payload: Payload, where?: Where): Promise<PublicCorrection[]> {
  const found = await payload.find({
    collection: 'corrections',
    where,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: '-correctedAt',
  })
  const reportIds = ids(found.docs.map((c) => c.report))
  const observationIds = ids(found.docs.map((c) => c.observation))
  const [reports, observations] = await Promise.all([
    reportIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'progress-reports',
            where: { id: { in: reportIds } },
            overrideAccess: false,
            depth: 0,
            pagination: false,
            select: { measure: true, periodStart: true, periodEnd: true },
          })
        ).docs,
    observationIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'indicator-observations',
            where: { id: { in: observationIds } },
            overrideAccess: false,
            depth: 0,
            pagination: false,
            select: { indicator: true, date: true, unit: true },
          })
        ).docs,
  ])
  const reportsById = new Map(
    reports.map((r) => [r.id, { id: r.id, measure: relationId(r.measure), periodStart: r.periodStart, periodEnd: r.periodEnd }]),
  )
  const observationsById = new Map(
    observations.map((o) => [o.id, { id: o.id, indicator: relationId(o.indicator), date: o.date, unit: o.unit ?? null }]),
  )
  return found.docs.map((c) => ({
    id: c.id,
    subject: c.subject,
    planVersion: relationId(c.planVersion),
    report: reportsById.get(relationId(c.report) ?? -1) ?? null,
    observation: observationsById.get(relationId(c.observation) ?? -1) ?? null,
    oldStatus: c.oldStatus ?? null,
    newStatus: c.newStatus ?? null,
    oldPercent: c.oldPercent ?? null,
    newPercent: c.newPercent ?? null,
    oldValue: c.oldValue ?? null,
    newValue: c.newValue ?? null,
    reason: c.reason,
    correctedAt: c.correctedAt ?? c.createdAt,
    updatedAt: c.updatedAt,
  }))
}
