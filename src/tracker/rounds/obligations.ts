/**
 * What a partner owes in a reporting round: one row per measure of the round and partner that
 * reports on it, with the report of the round's period (if any), its state in the round, and the
 * measure's current (latest validated) values. The admin's lists, the reminders, the completeness
 * view and the spreadsheet export all read this one function.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { ReportState } from '@/access/tracker'
import type { PlanItem, ProgressReport, ReportingRound } from '@/payload-types'
import { relationId } from '@/relation-id'
import { brusselsDay } from '@/site/i18n'
import type { PartlyLocalized } from '@/site/i18n/localized'
import { type ObligationState, obligationState } from './obligation-state'

export interface ObligationReport {
  id: number
  workflow: ReportState
  status: ProgressReport['status']
  percent: number
  /** The cell's reason when the report was sent back. */
  reviewNote: string | null
  /** When it last changed: the spreadsheet import's dry run notices a change made after it. */
  updatedAt: string
}

export interface Obligation {
  round: { id: number; label: string; deadline: string; periodStart: string; periodEnd: string }
  measure: { id: number; code: string; title: PartlyLocalized; pillarCode: string }
  partner: number
  state: ObligationState
  /** The report on the round's period, once one is written. */
  report: ObligationReport | null
  /** What the public reads today: the latest validated report of this partner on the measure. */
  current: { status: ProgressReport['status']; percent: number; periodEnd: string } | null
}

export interface ObligationOptions {
  /** Only this partner's measures. */
  partner?: number
  /** Brussels day the states are computed for (YYYY-MM-DD); today by default. */
  today?: string
  req?: PayloadRequest
}

/** Who reports on a measure: its lead organisations, or every organisation when it names no lead. */
export function reportingPartners(measure: Pick<PlanItem, 'partners'>): number[] {
  const rows = measure.partners ?? []
  const leads = rows.filter((row) => row.role === 'lead')
  return (leads.length > 0 ? leads : rows).map((row) => relationId(row.partner)).filter((id): id is number => id !== null)
}

type RoundMeasure = Pick<PlanItem, 'id' | 'code' | 'title' | 'partners'>

/**
 * The measures a round asks about, with their partners. `asVisitor` reads them as the public does
 * (the open data: the content store answers, and a round of a published version sees the same
 * measures); otherwise with the server's authority, as the cell's views do.
 */
export async function measuresOf(
  payload: Payload,
  round: ReportingRound,
  { req, asVisitor = false }: { req?: PayloadRequest; asVisitor?: boolean } = {},
): Promise<RoundMeasure[]> {
  const version = relationId(round.planVersion)
  const chosen = (round.measures ?? []).map(relationId).filter((id): id is number => id !== null)
  const found = await payload.find({
    collection: 'plan-items',
    where: {
      and: [
        { planVersion: { equals: version } },
        { level: { equals: 'measure' } },
        ...(round.scope === 'measures' ? [{ id: { in: chosen } }] : []),
      ],
    },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: !asVisitor,
    req,
    select: { code: true, title: true, partners: true },
  })
  if (round.scope !== 'pillars') return found.docs
  const pillarIds = (round.pillars ?? []).map(relationId).filter((id): id is number => id !== null)
  const pillars = await payload.find({
    collection: 'plan-items',
    where: { id: { in: pillarIds } },
    depth: 0,
    pagination: false,
    overrideAccess: !asVisitor,
    req,
    select: { code: true },
  })
  const codes = new Set(pillars.docs.map((pillar) => pillar.code))
  return found.docs.filter((measure) => codes.has(pillarCodeOf(measure.code)))
}

/** A measure `2.1.3.4` belongs to pillar `2`. */
export const pillarCodeOf = (code: string): string => code.split('.')[0] ?? code

export const samePeriod = (report: Pick<ProgressReport, 'periodStart' | 'periodEnd'>, round: ReportingRound) =>
  brusselsDay(report.periodStart) === brusselsDay(round.periodStart) && brusselsDay(report.periodEnd) === brusselsDay(round.periodEnd)

/** Every obligation of a round (or of one partner in it), in the order of the measures' codes. */
export async function roundObligations(payload: Payload, round: ReportingRound, options: ObligationOptions = {}): Promise<Obligation[]> {
  const today = options.today ?? brusselsDay(new Date().toISOString())
  const measures = await measuresOf(payload, round, { req: options.req })
  const reports = await payload.find({
    collection: 'progress-reports',
    where: {
      and: [
        { measure: { in: measures.map((measure) => measure.id) } },
        ...(options.partner === undefined ? [] : [{ partner: { equals: options.partner } }]),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: options.req,
    sort: '-updatedAt',
    select: {
      measure: true,
      partner: true,
      periodStart: true,
      periodEnd: true,
      workflow: true,
      status: true,
      percent: true,
      reviewNote: true,
      updatedAt: true,
    },
  })
  const deadline = brusselsDay(round.deadline)
  const rows: Obligation[] = []
  for (const measure of measures) {
    for (const partner of reportingPartners(measure)) {
      if (options.partner !== undefined && partner !== options.partner) continue
      const theirs = reports.docs.filter((r) => relationId(r.measure) === measure.id && relationId(r.partner) === partner)
      const inRound = theirs.find((r) => samePeriod(r, round))
      const latest = theirs
        .filter((r) => r.workflow === 'validated')
        .reduce<ProgressReport | undefined>(
          (best, r) => (best === undefined || r.periodEnd > best.periodEnd ? (r as ProgressReport) : best),
          undefined,
        )
      rows.push({
        round: {
          id: round.id,
          label: round.label ?? '',
          deadline,
          periodStart: brusselsDay(round.periodStart),
          periodEnd: brusselsDay(round.periodEnd),
        },
        measure: {
          id: measure.id,
          code: measure.code,
          title: (measure.title ?? {}) as unknown as PartlyLocalized,
          pillarCode: pillarCodeOf(measure.code),
        },
        partner,
        state: obligationState(inRound?.workflow as ReportState | undefined, deadline, today),
        report: inRound
          ? {
              id: inRound.id,
              workflow: inRound.workflow as ReportState,
              status: inRound.status,
              percent: inRound.percent,
              reviewNote: inRound.reviewNote ?? null,
              updatedAt: inRound.updatedAt,
            }
          : null,
        current: latest ? { status: latest.status, percent: latest.percent, periodEnd: brusselsDay(latest.periodEnd) } : null,
      })
    }
  }
  return rows
}

/** The rounds open today, earliest deadline first. */
export async function openRounds(payload: Payload, req?: PayloadRequest): Promise<ReportingRound[]> {
  const found = await payload.find({
    collection: 'reporting-rounds',
    where: { state: { equals: 'open' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    sort: 'deadline',
  })
  return found.docs
}
