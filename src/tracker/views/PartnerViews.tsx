/** @jsxImportSource @/site/html */
import { formatPercent } from '@/tracker/indicator-values'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import { relationId } from '@/relation-id'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { collator, formatNumber } from '@/site/i18n'
import { type Locale, LOCALES, partnerPath, sectionPath, trackerPartPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { findBySlug, ownSlug } from '@/site/views/localized'
import { PARTNER_KIND_LABELS } from '../collections/Partners'
import { partnersDataPath } from '../open-data/paths'
import { flatten, loadPlan, type Plan, type PlanEntry, measureProgress, statusOf } from '../plan'
import { rollUp } from '../rollup'
import { TRACKER_TAGS } from './DashboardView'
import { entryPath, versionName } from './labels'
import { Standing, StatusTag } from './standing'
import { DataLinks, TrackerLinks } from './links'
import { versionsWithPlan } from '../versions'

interface Carried {
  entry: PlanEntry
  role: 'lead' | 'contributor'
}

/** The current plan, loaded once, with each partner's measures and role. */
async function currentPlan(ctx: ViewContext): Promise<{ plan?: Plan; byPartner: Map<number, Carried[]> }> {
  const byPartner = new Map<number, Carried[]>()
  const [version] = await versionsWithPlan(ctx.payload, ctx.locale)
  if (!version) return { byPartner }
  const plan = await loadPlan(ctx.payload, version, { locale: ctx.locale })
  for (const entry of flatten(plan.pillars)) {
    if (entry.level !== 'measure') continue
    for (const row of entry.item.partners ?? []) {
      const id = relationId(row.partner)
      if (id === null) continue
      byPartner.set(id, [...(byPartner.get(id) ?? []), { entry, role: row.role }])
    }
  }
  return { plan, byPartner }
}

const roleLabel = (ctx: ViewContext, role: Carried['role']) =>
  role === 'lead' ? ctx.t('trackerRoleLead') : ctx.t('trackerRoleContributor')
const rollupOf = (carried: Carried[]) => rollUp({ measures: carried.map((c) => measureProgress(c.entry)) })

/** Every partner, what it carries out in the current version and how far that is. */
export async function partnersView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of [...TRACKER_TAGS, 'partners']) ctx.tags.add(anyTag(tag))
  const [partners, { plan, byPartner }] = await Promise.all([
    ctx.payload.find({ collection: 'partners', locale, depth: 0, pagination: false }),
    currentPlan(ctx),
  ])
  // The database compares code points (lower-case names would come last): sort as the language does,
  // in a copy (what a find returns may be shared by the read cache, and frozen).
  const ordered = [...partners.docs].sort((a, b) => collator(locale).compare(a.name, b.name))
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = trackerPartPath('partners', l)
  const title = t('trackerPartnersHeading')
  return page(ctx, {
    title,
    description: t('trackerPartnersLead'),
    alternates,
    trail: [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('trackerPartnersLead')}</p>
        <div
          class="table-wrap"
          role="region"
          tabindex="0"
          aria-label={plan ? t('trackerPartnersCaption', { plan: versionName(plan.version) }) : title}
        >
          <table>
            <caption>{plan ? t('trackerPartnersCaption', { plan: versionName(plan.version) }) : title}</caption>
            <ColumnHeads
              columns={[t('trackerPartner'), t('trackerKind'), t('trackerMeasures'), { label: t('trackerPercent'), number: true }]}
            />
            <tbody>
              {ordered.map((partner) => {
                const carried = byPartner.get(partner.id) ?? []
                const rollup = rollupOf(carried)
                return (
                  <tr>
                    <th scope="row">
                      <a href={partnerPath(partner.slug, locale)}>{partner.name}</a>
                    </th>
                    <td>{PARTNER_KIND_LABELS[partner.kind][locale]}</td>
                    <td>
                      {t('trackerPartnerMeasures', {
                        lead: formatNumber(carried.filter((c) => c.role === 'lead').length, locale),
                        contributor: formatNumber(carried.filter((c) => c.role === 'contributor').length, locale),
                      })}
                    </td>
                    <td class="number">{rollup.progress === null ? '—' : formatPercent(rollup.progress, locale)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        <DataLinks ctx={ctx} path={partnersDataPath} />
        <TrackerLinks ctx={ctx} within={{ part: 'partners', list: true }} />
      </>
    ),
  })
}

/** One partner: who it is, the measures it carries out with its role, and how they are going. */
export async function partnerView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of [...TRACKER_TAGS, 'partners']) ctx.tags.add(anyTag(tag))
  const match = await findBySlug(ctx.payload, 'partners', slug, locale, false)
  if (!match) return errorView(ctx, 404)
  const own = ownSlug(match, locale) ?? slug
  if (own !== slug) return { status: 301, html: '', location: partnerPath(own, locale) }
  const [{ plan, byPartner }, partner] = await Promise.all([
    currentPlan(ctx),
    ctx.payload.findByID({ collection: 'partners', id: match.id, locale, depth: 0 }),
  ])
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = partnerPath(match.slugs[l] ?? own, l)
  const carried = byPartner.get(partner.id) ?? []
  const year = plan?.version.year ?? 0
  return page(ctx, {
    title: partner.name,
    description: partner.description ?? undefined,
    alternates,
    trail: [
      { label: t('trackerHeading'), href: sectionPath('tracker', locale) },
      { label: t('trackerPartnersHeading'), href: trackerPartPath('partners', locale) },
    ],
    main: (
      <article class="partner">
        <h1>{partner.name}</h1>
        {partner.description ? <p class="lead">{partner.description}</p> : null}
        <dl class="facts">
          <dt>{t('trackerKind')}</dt>
          <dd>{PARTNER_KIND_LABELS[partner.kind][locale]}</dd>
          {partner.website
            ? [
                <dt>{t('website')}</dt>,
                <dd>
                  <a href={partner.website} rel="external noopener" class="external">
                    {partner.website}
                  </a>
                </dd>,
              ]
            : null}
        </dl>
        {plan && carried.length > 0 ? (
          <>
            <section aria-labelledby="going-heading">
              <h2 id="going-heading">{t('trackerHowItGoes')}</h2>
              <Standing ctx={ctx} rollup={rollupOf(carried)} explained />
            </section>
            <section aria-labelledby="measures-heading">
              <h2 id="measures-heading">{t('trackerResponsibleFor')}</h2>
              <div
                class="table-wrap"
                role="region"
                tabindex="0"
                aria-label={t('trackerResponsibleCaption', { name: partner.name, plan: versionName(plan.version) })}
              >
                <table>
                  <caption>{t('trackerResponsibleCaption', { name: partner.name, plan: versionName(plan.version) })}</caption>
                  <ColumnHeads
                    columns={[
                      t('trackerCode'),
                      t('trackerMeasure'),
                      t('trackerRole'),
                      t('trackerStatus'),
                      { label: t('trackerPercent'), number: true },
                    ]}
                  />
                  <tbody>
                    {carried.map(({ entry, role }) => (
                      <tr>
                        <td>{entry.item.code}</td>
                        <th scope="row">
                          <a href={entryPath(year, entry, locale)}>{entry.item.title}</a>
                        </th>
                        <td>{roleLabel(ctx, role)}</td>
                        <td>
                          <StatusTag status={statusOf(entry)} locale={locale} />
                        </td>
                        <td class="number">{formatPercent(entry.latest?.percent ?? 0, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        ) : (
          <p>{t('trackerNoMeasures')}</p>
        )}
        <TrackerLinks ctx={ctx} within={{ part: 'partners', list: false }} />
      </article>
    ),
  })
}
