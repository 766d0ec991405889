import type { ViewContext, ViewResult } from '@/site/context'
import { trackerPartFromSegment } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { administrationMeasuresView, administrationsView } from './AdministrationViews'
import { correctionsView } from './CorrectionViews'
import { dashboardView } from './DashboardView'
import { changesView } from './LineageViews'
import { indicatorsView, indicatorView } from './IndicatorViews'
import { measuresView } from './MeasuresView'
import { planItemView } from './PlanItemView'
import { partnersView, partnerView } from './PartnerViews'
import { summitsView, summitView } from './SummitViews'

const YEAR = /^(?:19|20|21)\d\d$/

/** Everything under `/{lang}/{tracker}`: the dashboard, a version, its items, every measure, indicators, summits, partners, administrations, corrections and what changed between versions. */
export function trackerSection(ctx: ViewContext, segments: string[]): Promise<ViewResult> | ViewResult {
  const [first, second, ...rest] = segments
  if (first === undefined) return dashboardView(ctx)
  if (rest.length > 0) return errorView(ctx, 404)
  if (YEAR.test(first)) return second === undefined ? dashboardView(ctx, Number(first)) : planItemView(ctx, Number(first), second)
  const part = trackerPartFromSegment(ctx.locale, first)
  if (part === 'indicators') return second === undefined ? indicatorsView(ctx) : indicatorView(ctx, second)
  if (part === 'summits')
    return second === undefined ? summitsView(ctx) : YEAR.test(second) ? summitView(ctx, Number(second)) : errorView(ctx, 404)
  if (part === 'partners') return second === undefined ? partnersView(ctx) : partnerView(ctx, second)
  if (part === 'administrations') return second === undefined ? administrationsView(ctx) : administrationMeasuresView(ctx, second)
  if (part === 'measures') return second === undefined ? measuresView(ctx) : errorView(ctx, 404)
  if (part === 'corrections')
    return second === undefined ? correctionsView(ctx) : YEAR.test(second) ? correctionsView(ctx, Number(second)) : errorView(ctx, 404)
  if (part === 'changes') return changesView(ctx, second)
  return errorView(ctx, 404)
}
