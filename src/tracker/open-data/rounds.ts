/** The reporting rounds dataset: each round of a published plan version, and how much of it is validated. */
import type { Payload } from 'payload'
import { relationId } from '@/relation-id'
import { roundObligations } from '@/tracker/rounds/obligations'
import { type Dataset, LICENSE } from './datasets'
import { dayOf, instantOf, newest } from './field-values'

export async function buildRounds(payload: Payload): Promise<Dataset> {
  const rounds = await payload.find({
    collection: 'reporting-rounds',
    depth: 0,
    pagination: false,
    sort: 'periodEnd',
    overrideAccess: false,
  })
  const published = await payload.find({
    collection: 'plan-versions',
    where: { _status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    select: { year: true },
  })
  const years = new Map(published.docs.map((version) => [version.id, version.year]))
  const items = []
  for (const round of rounds.docs) {
    // A draft version's rounds are prepared out of sight, as its measures are.
    const planYear = years.get(relationId(round.planVersion) ?? -1)
    if (planYear === undefined) continue
    const asked = await roundObligations(payload, round)
    items.push({
      id: round.id,
      planYear,
      periodStart: dayOf(round.periodStart),
      periodEnd: dayOf(round.periodEnd),
      deadline: dayOf(round.deadline),
      state: round.state,
      scope: round.scope,
      measures: asked.length,
      validated: asked.filter((item) => item.state === 'validated').length,
      closedAt: instantOf(round.closedAt),
    })
  }
  const updatedAt = newest(rounds.docs.map((round) => round.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}
