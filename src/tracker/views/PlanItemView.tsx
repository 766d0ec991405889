/** @jsxImportSource @/site/html */
import { formatPercent } from '@/tracker/indicator-values'
import { subjectKey } from '@/follow/rules'
import { documentLinks } from '@/documents/links'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import { Day } from '@/site/views/Day'
import type { ProgressReport } from '@/payload-types'
import { relationId } from '@/relation-id'
import { anyTag } from '@/site/cache-tags'
import { brusselsMidnight, holdUntil } from '@/site/fresh-until'
import type { ViewContext, ViewResult } from '@/site/context'
import {
  administrationPath,
  documentPath,
  indicatorPath,
  type Locale,
  LOCALES,
  partnerPath,
  planItemPath,
  planVersionPath,
  sectionPath,
} from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { STATUS_MEANINGS } from '../collections/statuses'
import { ancestors, loadPlan, type PlanEntry, statusOf } from '../plan'
import { TRACKER_TAGS } from './DashboardView'
import { entryPath, itemName, levelLabel, versionName } from './labels'
import { ProgressLine, Standing, StatusTag } from './standing'
import { CorrectionNotes, correctionsOfReports } from './CorrectionViews'
import { LineageSection, lineageOf } from './LineageViews'
import { TrackerLinks } from './links'
import { versionByYear } from '../versions'
import { roundsAskingFor } from '../rounds/asking'
import { measureSchedule } from '../rounds/measure-schedule'
import { plusDays } from '../rounds/schedule-days'
import { brusselsDay } from '@/site/i18n'

const ids = (values: (number | { id: number } | null | undefined)[]): number[] => [
  ...new Set(values.map(relationId).filter((id): id is number => id !== null)),
]

/** A report's period, each date in a <time>. */
function Period({ ctx, report }: { ctx: ViewContext; report: Pick<ProgressReport, 'periodStart' | 'periodEnd'> }) {
  const dates: Record<string, string> = { from: report.periodStart, to: report.periodEnd }
  return (
    <>
      {ctx
        .t('trackerPeriodRange')
        .split(/\{(from|to)\}/)
        .map((part, i) => (i % 2 === 1 ? <Day iso={dates[part] ?? ''} locale={ctx.locale} /> : part))}
    </>
  )
}

