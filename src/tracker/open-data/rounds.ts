/**
 * The reporting rounds dataset: each round of a published plan version, how many reports it asks
 * for and how many of them are validated. Read as a visitor reads (the content store answers, and
 * a public-only instance needs no Payload): the round's measures, and the validated reports on
 * them, which are all a visitor sees of the reports. A report asked for counts as validated when a
 * validated report of that measure and organisation covers the round's period.
 */
import type { Payload } from 'payload'
import type { ProgressReport, ReportingRound } from '@/payload-types'
import { relationId } from '@/relation-id'
import { measuresOf, reportingPartners, samePeriod } from '@/tracker/rounds/obligations'
import { type Dataset, LICENSE } from './datasets'
import { dayOf, instantOf, newest } from './field-values'

type ValidatedReport = Pick<ProgressReport, 'measure' | 'partner' | 'periodStart' | 'periodEnd' | 'updatedAt'>

/** How many reports the round asks for, and how many of them are validated; the newest change among those reports. */
async function countsOf(
  payload: Payload,
  round: ReportingRound,
): Promise<{ measures: number; validated: number; updatedAt: string | null }> {
  const measures = await measuresOf(payload, round, { asVisitor: true })
  const reports: ValidatedReport[] =
    measures.length === 0
      ? []
      : (
          await payload.find({
            collection: 'progress-reports',
            where: { measure: { in: measures.map((measure) => measure.id) } },
            depth: 0,
            pagination: false,
            overrideAccess: false,
            select: { measure: true, partner: true, periodStart: true, periodEnd: true, updatedAt: true },
          })
        ).docs
  const validatedPairs = new Set(
    reports.filter((report) => samePeriod(report, round)).map((report) => `${relationId(report.measure)}:${relationId(report.partner)}`),
  )
  let asked = 0
  let validated = 0
  for (const measure of measures)
    for (const partner of reportingPartners(measure)) {
      asked++
      if (validatedPairs.has(`${measure.id}:${partner}`)) validated++
    }
  return { measures: asked, validated, updatedAt: newest(reports.map((report) => report.updatedAt)) }
}

export async function buildRounds(payload: Payload): Promise<Dataset> {
  const rounds = await payload.find({
    collection: 'reporting-rounds',
    depth: 0,
    pagination: false,
    sort: 'periodEnd',
    overrideAccess: false,
  })
  // A visitor reads published versions only.
  const published = await payload.find({
    collection: 'plan-versions',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { year: true },
  })
  const years = new Map(published.docs.map((version) => [version.id, version.year]))
  const items = []
  const changes: (string | null)[] = rounds.docs.map((round) => round.updatedAt)
  for (const round of rounds.docs) {
    // A draft version's rounds are prepared out of sight, as its measures are.
    const planYear = years.get(relationId(round.planVersion) ?? -1)
    if (planYear === undefined) continue
    const counts = await countsOf(payload, round)
    changes.push(counts.updatedAt)
    items.push({
      id: round.id,
      planYear,
      periodStart: dayOf(round.periodStart),
      periodEnd: dayOf(round.periodEnd),
      deadline: dayOf(round.deadline),
      state: round.state,
      scope: round.scope,
      measures: counts.measures,
      validated: counts.validated,
      closedAt: instantOf(round.closedAt),
    })
  }
  const updatedAt = newest(changes)
  return { json: { updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}
