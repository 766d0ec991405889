import type { Locale } from '@/site/routes'
import { planItemPath } from '@/site/routes'
import { LEVEL_LABELS, type PlanLevel } from '../collections/levels'
import { STATUS_LABELS } from '../collections/statuses'
import type { PlanEntry } from '../plan'
import type { MeasureStatus } from '../rollup'

export const statusLabel = (status: MeasureStatus, locale: Locale): string => STATUS_LABELS[status][locale]
export const levelLabel = (level: PlanLevel, locale: Locale): string => LEVEL_LABELS[level][locale]
export const itemName = (entry: { item: { code: string; title: string } }): string => `${entry.item.code} ${entry.item.title}`
export const entryPath = (year: number, entry: PlanEntry, locale: Locale): string => planItemPath(year, entry.item.code, locale)

/** A version's name as readers know it: "2021 · Go4Brussels 2030". */
export const versionName = (version: { year: number; title: string }): string => `${version.year} · ${version.title}`

/** Text of a localized value read with locale 'all', in the visitor's language or the first there is. */
export function inLocale(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const all = value as Partial<Record<Locale, string | null>>
  return all[locale] || all.nl || all.fr || all.en || ''
}
