/** The strategy versions the follow-up shows: by year, and those that have a plan to follow. */
import type { Payload } from 'payload'
import type { PlanVersion } from '@/payload-types'
import { relationId } from '@/relation-id'
import type { Locale } from '@/site/routes'

/** A plan version by its year, when it has a structure to follow. */
export async function versionByYear(payload: Payload, year: number, locale: Locale): Promise<PlanVersion | undefined> {
  const found = await payload.find({
    collection: 'plan-versions',
    where: { year: { equals: year } },
    locale,
    depth: 0,
    limit: 1,
    overrideAccess: false,
  })
  return found.docs[0]
}

/** The versions that have a structure to follow, newest first (two queries). */
export async function versionsWithPlan(payload: Payload, locale: Locale | 'all'): Promise<PlanVersion[]> {
  const pillars = await payload.find({
    collection: 'plan-items',
    where: { level: { equals: 'pillar' } },
    depth: 0,
    pagination: false,
    select: { planVersion: true },
  })
  const ids = [...new Set(pillars.docs.map((p) => relationId(p.planVersion)).filter((id): id is number => id !== null))]
  if (ids.length === 0) return []
  return (
    await payload.find({ collection: 'plan-versions', where: { id: { in: ids } }, locale, depth: 0, pagination: false, sort: '-year' })
  ).docs
}
