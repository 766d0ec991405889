/** @jsxImportSource @/site/html */
import { formatPercent } from '@/tracker/indicator-values'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import type { PlanVersion } from '@/payload-types'
import { relationId } from '@/relation-id'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import { type Locale, LOCALES, partnerPath, planVersionPath, sectionPath } from '@/site/routes'
import { Day } from '@/site/views/Day'
import { type StrategyPage, strategyPage } from '@/site/views/strategy-page'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { FilterForm, FilterSelect, Results } from '@/site/views/ListPage'
import { ProblemSummary } from '@/site/views/ProblemSummary'
import {
  FILTER_NAMES,
  type FilterName,
  type FilterOption,
  type FilterOptions,
  isFiltered,
  matches,
  measureFacts,
  readFilters,
  sameEverywhere,
  selectionQuery,
  statusOptions,
} from '../filters'
import { loadPlan, type Plan, type PlanEntry, statusOf } from '../plan'
import { entryPath, inLocale, itemName, statusLabel, versionName } from './labels'
import { Standing, StatusTag } from './standing'
import { TrackerLinks } from './links'
import { versionsWithPlan } from '../versions'
import { lastReportedDay, nextReportingPeriod, type ReportingPeriod, validatedPeriods } from '../reporting-schedule'

export const TRACKER_TAGS = ['plan-items', 'plan-versions', 'progress-reports'] as const

const FILTER_LABELS = {
  pillar: 'trackerPillar',
  theme: 'theme',
  status: 'trackerStatus',
  partner: 'trackerPartner',
  administration: 'administration',
} as const satisfies Record<FilterName, string>

type Named = 'themes' | 'partners' | 'administrations'

/** Options of a filter on a collection with a localized name and slug: only what the plan uses. */
async function namedOptions(ctx: ViewContext, collection: Named, ids: Set<number>): Promise<FilterOption[]> {
  if (ids.size === 0) return []
  const found = await ctx.payload.find({
    collection,
    where: { id: { in: [...ids] } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    // Sorted by label below; an order the content store answers for every language at once.
    sort: 'id',
    select: { name: true, slug: true },
  })
  return found.docs
    .map((doc) => {
      const slugs = doc.slug as unknown as Partial<Record<Locale, string>>
      const fallback = slugs.nl ?? slugs.fr ?? slugs.en ?? String(doc.id)
      return {
        id: String(doc.id),
        label: inLocale(doc.name, ctx.locale),
        values: { nl: slugs.nl ?? fallback, fr: slugs.fr ?? fallback, en: slugs.en ?? fallback },
      }
    })
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale))
}

