import type { Payload } from 'payload'
import { relationId } from '@/relation-id'
import { anyTag } from '@/site/cache-tags'
import {
  changesPath,
  correctionsPath,
  indicatorPath,
  type Locale,
  LOCALES,
  openDataPath,
  partnerPath,
  planItemPath,
  planVersionPath,
  summitPath,
  trackerAdministrationPath,
  trackerPartPath,
  type TrackerPart,
  TRACKER_PARTS,
} from '@/site/routes'

export interface TrackerUrlSet {
  paths: Partial<Record<Locale, string>>
  lastmod?: string
}

const everyLanguage = (path: (l: Locale) => string) => Object.fromEntries(LOCALES.map((l) => [l, path(l)])) as Record<Locale, string>

/** Localized slugs as read with `locale: 'all'`. */
function slugPaths(slug: unknown, path: (slug: string, l: Locale) => string): Partial<Record<Locale, string>> {
  const slugs = (slug ?? {}) as Partial<Record<Locale, string | null>>
  const paths: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) {
    const value = slugs[l]
    if (value) paths[l] = path(value, l)
  }
  return paths
}

/** The tracker's public pages for the sitemap: its lists, every plan version with items (its corrections, what changed since the one before) and every item, indicator, summit, partner and administration. */
export async function trackerUrlSets(payload: Payload, tags: Set<string>): Promise<TrackerUrlSet[]> {
  for (const collection of ['plan-items', 'plan-versions', 'indicators', 'social-summits', 'partners', 'administrations'] as const)
    tags.add(anyTag(collection))
  // What a visitor may read, the sitemap listing only pages a visitor can open; in one order for every
  // language at once, which the content store answers (a localized default sort, a partner's name, has none under `locale: 'all'`).
  const visitor = { depth: 0, pagination: false, overrideAccess: false, sort: 'id' } as const
  const [items, versions, indicators, summits, partners, administrations] = await Promise.all([
    payload.find({ collection: 'plan-items', ...visitor, select: { code: true, planVersion: true, updatedAt: true } }),
    payload.find({ collection: 'plan-versions', ...visitor, select: { year: true } }),
    payload.find({ collection: 'indicators', locale: 'all', ...visitor, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'social-summits', ...visitor, select: { year: true, updatedAt: true } }),
    payload.find({ collection: 'partners', locale: 'all', ...visitor, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'administrations', locale: 'all', ...visitor, select: { slug: true } }),
  ])
  const years = new Map(versions.docs.map((v) => [v.id, v.year]))
  const usedYears = new Set<number>()
  const sets: TrackerUrlSet[] = (Object.keys(TRACKER_PARTS) as TrackerPart[]).map((part) => ({
    paths: everyLanguage((l) => trackerPartPath(part, l)),
  }))
  sets.push({ paths: everyLanguage(openDataPath) })
  for (const item of items.docs) {
    const year = years.get(relationId(item.planVersion) ?? -1)
    if (year === undefined) continue
    usedYears.add(year)
    sets.push({ paths: everyLanguage((l) => planItemPath(year, item.code, l)), lastmod: item.updatedAt })
  }
  const ordered = [...usedYears].sort((a, b) => a - b)
  for (const [i, year] of ordered.entries()) {
    sets.push({ paths: everyLanguage((l) => planVersionPath(year, l)) })
    sets.push({ paths: everyLanguage((l) => correctionsPath(year, l)) })
    const before = ordered[i - 1]
    if (before !== undefined) sets.push({ paths: everyLanguage((l) => changesPath(before, year, l)) })
  }
  for (const indicator of indicators.docs) sets.push({ paths: slugPaths(indicator.slug, indicatorPath), lastmod: indicator.updatedAt })
  for (const summit of summits.docs) sets.push({ paths: everyLanguage((l) => summitPath(summit.year, l)), lastmod: summit.updatedAt })
  for (const partner of partners.docs) sets.push({ paths: slugPaths(partner.slug, partnerPath), lastmod: partner.updatedAt })
  for (const administration of administrations.docs) sets.push({ paths: slugPaths(administration.slug, trackerAdministrationPath) })
  return sets
}
