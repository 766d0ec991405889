import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '@/relation-id'
import { brusselsDay } from '@/site/i18n'
import { fieldProblem } from '../../collections/validation'
import { APPLYING_CORRECTION } from '../../corrections/frozen-fields'

/**
 * A closed round closes its period: no report on that period of the round's plan version is written
 * or changed any more by anyone signed in (a validated one changes only by a correction, which
 * passes here). Server code without a user (the seed) writes history as it was.
 */
export const refuseReportInClosedRound: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (!req.user || req.context[APPLYING_CORRECTION]) return data
  const measureId = relationId(data.measure ?? originalDoc?.measure)
  const start = data.periodStart ?? originalDoc?.periodStart
  const end = data.periodEnd ?? originalDoc?.periodEnd
  if (measureId === null || typeof start !== 'string' || typeof end !== 'string') return data
  const measure = await req.payload.findByID({
    collection: 'plan-items',
    id: measureId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { planVersion: true },
  })
  const version = relationId(measure?.planVersion)
  if (version === null) return data
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
  if (hits) throw fieldProblem(req, collection.slug, 'periodEnd', 'roundClosed')
  return data
}
