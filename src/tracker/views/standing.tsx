/** @jsxImportSource @/site/html */
import { formatPercent } from '@/tracker/indicator-values'
/** How a branch of the plan stands: its status tags, progress line and counts per status. */
import type { ViewContext } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import { type Locale, sectionPath } from '@/site/routes'
import { MEASURE_STATUSES, type MeasureStatus, type Rollup } from '../rollup'
import { statusLabel } from './labels'

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

/** Where the dashboard says what "progress" is and how it is computed. */
export const progressExplainedPath = (locale: Locale): string => `${sectionPath('tracker', locale)}#how-progress`

/** Progress, measure count and status counts of a branch; away from the dashboard, with where progress is explained. */
export function Standing({ ctx, rollup, explained }: { ctx: ViewContext; rollup: Rollup; explained?: boolean }) {
  return (
    <div class="standing">
      <ProgressLine ctx={ctx} progress={rollup.progress} />
      {explained ? (
        <p class="meta">
          <a href={progressExplainedPath(ctx.locale)}>{ctx.t('trackerHowHeading')}</a>
        </p>
      ) : null}
      <p class="meta">{measureCount(ctx, rollup.measures)}</p>
      <StatusCounts ctx={ctx} counts={rollup.counts} />
    </div>
  )
}