/** A plan's tree: pillars with their roll-up, objectives, and (folded) worksites with their measures. */
function PlanTree({ ctx, plan }: { ctx: ViewContext; plan: Plan }) {
  const { t, locale } = ctx
  const year = plan.version.year
  const measureLine = (m: PlanEntry) => (
    <li>
      <a href={entryPath(year, m, locale)}>{itemName(m)}</a>{' '}
      <span class="meta">
        <StatusTag status={statusOf(m)} locale={locale} /> {formatPercent(m.latest?.percent ?? 0, locale)}
      </span>
    </li>
  )
  const progress = (e: PlanEntry) =>
    e.rollup.progress === null ? t('trackerNoProgress') : t('trackerProgress', { percent: formatPercent(e.rollup.progress, locale) })
  return (
    <section aria-labelledby="pillars-heading">
      <h2 id="pillars-heading">{t('trackerPillars')}</h2>
      {plan.pillars.map((pillar) => (
        <section class="pillar" aria-labelledby={`pillar-${pillar.item.code}`}>
          <h3 id={`pillar-${pillar.item.code}`}>
            <a href={entryPath(year, pillar, locale)}>{itemName(pillar)}</a>
          </h3>
          <Standing ctx={ctx} rollup={pillar.rollup} />
          <ul class="plan-tree">
            {pillar.children.map((objective) => (
              <li>
                <a href={entryPath(year, objective, locale)}>{itemName(objective)}</a> <span class="meta">{progress(objective)}</span>
                {objective.children.length > 0 ? (
                  <details>
                    <summary>{t('trackerBranch', { code: objective.item.code })}</summary>
                    <ul class="plan-tree">
                      {objective.children.map((worksite) => (
                        <li>
                          <a href={entryPath(year, worksite, locale)}>{itemName(worksite)}</a>{' '}
                          <span class="meta">{progress(worksite)}</span>
                          {worksite.children.length > 0 ? <ul class="plan-tree">{worksite.children.map(measureLine)}</ul> : null}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}

/** A message with days in it, each day in a <time>. */
function withDays(text: string, days: Record<string, string>, locale: Locale) {
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? <Day iso={days[part] ?? ''} locale={locale} /> : part))
}

/** What the strategy is, from its explanation page, and where to read more: that page and the look back. */
function AboutStrategy({ ctx, about }: { ctx: ViewContext; about: StrategyPage | undefined }) {
  const { t, locale } = ctx
  return (
    <section aria-labelledby="about-heading" class="strategy-about">
      <h2 id="about-heading">{t('trackerAboutHeading')}</h2>
      <p>{about?.summary || t('trackerAboutFallback')}</p>
      <ul class="link-list">
        {about ? (
          <li>
            <a href={about.href}>{t('trackerAboutLink')}</a>
          </li>
        ) : null}
        <li>
          <a href={sectionPath('lookBack', locale)}>{t('trackerLookBackLink')}</a>
        </li>
      </ul>
    </section>
  )
}

/**
 * What "progress" means beside the figure, how it is computed, and when it next changes (from the
 * reporting periods of the validated reports; only the current version is still reported on).
 */
function ProgressExplained({ ctx, periods, current }: { ctx: ViewContext; periods: ReportingPeriod[]; current: boolean }) {
  const { t, locale } = ctx
  const until = lastReportedDay(periods)
  const next = nextReportingPeriod(periods)
  return (
    <>
      <p>{t('trackerProgressMeans')}</p>
      {current ? (
        until && next ? (
          <p class="next-update">
            {withDays(t('trackerReportedUntil'), { date: until }, locale)}{' '}
            {withDays(t('trackerNextUpdate'), { from: next.start, to: next.end }, locale)}
          </p>
        ) : (
          <p class="next-update">{t('trackerNoReportsYet')}</p>
        )
      ) : null}
      <details class="more" id="how-progress">
        <summary>{t('trackerHowHeading')}</summary>
        <ul>
          <li>{t('trackerHowReports')}</li>
          <li>{t('trackerHowValidation')}</li>
          <li>{t('trackerHowWeights')}</li>
          <li>{t('trackerHowDoneStopped')}</li>
          <li>{t('trackerHowEvaluation')}</li>
        </ul>
      </details>
    </>
  )
}

/** The measures of a plan as a table: code, title, status, figure, partners. */
export function MeasureTable({
  ctx,
  year,
  entries,
  caption,
  captionHidden,
  partnerNames,
}: {
  ctx: ViewContext
  year: number
  entries: PlanEntry[]
  caption: string
  captionHidden?: boolean
  partnerNames: Map<number, { name: string; slug: string }>
}) {
  const { t, locale } = ctx
  return (
    <div class="table-wrap" role="region" tabindex="0" aria-label={caption}>
      <table>
        <caption class={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <ColumnHeads
          columns={[
            t('trackerCode'),
            t('trackerMeasure'),
            t('trackerStatus'),
            { label: t('trackerPercent'), number: true },
            t('trackerPartners'),
          ]}
        />
        <tbody>
          {entries.map((entry) => (
            <tr>
              <td>{entry.item.code}</td>
              <th scope="row">
                <a href={entryPath(year, entry, locale)}>{entry.item.title}</a>
              </th>
              <td>
                <StatusTag status={statusOf(entry)} locale={locale} />
              </td>
              <td class="number">{formatPercent(entry.latest?.percent ?? 0, locale)}</td>
              <td>
                {(entry.item.partners ?? []).map((row, i) => {
                  const partner = partnerNames.get(relationId(row.partner) ?? -1)
                  if (!partner) return null
                  return [
                    i > 0 ? ', ' : '',
                    <a href={partnerPath(partner.slug, locale)}>{partner.name}</a>,
                    ` (${row.role === 'lead' ? t('trackerRoleLead') : t('trackerRoleContributor')})`.toLocaleLowerCase(locale),
                  ]
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The dashboard of the current version (`year` absent) or of a given one: roll-ups, the tree, filters. */
export async function dashboardView(ctx: ViewContext, year?: number): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of [...TRACKER_TAGS, 'themes', 'partners', 'administrations']) ctx.tags.add(anyTag(tag))
  const versions = await versionsWithPlan(ctx.payload, locale)
  const current = versions[0]
  const version: PlanVersion | undefined = year === undefined ? current : versions.find((v) => v.year === year)
  if (!version) return errorView(ctx, 404)
  const plan = await loadPlan(ctx.payload, version, { locale })
  if (plan.pillars.length === 0) return errorView(ctx, 404)

  const facts = measureFacts(plan)
  const ids = (pick: (f: (typeof facts)[number]) => Iterable<number | null>) =>
    new Set(facts.flatMap((f) => [...pick(f)]).filter((id): id is number => id !== null))
  const [themes, partners, administrations] = await Promise.all([
    namedOptions(
      ctx,
      'themes',
      ids((f) => f.themes),
    ),
    namedOptions(
      ctx,
      'partners',
      ids((f) => f.partners),
    ),
    namedOptions(
      ctx,
      'administrations',
      ids((f) => [f.administration]),
    ),
  ])
  const options: FilterOptions = {
    pillar: plan.pillars.map((p) => ({ id: p.item.code, label: itemName(p), values: sameEverywhere(p.item.code) })),
    theme: themes,
    status: statusOptions((status) => statusLabel(status, locale)),
    partner: partners,
    administration: administrations,
  }
  const { selection, bad } = readFilters(ctx.query, options, locale)
  const problems = bad.map(({ name, value }) => t('badFilter', { filter: t(FILTER_LABELS[name]).toLocaleLowerCase(locale), value }))
  const filtered = problems.length === 0 && isFiltered(selection)
  const matching = filtered ? facts.filter((f) => matches(f, selection)).map((f) => f.entry) : []
  const partnerNames = new Map(partners.map((p) => [Number(p.id), { name: p.label, slug: p.values[locale] }]))

  const base = (l: Locale) => (year === undefined ? sectionPath('tracker', l) : planVersionPath(version.year, l))
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = base(l) + selectionQuery(selection, l)
  const isCurrent = current?.id === version.id
  const title = year === undefined ? t('trackerHeading') : t('trackerVersionHeading', { plan: versionName(version) })
  const lead = t('trackerLead')
  const [about, periods] = await Promise.all([strategyPage(ctx), isCurrent ? validatedPeriods(ctx.payload) : Promise.resolve([])])

  return page(ctx, {
    status: problems.length > 0 ? 400 : 200,
    title,
    description: lead,
    alternates,
    trail: year === undefined ? [] : [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        {year === undefined ? <p class="meta">{t('trackerFollowedVersion', { plan: versionName(version) })}</p> : null}
        {version.planIsSummary ? (
          <p class="notice" role="note" data-summary="">
            {t('lineageSummaryNote')}
          </p>
        ) : null}
        {year !== undefined && isCurrent ? <p>{t('trackerCurrentVersion')}</p> : null}
        {year !== undefined && !isCurrent && current ? (
          <p>
            <a href={sectionPath('tracker', locale)}>{t('trackerSeeCurrent')}</a>
          </p>
        ) : null}
        <ProblemSummary t={t} problems={problems} />
        <AboutStrategy ctx={ctx} about={about} />
        <section aria-labelledby="overall-heading" class="overall">
          <h2 id="overall-heading">{t('trackerOverall')}</h2>
          <Standing ctx={ctx} rollup={plan.rollup} />
          <ProgressExplained ctx={ctx} periods={periods} current={isCurrent} />
        </section>
        <FilterForm ctx={ctx} heading={t('trackerFilterHeading')} clearable={isFiltered(selection) || problems.length > 0}>
          {FILTER_NAMES.map((name) => (
            <FilterSelect
              ctx={ctx}
              name={name}
              label={t(FILTER_LABELS[name])}
              choices={options[name].map((o) => ({ value: o.values[locale], label: o.label, selected: selection[name]?.id === o.id }))}
            />
          ))}
        </FilterForm>
        {filtered ? (
          <Results
            heading={t('trackerMatchingCaption')}
            count={matching.length === 1 ? t('trackerMatchingOne') : t('trackerMatching', { count: formatNumber(matching.length, locale) })}
          >
            {matching.length === 0 ? (
              <p>{t('trackerNoMatch')}</p>
            ) : (
              <MeasureTable
                ctx={ctx}
                year={version.year}
                entries={matching}
                caption={t('trackerMatchingCaption')}
                captionHidden
                partnerNames={partnerNames}
              />
            )}
          </Results>
        ) : null}
        <PlanTree ctx={ctx} plan={plan} />
        {versions.length > 1 ? (
          <>
            <h2>{t('trackerVersions')}</h2>
            <ul class="link-list">
              {versions.map((v) => (
                <li>
                  {v.id === version.id ? (
                    <span aria-current="page">{versionName(v)}</span>
                  ) : (
                    <a href={planVersionPath(v.year, locale)}>{versionName(v)}</a>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <TrackerLinks ctx={ctx} version={version} />
      </>
    ),
  })
}
