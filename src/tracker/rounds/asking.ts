/** The open rounds that ask for a measure's report, as a visitor may read them (the measure page). */
import type { Payload } from 'payload'
import { relationId } from '@/relation-id'
import { brusselsDay } from '@/site/i18n'
import type { RoundAsking } from './measure-schedule'

export async function roundsAskingFor(
  payload: Payload,
  measure: { id: number; planVersion: unknown },
  pillarId: number | undefined,
): Promise<RoundAsking[]> {
  const found = await payload.find({
    collection: 'reporting-rounds',
    where: {
      and: [{ state: { equals: 'open' } }, { planVersion: { equals: relationId(measure.planVersion as number | { id: number }) } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { periodStart: true, periodEnd: true, deadline: true, scope: true, pillars: true, measures: true },
  })
  return found.docs
    .filter((round) => {
      if (round.scope === 'pillars') return (round.pillars ?? []).map(relationId).includes(pillarId ?? null)
      if (round.scope === 'measures') return (round.measures ?? []).map(relationId).includes(measure.id)
      return true
    })
    .map((round) => ({
      period: { start: brusselsDay(round.periodStart), end: brusselsDay(round.periodEnd) },
      deadline: brusselsDay(round.deadline),
    }))
}
