/** @jsxImportSource @/site/html */
/**
 * Corrections in the open: a plan version's corrections list (its own address per version, the
 * version followed without a year) and the "corrected on …" note a corrected report carries on its
 * measure's page, and a corrected value in its indicator's series. Each shows the values before and after and the reason in the page's language.
 */
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { correctionsPath, indicatorPath, type Locale, LOCALES, planItemPath, sectionPath, trackerPartPath } from '@/site/routes'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import { Day } from '@/site/views/Day'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import type { PlanVersion } from '@/payload-types'
import { type PublicCorrection, readCorrections } from '../corrections/read'
import { dataPath } from '../open-data/registry'
import { versionsWithPlan } from '../versions'
import { correctionValue } from './correction-value'
import { versionName } from './labels'
import { DataLinks, TrackerLinks } from './links'

/** Under a corrected report or value: when, why, and what it said before (a value in its unit). */
export function CorrectionNotes({ ctx, corrections }: { ctx: ViewContext; corrections: PublicCorrection[] }) {
  const { t, locale } = ctx
  if (corrections.length === 0) return null
  return (
    <ul class="corrections">
      {corrections.map((correction) => (
        <li data-correction="">
          <strong>
            {t('trackerCorrectedOn')} <Day iso={correction.correctedAt} locale={locale} />
          </strong>
          {`: ${correction.reason[locale]} (${t('trackerCorrectedWas', { value: correctionValue(correction, 'old', locale) })})`}
        </li>
      ))}
    </ul>
  )
}

/** The corrections of these reports, newest first. */
export function correctionsOfReports(ctx: ViewContext, reportIds: number[]): Promise<PublicCorrection[]> {
  ctx.tags.add(anyTag('corrections'))
  if (reportIds.length === 0) return Promise.resolve([])
  return readCorrections(ctx.payload, { report: { in: reportIds } })
}

/** The corrections of these final indicator values, newest first. */
export function correctionsOfObservations(ctx: ViewContext, observationIds: number[]): Promise<PublicCorrection[]> {
  ctx.tags.add(anyTag('corrections'))
  if (observationIds.length === 0) return Promise.resolve([])
  return readCorrections(ctx.payload, { observation: { in: observationIds } })
}

/** What each correction corrected, named and linked in the page's language. */
async function subjectsOf(ctx: ViewContext, year: number, corrections: PublicCorrection[]) {
  const measureIds = [...new Set(corrections.map((c) => c.report?.measure).filter((id): id is number => typeof id === 'number'))]
  const indicatorIds = [...new Set(corrections.map((c) => c.observation?.indicator).filter((id): id is number => typeof id === 'number'))]
  const [measures, indicators] = await Promise.all([
    measureIds.length === 0
      ? []
      : (
          await ctx.payload.find({
            collection: 'plan-items',
            where: { id: { in: measureIds } },
            locale: ctx.locale,
            depth: 0,
            pagination: false,
            select: { code: true, title: true },
          })
        ).docs,
    indicatorIds.length === 0
      ? []
      : (
          await ctx.payload.find({
            collection: 'indicators',
            where: { id: { in: indicatorIds } },
            locale: ctx.locale,
            depth: 0,
            pagination: false,
            select: { title: true, slug: true },
          })
        ).docs,
  ])
  const measureById = new Map(measures.map((m) => [m.id, m]))
  const indicatorById = new Map(indicators.map((i) => [i.id, i]))
  return (correction: PublicCorrection) => {
    const { t, locale } = ctx
    if (correction.report) {
      const measure = measureById.get(correction.report.measure ?? -1)
      return (
        <>
          {measure ? <a href={planItemPath(year, measure.code, locale)}>{`${measure.code} ${measure.title}`}</a> : null}
          {' · '}
          {t('trackerCorrectionReportUntil')} <Day iso={correction.report.periodEnd} locale={locale} />
        </>
      )
    }
    const indicator = indicatorById.get(correction.observation?.indicator ?? -1)
    return (
      <>
        {indicator?.slug ? <a href={indicatorPath(indicator.slug, locale)}>{indicator.title}</a> : null}
        {correction.observation ? (
          <>
            {' · '}
            {t('trackerCorrectionValueOf')} <Day iso={correction.observation.date} locale={locale} />
          </>
        ) : null}
      </>
    )
  }
}

/** `/{lang}/{tracker}/{corrections}` (the version followed) and `…/{year}`: every correction of a plan version. */
export async function correctionsView(ctx: ViewContext, year?: number): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of ['corrections', 'plan-versions', 'plan-items', 'indicators'] as const) ctx.tags.add(anyTag(tag))
  const versions = await versionsWithPlan(ctx.payload, locale)
  const version: PlanVersion | undefined = year === undefined ? versions[0] : versions.find((v) => v.year === year)
  if (!version) return errorView(ctx, 404)
  const corrections = await readCorrections(ctx.payload, { planVersion: { equals: version.id } })
  const subject = await subjectsOf(ctx, version.year, corrections)
  const heading = t('trackerCorrectionsVersionHeading', { plan: versionName(version) })
  const caption = t('trackerCorrectionsCaption', { plan: versionName(version) })
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = year === undefined ? trackerPartPath('corrections', l) : correctionsPath(version.year, l)
  const others = versions.filter((v) => v.id !== version.id)
  return page(ctx, {
    title: heading,
    description: t('trackerCorrectionsLead'),
    alternates,
    trail: [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{heading}</h1>
        <p class="lead">{t('trackerCorrectionsLead')}</p>
        {corrections.length === 0 ? (
          <p>{t('trackerCorrectionsNone')}</p>
        ) : (
          <div class="table-wrap" role="region" tabindex="0" aria-label={caption}>
            <table>
              <caption>{caption}</caption>
              <ColumnHeads
                columns={[
                  t('trackerCorrectionDate'),
                  t('trackerCorrectionWhat'),
                  t('trackerCorrectionBefore'),
                  t('trackerCorrectionAfter'),
                  t('trackerCorrectionReason'),
                ]}
              />
              <tbody>
                {corrections.map((correction) => (
                  <tr data-correction="">
                    <th scope="row">
                      <Day iso={correction.correctedAt} locale={locale} />
                    </th>
                    <td>{subject(correction)}</td>
                    <td>{correctionValue(correction, 'old', locale)}</td>
                    <td>{correctionValue(correction, 'new', locale)}</td>
                    <td>{correction.reason[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {others.length > 0 ? (
          <>
            <h2>{t('trackerCorrectionsOtherVersions')}</h2>
            <ul class="link-list">
              {others.map((other) => (
                <li>
                  <a href={correctionsPath(other.year, locale)}>{versionName(other)}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <DataLinks ctx={ctx} path={(format) => dataPath('corrections', format)} />
        <TrackerLinks ctx={ctx} version={version} within={{ part: 'corrections', list: year === undefined }} />
      </>
    ),
  })
}
