/** @jsxImportSource @/site/html */
/** Links every follow-up page ends with: the other parts of the follow-up and the open data behind the page. */
import type { PlanVersion } from '@/payload-types'
import type { ViewContext } from '@/site/context'
import { openDataPath, type TrackerPart, trackerPartPath } from '@/site/routes'
import { planDataPath } from '../open-data/paths'
import { bundlePath } from '../open-data/registry'
import type { DataFormat } from '../open-data/registry'

/** The open data behind what a page shows, as CSV and JSON downloads, and the page that explains them. */
export function DataLinks({
  ctx,
  path,
  csvLabel = 'CSV',
  jsonLabel = 'JSON',
  bundle,
}: {
  ctx: ViewContext
  path: (format: DataFormat) => string
  csvLabel?: string
  jsonLabel?: string
  /** Everything behind the page and around it, in one archive. */
  bundle?: { href: string; label: string }
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
        {bundle ? (
          <li>
            <a href={bundle.href} type="application/zip" download="">
              {bundle.label}
            </a>
          </li>
        ) : null}
        <li>
          <a href={openDataPath(ctx.locale)}>{ctx.t('trackerOpenDataPage')}</a>
        </li>
      </ul>
    </>
  )
}

const PART_HEADINGS = {
  indicators: 'trackerIndicatorsHeading',
  summits: 'trackerSummitsHeading',
  partners: 'trackerPartnersHeading',
  administrations: 'trackerAdministrationsHeading',
  measures: 'trackerAllMeasuresHeading',
  corrections: 'trackerCorrectionsHeading',
  changes: 'lineageChangesPart',
} as const satisfies Record<TrackerPart, string>

/**
 * The follow-up's parts; `within` marks the part the page belongs to: "page" on its list, "true" on
 * one of its items, so a screen reader says where the visitor is.
 */
export function TrackerLinks({
  ctx,
  version,
  within,
}: {
  ctx: ViewContext
  version?: PlanVersion
  within?: { part: TrackerPart; list: boolean }
}) {
  const { t, locale } = ctx
  return (
    <>
      <h2>{t('trackerMore')}</h2>
      <ul class="link-list">
        {(Object.keys(PART_HEADINGS) as TrackerPart[]).map((part) => (
          <li>
            <a href={trackerPartPath(part, locale)} aria-current={within?.part === part ? (within.list ? 'page' : 'true') : undefined}>
              {t(PART_HEADINGS[part])}
            </a>
          </li>
        ))}
      </ul>
      {version ? (
        <DataLinks
          ctx={ctx}
          path={(format) => planDataPath(version.year, format)}
          csvLabel={t('trackerPlanCsv')}
          jsonLabel={t('trackerPlanJson')}
          bundle={{ href: bundlePath(version.year), label: t('trackerPlanZip') }}
        />
      ) : null}
    </>
  )
}
