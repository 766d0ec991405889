/** @jsxImportSource @/site/html */
import type { Payload } from 'payload'
import type { PlanVersion } from '@/payload-types'
import type { ViewContext } from '@/site/context'
import { formatNumber, numberFormat } from '@/site/i18n'
import type { Locale } from '@/site/routes'
import { planItemPath, trackerPartPath } from '@/site/routes'
import { LEVEL_LABELS, type PlanLevel } from '../collections/levels'
import { STATUS_LABELS } from '../collections/statuses'
import { planDataPath } from '../open-data/paths'
import type { PlanEntry } from '../plan'
import { MEASURE_STATUSES, type MeasureProgress, type MeasureStatus, type Rollup } from '../rollup'

export type Said = { nl: string; fr: string; en: string }
export const said = (labels: Said, locale: Locale): string => labels[locale]

/** A figure of 0–100 as a percentage in the visitor's language ("42,5 %", "42.5%"). */
export function formatPercent(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
}

export const statusLabel = (status: MeasureStatus, locale: Locale): string => STATUS_LABELS[status][locale]
export const levelLabel = (level: PlanLevel, locale: Locale): string => LEVEL_LABELS[level][locale]
export const itemName = (entry: { item: { code: string; title: string } }): string => `${entry.item.code} ${entry.item.title}`
export const entryPath = (year: number, entry: PlanEntry, locale: Locale): string => planItemPath(year, entry.item.code, locale)

/** The status a measure counts with: its latest validated report's, or not started. */
export const statusOf = (entry: PlanEntry): MeasureStatus => entry.latest?.status ?? 'not-started'
export const measureProgress = (entry: PlanEntry): MeasureProgress => ({
  status: statusOf(entry),
  percent: entry.latest?.percent ?? 0,
  weight: entry.item.weight ?? 1,
})

/** The status as a word, in a tag whose colour only repeats what the word says. */
export function StatusTag({ status, locale }: { status: MeasureStatus; locale: Locale }) {
  return <span class={`status status--${status}`}>{statusLabel(status, locale)}</span>
}

/** Progress as text first; the bar beside it repeats the figure for sighted readers and is hidden from assistive technology. */
export function ProgressLine({ ctx, progress }: { ctx: ViewContext; progress: number | null }) {
  if (progress === null) return <p class="progress">{ctx.t('trackerNoProgress')}</p>
  return (
    <p class="progress">
      <span class="progress__text">{ctx.t('trackerProgress', { percent: formatPercent(progress, ctx.locale) })}</span>
      <progress max="100" value={String(progress)} aria-hidden="true" />
    </p>
  )
}

export function measureCount(ctx: ViewContext, count: number): string {
  return count === 1 ? ctx.t('trackerMeasureCountOne') : ctx.t('trackerMeasureCount', { count: formatNumber(count, ctx.locale) })
}

/** How many measures are in each status (only the statuses that occur), as a list of words and numbers. */
export function StatusCounts({ ctx, counts }: { ctx: ViewContext; counts: Record<MeasureStatus, number> }) {
  const present = MEASURE_STATUSES.filter((status) => counts[status] > 0)
  if (present.length === 0) return null
  return (
    <ul class="status-counts" aria-label={ctx.t('trackerStatusCounts')}>
      {present.map((status) => (
        <li class={`status status--${status}`}>
          {ctx.t('trackerStatusCount', { status: statusLabel(status, ctx.locale), count: formatNumber(counts[status], ctx.locale) })}
        </li>
      ))}
    </ul>
  )
}

/** Progress, measure count and status counts of a branch. */
export function Standing({ ctx, rollup }: { ctx: ViewContext; rollup: Rollup }) {
  return (
    <div class="standing">
      <ProgressLine ctx={ctx} progress={rollup.progress} />
      <p class="meta">{measureCount(ctx, rollup.measures)}</p>
      <StatusCounts ctx={ctx} counts={rollup.counts} />
    </div>
  )
}

/** Where else to go in the follow-up, and the plan's open data. */
type DataFormat = 'csv' | 'json'

/** The open data behind what a page shows, as CSV and JSON downloads. */
export function DataLinks({
  ctx,
  path,
  csvLabel = 'CSV',
  jsonLabel = 'JSON',
}: {
  ctx: ViewContext
  path: (format: DataFormat) => string
  csvLabel?: string
  jsonLabel?: string
}) {
  return (
    <>
      <h2>{ctx.t('trackerOpenData')}</h2>
      <ul class="link-list">
        <li>
          <a href={path('csv')} type="text/csv" download="">
            {csvLabel}
          </a>
        </li>
        <li>
          <a href={path('json')} type="application/json">
            {jsonLabel}
          </a>
        </li>
      </ul>
    </>
  )
}

export function TrackerLinks({ ctx, version }: { ctx: ViewContext; version?: PlanVersion }) {
  const { t, locale } = ctx
  return (
    <>
      <h2>{t('trackerMore')}</h2>
      <ul class="link-list">
        <li>
          <a href={trackerPartPath('indicators', locale)}>{t('trackerIndicatorsHeading')}</a>
        </li>
        <li>
          <a href={trackerPartPath('summits', locale)}>{t('trackerSummitsHeading')}</a>
        </li>
        <li>
          <a href={trackerPartPath('partners', locale)}>{t('trackerPartnersHeading')}</a>
        </li>
      </ul>
      {version ? (
        <DataLinks
          ctx={ctx}
          path={(format) => planDataPath(version.year, format)}
          csvLabel={t('trackerPlanCsv')}
          jsonLabel={t('trackerPlanJson')}
        />
      ) : null}
    </>
  )
}

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
export async function versionsWithPlan(payload: Payload, locale: Locale): Promise<PlanVersion[]> {
  const pillars = await payload.find({
    collection: 'plan-items',
    where: { level: { equals: 'pillar' } },
    depth: 0,
    pagination: false,
    select: { planVersion: true },
  })
  const ids = [...new Set(pillars.docs.map((p) => (typeof p.planVersion === 'object' ? p.planVersion.id : p.planVersion)))]
  if (ids.length === 0) return []
  return (
    await payload.find({ collection: 'plan-versions', where: { id: { in: ids } }, locale, depth: 0, pagination: false, sort: '-year' })
  ).docs
}

/** A version's name as readers know it: "2021 · Go4Brussels 2030". */
export const versionName = (version: { year: number; title: string }): string => `${version.year} · ${version.title}`

/** Text of a localized value read with locale 'all', in the visitor's language or the first there is. */
export function inLocale(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object') return ''
  const all = value as Partial<Record<Locale, string | null>>
  return all[locale] || all.nl || all.fr || all.en || ''
}
