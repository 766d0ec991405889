import type { CollectionBeforeChangeHook } from 'payload'
import { brusselsDay } from '@/site/i18n'
import { fieldProblem } from '../../collections/validation'
import type { ReportState } from '@/access/tracker'
import { APPLYING_CORRECTION } from '../../corrections/frozen-fields'
import { reviewAfterClose } from '../review-after-close'

/**
 * A closed round closes its period: no report on that period of the round's plan version is written
 * or changed any more by anyone signed in (a validated one changes only by a correction, which
 * passes here). The cell may still validate a report submitted in time (`../review-after-close.ts`),
 * the workflow having checked that it may. Server code without a user (the seed) writes history as it was. Called by the report
 * workflow (enforce-report-workflow.ts) with the plan version of the measure it has already read.
 */
export async function refuseReportInClosedRound(
  { data, originalDoc, req, collection }: Parameters<CollectionBeforeChangeHook>[0],
  version: number | null,
): Promise<void> {
  if (!req.user || req.context[APPLYING_CORRECTION] || version === null) return
  const start = data.periodStart ?? originalDoc?.periodStart
  const end = data.periodEnd ?? originalDoc?.periodEnd
  if (typeof start !== 'string' || typeof end !== 'string') return
  const closed = await req.payload.find({
    collection: 'reporting-rounds',
    where: { and: [{ state: { equals: 'closed' } }, { planVersion: { equals: version } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { periodStart: true, periodEnd: true },
  })
  const periods = [start, end].map(brusselsDay).join('/')
  // The period before the write counts too: moving a report out of a closed period is a change of it.
  const earlier =
    typeof originalDoc?.periodStart === 'string' && typeof originalDoc?.periodEnd === 'string'
      ? [originalDoc.periodStart, originalDoc.periodEnd].map(brusselsDay).join('/')
      : undefined
  const hits = closed.docs.some((round) => {
    const period = [round.periodStart, round.periodEnd].map(brusselsDay).join('/')
    return period === periods || period === earlier
  })
  if (!hits) return
  const review = reviewAfterClose(originalDoc?.workflow as ReportState | undefined, data, originalDoc)
  if (review === 'validates') return
  if (review === 'sendsBack') throw fieldProblem(req, collection.slug, 'workflow', 'roundClosedSendBack')
  throw fieldProblem(req, collection.slug, 'periodEnd', 'roundClosed')
}
