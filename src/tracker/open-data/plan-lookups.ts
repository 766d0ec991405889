/** What several open datasets look up in the plan: the years of versions and the items they point to. */
import type { Payload } from 'payload'
import type { PlanItem } from '@/payload-types'
import { relationId } from '@/relation-id'
import type { Localized } from '@/site/i18n/localized'
import { textInEveryLanguage } from './field-values'

/** The year of each of these plan versions, by id. */
export async function versionYears(payload: Payload, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map()
  const versions = await payload.find({
    collection: 'plan-versions',
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    select: { year: true },
  })
  return new Map(versions.docs.map((v) => [v.id, v.year]))
}

/** What the datasets say of a plan item they point to. */
export interface ItemRef {
  code: string
  level: PlanItem['level']
  title: Localized<string | null>
  planYear: number | null
  updatedAt: string
}

/** The code, level, title and plan year of each of these plan items, by id. */
export async function planItemRefs(payload: Payload, ids: number[]): Promise<Map<number, ItemRef>> {
  if (ids.length === 0) return new Map()
  const items = await payload.find({
    collection: 'plan-items',
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    locale: 'all',
    select: { code: true, level: true, title: true, planVersion: true, updatedAt: true },
  })
  const years = await versionYears(
    payload,
    items.docs.map((i) => relationId(i.planVersion)).filter((id): id is number => id !== null),
  )
  return new Map(
    items.docs.map((i) => [
      i.id,
      {
        code: i.code,
        level: i.level,
        title: textInEveryLanguage(i.title),
        planYear: years.get(relationId(i.planVersion) ?? -1) ?? null,
        updatedAt: i.updatedAt,
      },
    ]),
  )
}