/** One item of a plan version, at any level: where it sits, who carries it, how it is going, what it became. */
export async function planItemView(ctx: ViewContext, year: number, code: string): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of [...TRACKER_TAGS, 'reporting-rounds', 'themes', 'partners', 'administrations', 'indicators', 'documents'])
    ctx.tags.add(anyTag(tag))
  const version = await versionByYear(ctx.payload, year, locale)
  if (!version) return errorView(ctx, 404)
  const plan = await loadPlan(ctx.payload, version, { locale })
  const entry = plan.byCode.get(code)
  if (!entry) return errorView(ctx, 404)
  const item = entry.item
  const chain = ancestors(plan, entry)
  const isMeasure = entry.level === 'measure'

  const [reports, themes, administrations, indicators, lineage] = await Promise.all([
    isMeasure
      ? ctx.payload.find({
          collection: 'progress-reports',
          where: { and: [{ measure: { equals: item.id } }, { workflow: { equals: 'validated' } }] },
          sort: '-periodEnd',
          locale,
          depth: 0,
          pagination: false,
          // A visitor reads the validated reports of a published version: these.
          overrideAccess: false,
          select: {
            partner: true,
            periodStart: true,
            periodEnd: true,
            status: true,
            percent: true,
            account: true,
            evidence: true,
            evidenceDocuments: true,
            validatedAt: true,
          },
        })
      : undefined,
    item.themes?.length
      ? ctx.payload.find({
          collection: 'themes',
          where: { id: { in: ids(item.themes) } },
          locale,
          depth: 0,
          pagination: false,
          select: { name: true },
        })
      : undefined,
    item.leadAdministration
      ? ctx.payload.find({
          collection: 'administrations',
          where: { id: { equals: relationId(item.leadAdministration) } },
          locale,
          depth: 0,
          limit: 1,
          select: { name: true, slug: true },
          overrideAccess: false,
        })
      : undefined,
    entry.level === 'objective'
      ? ctx.payload.find({
          collection: 'indicators',
          where: { objective: { equals: item.id } },
          locale,
          depth: 0,
          pagination: false,
          sort: 'title',
          select: { title: true, slug: true },
        })
      : undefined,
    lineageOf(ctx, item.id),
  ])
  const history = (reports?.docs ?? []) as ProgressReport[]
  const corrections = await correctionsOfReports(
    ctx,
    history.map((r) => r.id),
  )
  const correctionsOf = (reportId: number | undefined) => corrections.filter((c) => c.report?.id === reportId)
  const latest = entry.latest
  const schedule = isMeasure
    ? measureSchedule(
        history.map((r) => ({ start: brusselsDay(r.periodStart), end: brusselsDay(r.periodEnd) })),
        await roundsAskingFor(ctx.payload, item, chain[0]?.item.id),
        brusselsDay(new Date().toISOString()),
      )
    : undefined
  // "Next update due on …" turns into "overdue" when that day is over: the page holds until then.
  if (schedule?.nextDue && !schedule.overdue) holdUntil(ctx, brusselsMidnight(plusDays(schedule.nextDue, 1)))
  const partnerIds = ids([...(item.partners ?? []).map((row) => row.partner), ...history.map((r) => r.partner)])
  const documentIds = ids(history.flatMap((r) => r.evidenceDocuments ?? []))
  const [partners, documents] = await Promise.all([
    partnerIds.length
      ? ctx.payload.find({
          collection: 'partners',
          where: { id: { in: partnerIds } },
          locale,
          depth: 0,
          pagination: false,
          select: { name: true, slug: true },
        })
      : undefined,
    documentLinks(ctx.payload, documentIds, locale),
  ])
  const partnerById = new Map((partners?.docs ?? []).map((p) => [p.id, p]))
  const documentById = new Map(documents.map((d) => [d.id, d]))
  const lead = (administrations?.docs ?? [])[0]
  const indicatorList = indicators?.docs ?? []
  const partnerLink = (id: number | null) => {
    const partner = id === null ? undefined : partnerById.get(id)
    return partner ? <a href={partnerPath(partner.slug, locale)}>{partner.name}</a> : null
  }

  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = planItemPath(year, code, l)
  const title = itemName(entry)
  const childLabel = (child: PlanEntry) =>
    child.level === 'measure' ? (
      <>
        <StatusTag status={statusOf(child)} locale={locale} /> {formatPercent(child.latest?.percent ?? 0, locale)}
      </>
    ) : child.rollup.progress === null ? (
      t('trackerNoProgress')
    ) : (
      t('trackerProgress', { percent: formatPercent(child.rollup.progress, locale) })
    )

  return page(ctx, {
    title,
    description: item.description ?? undefined,
    follow: subjectKey({ kind: 'plan-item', id: item.id }),
    alternates,
    trail: [
      { label: t('trackerHeading'), href: sectionPath('tracker', locale) },
      { label: versionName(version), href: planVersionPath(year, locale) },
      ...chain.map((e) => ({ label: itemName(e), href: entryPath(year, e, locale) })),
    ],
    main: (
      <article class="plan-item">
        <p class="eyebrow">{levelLabel(entry.level, locale)}</p>
        <h1>{title}</h1>
        {item.description ? <p class="lead">{item.description}</p> : null}
        <dl class="facts">
          <dt>{t('trackerLevel')}</dt>
          <dd>{levelLabel(entry.level, locale)}</dd>
          <dt>{t('trackerVersion')}</dt>
          <dd>
            <a href={planVersionPath(year, locale)}>{versionName(version)}</a>
          </dd>
          {themes && themes.docs.length > 0 ? [<dt>{t('themes')}</dt>, <dd>{themes.docs.map((th) => th.name).join(', ')}</dd>] : null}
          {lead
            ? [
                <dt>{t('trackerLeadAdministration')}</dt>,
                <dd>
                  <a href={administrationPath(lead.slug, locale)}>{lead.name}</a>
                </dd>,
              ]
            : null}
          {item.startDate
            ? [
                <dt>{t('trackerStart')}</dt>,
                <dd>
                  <Day iso={item.startDate} locale={locale} />
                </dd>,
              ]
            : null}
          {item.dueDate
            ? [
                <dt>{t('trackerDue')}</dt>,
                <dd>
                  <Day iso={item.dueDate} locale={locale} />
                </dd>,
              ]
            : null}
        </dl>
        {version.planIsSummary ? (
          <p class="notice" role="note" data-summary="">
            {t('lineageSummaryNote')}
          </p>
        ) : null}
        <LineageSection ctx={ctx} lineage={lineage} />
        {(item.partners ?? []).length > 0 ? (
          <section aria-labelledby="partners-heading">
            <h2 id="partners-heading">{t('trackerPartners')}</h2>
            <ul>
              {(item.partners ?? []).map((row) => (
                <li>
                  {partnerLink(relationId(row.partner))} — {row.role === 'lead' ? t('trackerRoleLead') : t('trackerRoleContributor')}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {isMeasure ? (
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">{t('trackerLatestReport')}</h2>
            {schedule?.nextDue ? (
              <p class={schedule.overdue ? 'next-update overdue' : 'next-update'}>
                {t(schedule.overdue ? 'trackerOverdue' : 'trackerNextDue')
                  .split(/\{(date)\}/)
                  .map((part, i) => (i % 2 === 1 ? <Day iso={`${schedule.nextDue}T12:00:00.000Z`} locale={locale} /> : part))}
              </p>
            ) : null}
            {latest ? (
              <>
                <p class="report-status">
                  <StatusTag status={latest.status} locale={locale} /> {STATUS_MEANINGS[latest.status][locale]}
                </p>
                <ProgressLine ctx={ctx} progress={latest.percent} />
                <dl class="facts">
                  <dt>{t('trackerPeriod')}</dt>
                  <dd>
                    <Period ctx={ctx} report={latest} />
                  </dd>
                  <dt>{t('trackerReportedBy')}</dt>
                  <dd>{partnerLink(relationId(latest.partner))}</dd>
                  {latest.validatedAt
                    ? [
                        <dt>{t('trackerValidatedOn')}</dt>,
                        <dd>
                          <Day iso={latest.validatedAt} locale={locale} />
                        </dd>,
                      ]
                    : null}
                </dl>
                <CorrectionNotes ctx={ctx} corrections={correctionsOf(latest.id)} />
                <h3>{t('trackerAccount')}</h3>
                <p class="account">{latest.account}</p>
                {(latest.evidence ?? []).length > 0 || (latest.evidenceDocuments ?? []).length > 0 ? (
                  <>
                    <h3>{t('trackerEvidence')}</h3>
                    <ul>
                      {(latest.evidence ?? []).map((e) => (
                        <li>
                          <a href={e.url} rel="external noopener" class="external">
                            {e.label || e.url}
                          </a>
                        </li>
                      ))}
                      {ids(latest.evidenceDocuments ?? []).map((id) => {
                        const doc = documentById.get(id)
                        return doc ? (
                          <li>
                            <a href={documentPath(doc.slug ?? '', locale)}>{doc.title}</a>
                          </li>
                        ) : null
                      })}
                    </ul>
                  </>
                ) : null}
              </>
            ) : (
              <p>{t('trackerNoReport')}</p>
            )}
            {history.length > 0 ? (
              <>
                <h2>{t('trackerHistory')}</h2>
                <div class="table-wrap" role="region" tabindex="0" aria-label={t('trackerHistoryCaption', { code: item.code })}>
                  <table>
                    <caption>{t('trackerHistoryCaption', { code: item.code })}</caption>
                    <ColumnHeads
                      columns={[
                        t('trackerPeriod'),
                        t('trackerStatus'),
                        { label: t('trackerPercent'), number: true },
                        t('trackerReportedBy'),
                        t('trackerAccount'),
                      ]}
                    />
                    <tbody>
                      {history.map((report) => (
                        <tr>
                          <th scope="row">
                            <Period ctx={ctx} report={report} />
                          </th>
                          <td>
                            <StatusTag status={report.status} locale={locale} />
                          </td>
                          <td class="number">{formatPercent(report.percent, locale)}</td>
                          <td>{partnerLink(relationId(report.partner))}</td>
                          <td>
                            {report.account}
                            <CorrectionNotes ctx={ctx} corrections={correctionsOf(report.id)} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}
          </section>
        ) : (
          <section aria-labelledby="under-heading">
            <h2 id="under-heading">{t('trackerUnder')}</h2>
            <Standing ctx={ctx} rollup={entry.rollup} explained />
          </section>
        )}
        {entry.children.length > 0 ? (
          <section aria-labelledby="children-heading">
            <h2 id="children-heading">{t('trackerChildren')}</h2>
            <ul class="plan-tree">
              {entry.children.map((child) => (
                <li>
                  <a href={entryPath(year, child, locale)}>{itemName(child)}</a> <span class="meta">{childLabel(child)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {indicatorList.length > 0 ? (
          <section aria-labelledby="indicators-heading">
            <h2 id="indicators-heading">{t('trackerIndicatorsOf')}</h2>
            <ul>
              {indicatorList.map((indicator) => (
                <li>
                  <a href={indicatorPath(indicator.slug, locale)}>{indicator.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <TrackerLinks ctx={ctx} version={version} />
      </article>
    ),
  })
}
