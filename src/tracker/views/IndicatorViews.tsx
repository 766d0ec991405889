/** @jsxImportSource @/site/html */
import { subjectKey } from '@/follow/rules'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import { Day } from '@/site/views/Day'
import type { PlanItem } from '@/payload-types'
import { relationId } from '@/relation-id'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatDate, formatNumber, numberFormat, pluralOf, type MessageKey } from '@/site/i18n'
import { indicatorPath, type Locale, LOCALES, planItemPath, sectionPath, trackerPartPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { findBySlug, ownSlug } from '@/site/views/localized'
import { withLinks } from '@/site/views/with-links'
import { lineChart } from '../chart'
import { UNIT_LABELS } from '../collections/units'
import { formatValue, formatPercent } from '../indicator-values'
import { withSeries } from '../indicator-series'
import { type IndicatorStanding, standing } from '../indicators'
import { indicatorDataPath, indicatorsDataPath } from '../open-data/paths'
import { CorrectionNotes, correctionsOfObservations } from './CorrectionViews'
import { TrackerLinks, DataLinks } from './links'

const TREND_SHORT: Record<IndicatorStanding['trend'], MessageKey> = {
  improving: 'trackerTrendShortImproving',
  worsening: 'trackerTrendShortWorsening',
  stable: 'trackerTrendShortStable',
  unknown: 'trackerTrendShortUnknown',
}
const TREND: Record<IndicatorStanding['trend'], MessageKey> = {
  improving: 'trackerTrendImproving',
  worsening: 'trackerTrendWorsening',
  stable: 'trackerTrendStable',
  unknown: 'trackerTrendUnknown',
}

export { formatValue }

/** Every indicator with its latest value, target and trend: two queries whatever their number. */
export async function indicatorsView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  ctx.tags.add(anyTag('indicators')).add(anyTag('indicator-observations')).add(anyTag('plan-versions')).add(anyTag('plan-items'))
  const [indicators, observations] = await Promise.all([
    ctx.payload.find({ collection: 'indicators', locale, depth: 0, pagination: false, sort: 'title', joins: false }),
    ctx.payload.find({
      collection: 'indicator-observations',
      depth: 0,
      pagination: false,
      sort: 'date',
      select: { indicator: true, date: true, value: true, provisional: true },
    }),
  ])
  const series = new Map<number, { date: string; value: number; provisional: boolean }[]>()
  for (const o of observations.docs) {
    const id = relationId(o.indicator)
    if (id === null) continue
    series.set(id, [...(series.get(id) ?? []), { date: o.date, value: o.value, provisional: o.provisional ?? false }])
  }
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = trackerPartPath('indicators', l)
  const title = t('trackerIndicatorsHeading')
  return page(ctx, {
    title,
    description: t('trackerIndicatorsLead'),
    alternates,
    trail: [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('trackerIndicatorsLead')}</p>
        <div class="table-wrap" role="region" tabindex="0" aria-label={title}>
          <table>
            <caption class="visually-hidden">{title}</caption>
            <ColumnHeads
              columns={[
                t('trackerIndicatorsHeading'),
                { label: t('trackerLatestValue'), number: true },
                { label: t('trackerTarget'), number: true },
                t('trackerTrend'),
              ]}
            />
            <tbody>
              {indicators.docs.map((indicator) => {
                const s = standing({
                  direction: indicator.direction,
                  baseline: indicator.baseline,
                  target: indicator.target,
                  observations: series.get(indicator.id) ?? [],
                })
                return (
                  <tr>
                    <th scope="row">
                      <a href={indicatorPath(indicator.slug, locale)}>{indicator.title}</a>
                    </th>
                    <td class="number">
                      {s.latest
                        ? t('trackerValueOn', {
                            value: formatValue(s.latest.value, indicator.unit, locale),
                            date: formatDate(s.latest.date, locale),
                          })
                        : t('trackerNoValue')}
                      {s.latest?.provisional ? ` (${t('trackerProvisional')})` : ''}
                    </td>
                    <td class="number">
                      {t('trackerValueOn', {
                        value: formatValue(indicator.target.value, indicator.unit, locale),
                        date: formatDate(indicator.target.date, locale),
                      })}
                    </td>
                    <td>{t(TREND_SHORT[s.trend])}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        <DataLinks ctx={ctx} path={indicatorsDataPath} />
        <TrackerLinks ctx={ctx} within={{ part: 'indicators', list: true }} />
      </>
    ),
  })
}

/** One indicator: its chart with the same figures as a table, where it stands, its source, evaluations and downloads. */
export async function indicatorView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const { t, locale } = ctx
  ctx.tags.add(anyTag('indicators')).add(anyTag('indicator-observations')).add(anyTag('plan-versions')).add(anyTag('plan-items'))
  const match = await findBySlug(ctx.payload, 'indicators', slug, locale, false)
  if (!match) return errorView(ctx, 404)
  const own = ownSlug(match, locale) ?? slug
  if (own !== slug) return { status: 301, html: '', location: indicatorPath(own, locale) }
  // As a visitor reads it: its objective shown only when its plan version is published.
  const indicator = await ctx.payload.findByID({
    collection: 'indicators',
    id: match.id,
    locale,
    depth: 1,
    joins: false,
    overrideAccess: false,
  })
  const objective = typeof indicator.objective === 'object' ? (indicator.objective as PlanItem) : undefined
  const [data, versions] = await Promise.all([
    withSeries(ctx.payload, indicator, locale),
    objective
      ? ctx.payload.find({
          collection: 'plan-versions',
          where: { id: { equals: relationId(objective.planVersion) } },
          depth: 0,
          limit: 1,
          select: { year: true },
        })
      : undefined,
  ])
  const objectiveYear = versions?.docs[0]?.year
  const { observations, standing: where } = data
  const corrections = await correctionsOfObservations(
    ctx,
    observations.map((o) => o.id),
  )
  const unit = indicator.unit
  const value = (v: number) => formatValue(v, unit, locale)
  // The gap between two percentages is in percentage points, not per cent; French says "1,8 point".
  const remainingText = (gap: number) =>
    unit === 'percent'
      ? t(pluralOf(gap, locale) === 'one' ? 'trackerRemainingPointsOne' : 'trackerRemainingPoints', {
          value: numberFormat(locale, { maximumFractionDigits: 2 }).format(gap),
        })
      : t('trackerRemaining', { value: value(gap) })
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = indicatorPath(match.slugs[l] ?? own, l)
  const translated = match.translated

  const values = observations.map((o) => o.value)
  const chart =
    observations.length > 0
      ? lineChart({
          id: 'indicator-chart',
          title: t('trackerChartTitle', { title: indicator.title }),
          description: t('trackerChartDesc', {
            count: formatNumber(observations.length, locale),
            from: formatDate(observations[0]!.date, locale),
            to: formatDate(observations.at(-1)!.date, locale),
            min: value(Math.min(...values)),
            max: value(Math.max(...values)),
            baseline: t('trackerValueOn', { value: value(indicator.baseline.value), date: formatDate(indicator.baseline.date, locale) }),
            target: t('trackerValueOn', { value: value(indicator.target.value), date: formatDate(indicator.target.date, locale) }),
          }),
          points: observations.map((o) => ({ date: o.date, value: o.value, provisional: o.provisional ?? false })),
          baseline: indicator.baseline,
          target: indicator.target,
          formatValue: (v) => formatValue(v, unit, locale),
          formatTick: (v) => numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v),
          unitLabel: UNIT_LABELS[unit][locale],
          formatYear: (y) => String(y),
          legend: {
            series: indicator.title,
            baseline: t('trackerBaseline'),
            target: t('trackerTarget'),
            provisional: t('trackerProvisional'),
          },
        })
      : null

  return page(ctx, {
    title: indicator.title,
    follow: subjectKey({ kind: 'indicator', id: indicator.id }),
    description: indicator.description ?? undefined,
    alternates,
    translated,
    trail: [
      { label: t('trackerHeading'), href: sectionPath('tracker', locale) },
      { label: t('trackerIndicatorsHeading'), href: trackerPartPath('indicators', locale) },
    ],
    main: (
      <article class="indicator">
        <h1>{indicator.title}</h1>
        {indicator.description ? <p class="lead">{indicator.description}</p> : null}
        {objective ? (
          <p>
            {withLinks(t('trackerMeasuresObjective'), {
              link: {
                label: `${objective.code} ${objective.title}`,
                href: objectiveYear ? planItemPath(objectiveYear, objective.code, locale) : undefined,
              },
            })}
          </p>
        ) : null}
        <dl class="facts">
          <dt>{t('trackerBaseline')}</dt>
          <dd>
            {value(indicator.baseline.value)} (<Day iso={indicator.baseline.date} locale={locale} />)
          </dd>
          <dt>{t('trackerTarget')}</dt>
          <dd>
            {value(indicator.target.value)} (<Day iso={indicator.target.date} locale={locale} />)
          </dd>
          <dt>{t('trackerDirection')}</dt>
          <dd>{indicator.direction === 'higher' ? t('trackerDirectionHigher') : t('trackerDirectionLower')}</dd>
          <dt>{t('trackerSource')}</dt>
          <dd>
            {indicator.sourceUrl ? (
              <a href={indicator.sourceUrl} rel="external noopener" class="external">
                {indicator.source}
              </a>
            ) : (
              indicator.source
            )}
          </dd>
          <dt>{t('trackerLastUpdate')}</dt>
          <dd>
            <Day iso={data.updatedAt} locale={locale} />
          </dd>
        </dl>
        <section aria-labelledby="standing-heading">
          <h2 id="standing-heading">{t('trackerStanding')}</h2>
          {where.latest ? (
            <>
              <p>
                {t('trackerLatestIs', {
                  value: t('trackerValueOn', { value: value(where.latest.value), date: formatDate(where.latest.date, locale) }),
                })}
                {where.latest.provisional ? ` (${t('trackerProvisional')})` : ''}
              </p>
              {where.progress !== null ? <p>{t('trackerShare', { percent: formatPercent(where.progress * 100, locale) })}</p> : null}
              <p>{where.remaining === 0 ? t('trackerReached') : where.remaining !== null ? remainingText(where.remaining) : null}</p>
              <p>{t(TREND[where.trend])}</p>
            </>
          ) : (
            <p>{t('trackerNoObservation')}</p>
          )}
        </section>
        {chart ? <figure class="chart-figure">{chart}</figure> : null}
        {observations.length > 0 ? (
          <section aria-labelledby="series-heading">
            <h2 id="series-heading">{t('trackerSeriesHeading')}</h2>
            <div class="table-wrap" role="region" tabindex="0" aria-label={t('trackerSeriesCaption', { title: indicator.title })}>
              <table>
                <caption>{t('trackerSeriesCaption', { title: indicator.title })}</caption>
                <ColumnHeads columns={[t('trackerDate'), { label: t('trackerValue'), number: true }, t('trackerNote')]} />
                <tbody>
                  {observations.map((o) => (
                    <tr>
                      <th scope="row">
                        <Day iso={o.date} locale={locale} />
                      </th>
                      <td class="number">
                        {value(o.value)}
                        {o.provisional ? ` (${t('trackerProvisional')})` : ''}
                      </td>
                      <td>
                        {o.note ?? ''}
                        <CorrectionNotes ctx={ctx} corrections={corrections.filter((c) => c.observation?.id === o.id)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
        {(indicator.evaluations ?? []).length > 0 ? (
          <section aria-labelledby="evaluations-heading">
            <h2 id="evaluations-heading">{t('trackerEvaluations')}</h2>
            {(indicator.evaluations ?? []).map((e) => (
              <div class="evaluation">
                <p class="meta">{t('trackerEvaluationBy', { author: e.author, date: formatDate(e.date, locale) })}</p>
                <p>{e.note}</p>
              </div>
            ))}
          </section>
        ) : null}
        <DataLinks
          ctx={ctx}
          path={(format) => indicatorDataPath(indicator.id, format)}
          csvLabel={t('trackerSeriesCsv')}
          jsonLabel={t('trackerSeriesJson')}
        />
        <TrackerLinks ctx={ctx} within={{ part: 'indicators', list: false }} />
      </article>
    ),
  })
}
