import type { Payload } from 'payload'
import type { Indicator, IndicatorObservation } from '@/payload-types'
import type { Locale } from '@/site/routes'
import { type IndicatorStanding, standing } from './indicators'

export interface IndicatorWithSeries {
  indicator: Indicator
  /** Oldest first. */
  observations: IndicatorObservation[]
  standing: IndicatorStanding
  /** The newest of the indicator's and its observations' update times (the "last update" readers see). */
  updatedAt: string
}

/** An indicator with its whole series and what is computed from it: what its page and its downloads both show. */
export async function withSeries(payload: Payload, indicator: Indicator, locale: Locale | 'all'): Promise<IndicatorWithSeries> {
  const observations = await payload.find({
    collection: 'indicator-observations',
    where: { indicator: { equals: indicator.id } },
    sort: 'date',
    depth: 0,
    pagination: false,
    locale,
  })
  const docs = observations.docs
  const updatedAt = [indicator.updatedAt, ...docs.map((o) => o.updatedAt)].sort().at(-1) ?? indicator.updatedAt
  return {
    indicator,
    observations: docs,
    standing: standing({
      direction: indicator.direction,
      baseline: { date: indicator.baseline.date, value: indicator.baseline.value },
      target: { date: indicator.target.date, value: indicator.target.value },
      observations: docs.map((o) => ({ date: o.date, value: o.value, provisional: o.provisional ?? false })),
    }),
    updatedAt,
  }
}

/** One indicator by its slug in the visitor's language, with its series; undefined when unknown. */
export async function loadIndicator(payload: Payload, slug: string, locale: Locale): Promise<IndicatorWithSeries | undefined> {
  const found = await payload.find({
    collection: 'indicators',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    joins: false,
  })
  const indicator = found.docs[0]
  return indicator ? withSeries(payload, indicator, locale) : undefined
}
