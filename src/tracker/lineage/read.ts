/** The lineage links a visitor may read (those of published versions), as plain data. */
import type { Payload, Where } from 'payload'
import { relationId } from '@/relation-id'
import type { LineageKind } from './kinds'

export interface PublicLink {
  id: number
  kind: LineageKind
  /** The later item; null for a dropped item. */
  item: number | null
  from: number[]
  /** The version the link belongs to: the later one. */
  planVersion: number | null
  reason: { nl: string | null; fr: string | null; en: string | null }
  updatedAt: string
}

export async function readLinks(payload: Payload, where: Where = {}): Promise<PublicLink[]> {
  const found = await payload.find({
    collection: 'lineage-links',
    where,
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: false,
  })
  return found.docs.map((link) => ({
    id: link.id,
    kind: link.kind,
    item: relationId(link.item),
    from: (link.from ?? []).map((f) => relationId(f)).filter((id): id is number => id !== null),
    planVersion: relationId(link.planVersion),
    reason: { nl: link.reason?.nl ?? null, fr: link.reason?.fr ?? null, en: link.reason?.en ?? null },
    updatedAt: link.updatedAt,
  }))
}
