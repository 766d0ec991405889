/** The lineage dataset of a plan version: every link into it, with the codes of what it links. */
import type { Payload } from 'payload'
import { readLinks } from '@/tracker/lineage/read'
import { type Dataset, LICENSE } from './datasets'
import { instantOf, newest, textInEveryLanguage } from './field-values'
import { planItemRefs } from './plan-lookups'
import { versionsWithPlan } from '../versions'

/** Undefined when no published version of that year has a structure. */
export async function buildLineage(payload: Payload, _origin: string, year: number): Promise<Dataset | undefined> {
  const version = (await versionsWithPlan(payload, 'all')).find((v) => v.year === year)
  if (!version) return undefined
  const links = await readLinks(payload, { planVersion: { equals: version.id } })
  const refs = await planItemRefs(payload, [...new Set(links.flatMap((l) => [...l.from, ...(l.item === null ? [] : [l.item])]))])
  const items = links.map((link) => {
    const item = link.item === null ? undefined : refs.get(link.item)
    return {
      id: link.id,
      kind: link.kind,
      planYear: year,
      itemId: link.item,
      itemCode: item?.code ?? null,
      itemLevel: item?.level ?? null,
      fromYear: link.from.length > 0 ? (refs.get(link.from[0] as number)?.planYear ?? null) : null,
      fromIds: link.from,
      fromCodes: link.from.map((id) => refs.get(id)?.code ?? ''),
      reason: textInEveryLanguage(link.reason),
      updatedAt: instantOf(link.updatedAt) ?? link.updatedAt,
    }
  })
  const updatedAt = newest(links.map((l) => l.updatedAt))
  return { json: { planYear: year, updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}
