/** @jsxImportSource @/site/html */
import { formatPercent } from '@/tracker/indicator-values'
/**
 * The plan by administration: the GOB's administrations with the measures they lead in the version
 * followed, and one page per administration with those measures, at addresses that stay the same
 * (the dashboard's administration filter shows the same measures within the plan's tree).
 */
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { collator, formatNumber } from '@/site/i18n'
import { administrationPath, type Locale, LOCALES, sectionPath, trackerAdministrationPath, trackerPartPath } from '@/site/routes'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { findBySlug, ownSlug } from '@/site/views/localized'
import { measureFacts } from '../filters'
import { loadPlan, measureProgress, type Plan, type PlanEntry } from '../plan'
import { rollUp } from '../rollup'
import { versionsWithPlan } from '../versions'
import { MeasureTable, TRACKER_TAGS } from './DashboardView'
import { versionName } from './labels'
import { TrackerLinks } from './links'
import { Standing } from './standing'

/** The version followed, with the measures each administration leads (its own, or inherited from the level above). */
async function ledMeasures(ctx: ViewContext): Promise<{ plan?: Plan; byAdministration: Map<number, PlanEntry[]> }> {
  const byAdministration = new Map<number, PlanEntry[]>()
  const [version] = await versionsWithPlan(ctx.payload, ctx.locale)
  if (!version) return { byAdministration }
  const plan = await loadPlan(ctx.payload, version, { locale: ctx.locale })
  for (const facts of measureFacts(plan)) {
    if (facts.administration === null) continue
    byAdministration.set(facts.administration, [...(byAdministration.get(facts.administration) ?? []), facts.entry])
  }
  return { plan, byAdministration }
}

const rollupOf = (entries: PlanEntry[]) => rollUp({ measures: entries.map(measureProgress) })

/** Partners by id, named in the page's language: the measures table links each one. */
async function partnerNames(ctx: ViewContext): Promise<Map<number, { name: string; slug: string }>> {
  const found = await ctx.payload.find({
    collection: 'partners',
    locale: ctx.locale,
    depth: 0,
    pagination: false,
    select: { name: true, slug: true },
  })
  return new Map(found.docs.map((partner) => [partner.id, { name: partner.name, slug: partner.slug }]))
}

export async function administrationsView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of [...TRACKER_TAGS, 'administrations']) ctx.tags.add(anyTag(tag))
  const [administrations, { plan, byAdministration }] = await Promise.all([
    ctx.payload.find({
      collection: 'administrations',
      locale,
      depth: 0,
      pagination: false,
      select: { name: true, slug: true },
      overrideAccess: false,
    }),
    ledMeasures(ctx),
  ])
  // Sorted as the language sorts, in a copy (what a find returns may be the read cache's, frozen).
  const ordered = [...administrations.docs].sort((a, b) => collator(locale).compare(a.name, b.name))
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = trackerPartPath('administrations', l)
  const title = t('trackerAdministrationsHeading')
  const caption = plan ? t('trackerAdministrationsCaption', { plan: versionName(plan.version) }) : title
  return page(ctx, {
    title,
    description: t('trackerAdministrationsLead'),
    alternates,
    trail: [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('trackerAdministrationsLead')}</p>
        <div class="table-wrap" role="region" tabindex="0" aria-label={caption}>
          <table>
            <caption>{caption}</caption>
            <ColumnHeads
              columns={[
                t('administration'),
                { label: t('trackerLedMeasures'), number: true },
                { label: t('trackerPercent'), number: true },
              ]}
            />
            <tbody>
              {ordered.map((administration) => {
                const led = byAdministration.get(administration.id) ?? []
                const rollup = rollupOf(led)
                return (
                  <tr>
                    <th scope="row">
                      <a href={trackerAdministrationPath(administration.slug, locale)}>{administration.name}</a>
                    </th>
                    <td class="number">{formatNumber(led.length, locale)}</td>
                    <td class="number">{rollup.progress === null ? '—' : formatPercent(rollup.progress, locale)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        <TrackerLinks ctx={ctx} within={{ part: 'administrations', list: true }} />
      </>
    ),
  })
}

export async function administrationMeasuresView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of [...TRACKER_TAGS, 'administrations', 'partners']) ctx.tags.add(anyTag(tag))
  const match = await findBySlug(ctx.payload, 'administrations', slug, locale, false)
  if (!match) return errorView(ctx, 404)
  const own = ownSlug(match, locale) ?? slug
  if (own !== slug) return { status: 301, html: '', location: trackerAdministrationPath(own, locale) }
  const [{ plan, byAdministration }, administration, partners] = await Promise.all([
    ledMeasures(ctx),
    ctx.payload.findByID({ collection: 'administrations', id: match.id, locale, depth: 0, select: { name: true }, overrideAccess: false }),
    partnerNames(ctx),
  ])
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = trackerAdministrationPath(match.slugs[l] ?? own, l)
  const led = byAdministration.get(match.id) ?? []
  return page(ctx, {
    title: administration.name,
    description: t('trackerAdministrationsLead'),
    alternates,
    trail: [
      { label: t('trackerHeading'), href: sectionPath('tracker', locale) },
      { label: t('trackerAdministrationsHeading'), href: trackerPartPath('administrations', locale) },
    ],
    main: (
      <article class="administration-measures">
        <h1>{administration.name}</h1>
        <p>
          <a href={administrationPath(own, locale)}>{t('trackerAdministrationPage')}</a>
        </p>
        {plan && led.length > 0 ? (
          <>
            <section aria-labelledby="going-heading">
              <h2 id="going-heading">{t('trackerHowItGoes')}</h2>
              <Standing ctx={ctx} rollup={rollupOf(led)} explained />
            </section>
            <section aria-labelledby="measures-heading">
              <h2 id="measures-heading">{t('trackerLedMeasures')}</h2>
              <MeasureTable
                ctx={ctx}
                year={plan.version.year}
                entries={led}
                caption={t('trackerLedCaption', { name: administration.name, plan: versionName(plan.version) })}
                partnerNames={partners}
              />
            </section>
          </>
        ) : (
          <p>{t('trackerNoLedMeasures')}</p>
        )}
        <TrackerLinks ctx={ctx} within={{ part: 'administrations', list: false }} />
      </article>
    ),
  })
}
