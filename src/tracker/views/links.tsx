/** @jsxImportSource @/site/html */
/** Links every follow-up page ends with: the other parts of the follow-up and the open data behind the page. */
import type { PlanVersion } from '@/payload-types'
import type { ViewContext } from '@/site/context'
import { openDataPath, trackerPartPath } from '@/site/routes'
import { planDataPath } from '../open-data/paths'
import type { DataFormat } from '../open-data/registry'

/** The open data behind what a page shows, as CSV and JSON downloads, and the page that explains them. */
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
        <li>
          <a href={openDataPath(ctx.locale)}>{ctx.t('trackerOpenDataPage')}</a>
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
