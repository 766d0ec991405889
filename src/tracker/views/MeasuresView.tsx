/** @jsxImportSource @/site/html */
import { formatPercent } from '@/tracker/indicator-values'
/**
 * Every measure of the version followed, in one table without the plan's hierarchy, sortable by code,
 * status, completion or last validation through plain links in the column headings (no script).
 */
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { type Locale, LOCALES, trackerPartPath } from '@/site/routes'
import { sectionPath } from '@/site/routes'
import { Day } from '@/site/views/Day'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { ProblemSummary } from '@/site/views/ProblemSummary'
import type { MessageKey } from '@/site/i18n'
import { type MeasureSort, readSort, sortMeasures } from '../measure-order'
import { flatten, loadPlan, statusOf } from '../plan'
import { versionsWithPlan } from '../versions'
import { TRACKER_TAGS } from './DashboardView'
import { entryPath, versionName } from './labels'
import { TrackerLinks } from './links'
import { StatusTag } from './standing'

/** What each sort is called in a sentence ("sorted by …") and in its column heading's link. */
const SORT_NAMES = {
  code: 'trackerSortCode',
  status: 'trackerSortStatus',
  progress: 'trackerSortProgress',
  validated: 'trackerSortValidated',
} as const satisfies Record<MeasureSort, MessageKey>

const sortedPath = (sort: MeasureSort, locale: Locale) => trackerPartPath('measures', locale) + (sort === 'code' ? '' : `?sort=${sort}`)

/** A column heading that sorts the table: a link, or, on the column the table is sorted by, `aria-sort` and no link. */
function SortingHead({
  ctx,
  label,
  sort,
  current,
  number,
}: {
  ctx: ViewContext
  label: string
  sort: MeasureSort
  current: MeasureSort
  number?: boolean
}) {
  const descending = sort === 'progress' || sort === 'validated'
  return (
    <th
      scope="col"
      class={number ? 'number' : undefined}
      aria-sort={sort === current ? (descending ? 'descending' : 'ascending') : undefined}
    >
      {sort === current ? (
        label
      ) : (
        // The visible heading starts the link's name (WCAG 2.5.3); the order it gives follows for screen readers.
        <a href={sortedPath(sort, ctx.locale)}>
          {label}
          <span class="visually-hidden">{`, ${ctx.t('trackerSortBy', { column: ctx.t(SORT_NAMES[sort]) }).toLocaleLowerCase(ctx.locale)}`}</span>
        </a>
      )}
    </th>
  )
}

export async function measuresView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of TRACKER_TAGS) ctx.tags.add(anyTag(tag))
  const [version] = await versionsWithPlan(ctx.payload, locale)
  if (!version) return errorView(ctx, 404)
  const plan = await loadPlan(ctx.payload, version, { locale })
  const read = readSort(ctx.query.get('sort'))
  const sort = 'sort' in read ? read.sort : 'code'
  const problems = 'bad' in read ? [t('badSort', { value: read.bad })] : []
  const measures = sortMeasures(
    flatten(plan.pillars).filter((entry) => entry.level === 'measure'),
    sort,
  )
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = sortedPath(sort, l)
  const heading = t('trackerAllMeasuresHeading')
  const caption = t('trackerAllMeasuresCaption', { plan: versionName(version) })
  const sorted = sort === 'code' ? caption : `${caption}, ${t('trackerSortedBy', { column: t(SORT_NAMES[sort]) })}`
  const head = (label: string, by: MeasureSort, number?: boolean) => (
    <SortingHead ctx={ctx} label={label} sort={by} current={sort} number={number} />
  )
  return page(ctx, {
    status: problems.length > 0 ? 400 : 200,
    title: heading,
    // The order is in the browser's title too, so that two sorted tabs are told apart.
    documentTitle: sort === 'code' ? undefined : `${heading}: ${t('trackerSortedBy', { column: t(SORT_NAMES[sort]) })}`,
    description: t('trackerAllMeasuresLead'),
    alternates,
    trail: [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{heading}</h1>
        <p class="lead">{t('trackerAllMeasuresLead')}</p>
        <ProblemSummary t={t} problems={problems} />
        <div class="table-wrap" role="region" tabindex="0" aria-label={sorted}>
          <table class="sortable">
            <caption>{sorted}</caption>
            <thead>
              <tr>
                {head(t('trackerCode'), 'code')}
                <th scope="col">{t('trackerMeasure')}</th>
                {head(t('trackerStatus'), 'status')}
                {head(t('trackerPercent'), 'progress', true)}
                {head(t('trackerLastValidated'), 'validated')}
              </tr>
            </thead>
            <tbody>
              {measures.map((entry) => (
                <tr>
                  <td>{entry.item.code}</td>
                  <th scope="row">
                    <a href={entryPath(version.year, entry, locale)}>{entry.item.title}</a>
                  </th>
                  <td>
                    <StatusTag status={statusOf(entry)} locale={locale} />
                  </td>
                  <td class="number">{formatPercent(entry.latest?.percent ?? 0, locale)}</td>
                  <td>{entry.latest?.validatedAt ? <Day iso={entry.latest.validatedAt} locale={locale} /> : t('trackerNeverValidated')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <TrackerLinks ctx={ctx} version={version} within={{ part: 'measures', list: true }} />
      </>
    ),
  })
}
