/** @jsxImportSource @/site/html */
/**
 * Lineage in the open: on an item's page, where it comes from and what became of it; and per two
 * adjacent versions, what changed from one to the other (counts per kind, the lists, why items were dropped).
 */
import type { PlanVersion } from '@/payload-types'
import { relationId } from '@/relation-id'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import type { MessageKey } from '@/site/i18n'
import { formatNumber } from '@/site/i18n'
import { changesPath, type Locale, LOCALES, planItemPath, sectionPath, trackerPartPath } from '@/site/routes'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { adjacentPairs, compareVersions } from '../lineage/compare'
import { LINEAGE_KINDS, type LineageKind } from '../lineage/kinds'
import { type PublicLink, readLinks } from '../lineage/read'
import { dataPath } from '../open-data/registry'
import { versionsWithPlan } from '../versions'
import { versionName } from './labels'
import { DataLinks, TrackerLinks } from './links'

/** How a link reads on the later item. */
const BACK: Record<Exclude<LineageKind, 'dropped'>, MessageKey> = {
  continues: 'continuesBack',
  revised: 'revisedBack',
  merged: 'mergedBack',
  split: 'splitBack',
  replaced: 'replacedBack',
  new: 'newBack',
}
/** How a link reads on the earlier item. */
const FORWARD: Record<Exclude<LineageKind, 'new' | 'dropped'>, MessageKey> = {
  continues: 'continuesForward',
  revised: 'revisedForward',
  merged: 'mergedForward',
  split: 'splitForward',
  replaced: 'replacedForward',
}
const PLURAL: Record<LineageKind, MessageKey> = {
  continues: 'continuesPlural',
  revised: 'revisedPlural',
  merged: 'mergedPlural',
  split: 'splitPlural',
  replaced: 'replacedPlural',
  dropped: 'droppedPlural',
  new: 'newPlural',
}

interface LinkedItem {
  code: string
  title: string
  year: number | undefined
}

/** The items and versions links name, for their labels and addresses. */
async function itemsNamed(ctx: ViewContext, ids: number[]) {
  const items = ids.length
    ? (
        await ctx.payload.find({
          collection: 'plan-items',
          where: { id: { in: ids } },
          locale: ctx.locale,
          depth: 0,
          pagination: false,
          joins: false,
          overrideAccess: false,
          select: { code: true, title: true, planVersion: true },
        })
      ).docs
    : []
  const versionIds = [...new Set(items.map((i) => relationId(i.planVersion)).filter((id): id is number => id !== null))]
  const versions = versionIds.length
    ? (
        await ctx.payload.find({
          collection: 'plan-versions',
          where: { id: { in: versionIds } },
          locale: ctx.locale,
          depth: 0,
          pagination: false,
          overrideAccess: false,
          select: { year: true, title: true },
        })
      ).docs
    : []
  const yearOf = new Map(versions.map((v) => [v.id, v.year]))
  return new Map<number, LinkedItem>(
    items.map((i) => [i.id, { code: i.code, title: i.title, year: yearOf.get(relationId(i.planVersion) ?? -1) }]),
  )
}

function ItemLink({ item, locale }: { item: LinkedItem | undefined; locale: Locale }) {
  if (!item) return null
  const label = item.year ? `${item.code} ${item.title} (${item.year})` : `${item.code} ${item.title}`
  return item.year ? <a href={planItemPath(item.year, item.code, locale)}>{label}</a> : <span>{label}</span>
}

function ItemList({ ids, items, locale }: { ids: number[]; items: Map<number, LinkedItem>; locale: Locale }) {
  return (
    <>
      {ids.map((id, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <ItemLink item={items.get(id)} locale={locale} />
        </>
      ))}
    </>
  )
}

/** The reason of a dropped item in the page's language. */
const reasonIn = (link: PublicLink, locale: Locale) => link.reason[locale] ?? link.reason.en ?? ''

/** An item's lineage, read for its page: the links into it and out of it, with what they name. */
export async function lineageOf(ctx: ViewContext, itemId: number) {
  ctx.tags.add(anyTag('lineage-links'))
  const links = await readLinks(ctx.payload, { or: [{ item: { equals: itemId } }, { from: { equals: itemId } }] })
  const back = links.filter((link) => link.item === itemId)
  const forward = links.filter((link) => link.from.includes(itemId))
  const named = [...new Set(links.flatMap((link) => [...link.from, ...(link.item === null ? [] : [link.item])]))].filter(
    (id) => id !== itemId,
  )
  const versionIds = [...new Set(forward.filter((l) => l.kind === 'dropped').map((l) => l.planVersion))].filter(
    (id): id is number => id !== null,
  )
  const droppedIn = versionIds.length
    ? (
        await ctx.payload.find({
          collection: 'plan-versions',
          where: { id: { in: versionIds } },
          locale: ctx.locale,
          depth: 0,
          pagination: false,
          overrideAccess: false,
          select: { year: true, title: true },
        })
      ).docs
    : []
  return { back, forward, items: await itemsNamed(ctx, named), droppedIn: new Map(droppedIn.map((v) => [v.id, v])) }
}

/** Where an item comes from and what became of it, both ways linked; nothing when no link names it. */
export function LineageSection({ ctx, lineage }: { ctx: ViewContext; lineage: Awaited<ReturnType<typeof lineageOf>> }) {
  const { t, locale } = ctx
  const { back, forward, items, droppedIn } = lineage
  if (back.length === 0 && forward.length === 0) return null
  return (
    <section aria-labelledby="lineage-heading" class="lineage" data-lineage="">
      <h2 id="lineage-heading">{t('lineageHeading')}</h2>
      {back.length > 0 ? (
        <>
          <h3>{t('lineageComesFrom')}</h3>
          <ul>
            {back.map((link) =>
              link.kind === 'dropped' ? null : (
                <li data-kind={link.kind}>
                  {link.kind === 'new' ? (
                    t(BACK.new)
                  ) : (
                    <>
                      {`${t(BACK[link.kind])}: `}
                      <ItemList ids={link.from} items={items} locale={locale} />
                    </>
                  )}
                </li>
              ),
            )}
          </ul>
        </>
      ) : null}
      {forward.length > 0 ? (
        <>
          <h3>{t('lineageBecame')}</h3>
          <ul>
            {forward.map((link) => {
              if (link.kind === 'dropped') {
                const version = droppedIn.get(link.planVersion ?? -1)
                return (
                  <li data-kind="dropped">
                    {t('droppedForward', { plan: version ? versionName(version) : '' })}
                    {'. '}
                    {t('lineageReason', { reason: reasonIn(link, locale) })}
                  </li>
                )
              }
              if (link.kind === 'new') return null
              return (
                <li data-kind={link.kind}>
                  {`${t(FORWARD[link.kind])}: `}
                  <ItemLink item={link.item === null ? undefined : items.get(link.item)} locale={locale} />
                </li>
              )
            })}
          </ul>
        </>
      ) : null}
    </section>
  )
}

const PAIR = /^(\d{4})-(\d{4})$/

/** `/{lang}/{tracker}/{changes}` (the newest pair) and `…/{from}-{to}`: what changed from one version to the next. */
export async function changesView(ctx: ViewContext, pair?: string): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of ['lineage-links', 'plan-versions', 'plan-items'] as const) ctx.tags.add(anyTag(tag))
  const pairs = adjacentPairs(await versionsWithPlan(ctx.payload, locale))
  const wanted = pair === undefined ? null : PAIR.exec(pair)
  if (pair !== undefined && !wanted) return errorView(ctx, 404)
  const found = wanted ? pairs.find(([a, b]) => a.year === Number(wanted[1]) && b.year === Number(wanted[2])) : pairs.at(-1)
  if (!found) return errorView(ctx, 404)
  const [before, after] = found
  const items = await ctx.payload.find({
    collection: 'plan-items',
    where: { planVersion: { in: [before.id, after.id] } },
    locale,
    depth: 0,
    pagination: false,
    joins: false,
    overrideAccess: false,
    sort: 'code',
    select: { code: true, planVersion: true },
  })
  const idsOf = (version: PlanVersion) => items.docs.filter((i) => relationId(i.planVersion) === version.id).map((i) => i.id)
  const links = await readLinks(ctx.payload, { planVersion: { equals: after.id } })
  const comparison = compareVersions(idsOf(before), idsOf(after), links)
  const named = await itemsNamed(ctx, [...new Set(links.flatMap((l) => [...l.from, ...(l.item === null ? [] : [l.item])]))])
  const names = { from: versionName(before), to: versionName(after) }
  const heading = t('lineageChangesHeading', names)
  const caption = t('lineageCountsCaption', names)
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = pair === undefined ? trackerPartPath('changes', l) : changesPath(before.year, after.year, l)
  return page(ctx, {
    title: heading,
    description: t('lineageChangesLead'),
    alternates,
    trail: [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{heading}</h1>
        <p class="lead">{t('lineageChangesLead')}</p>
        {before.planIsSummary || after.planIsSummary ? (
          <p class="notice" role="note" data-summary="">
            {t('lineageSummaryNote')}
          </p>
        ) : null}
        <div class="table-wrap" role="region" tabindex="0" aria-label={caption}>
          <table data-lineage-counts="">
            <caption>{caption}</caption>
            <ColumnHeads columns={[t('lineageKind'), t('lineageCount')]} />
            <tbody>
              {LINEAGE_KINDS.map((kind) => (
                <tr data-kind={kind}>
                  <th scope="row">{t(PLURAL[kind])}</th>
                  <td>{formatNumber(comparison.counts[kind], locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p data-untraced="before">
          {t('lineageUntracedBefore', { plan: names.from, count: formatNumber(comparison.untracedBefore.length, locale) })}
        </p>
        <p data-untraced="after">
          {t('lineageUntracedAfter', { plan: names.to, count: formatNumber(comparison.untracedAfter.length, locale) })}
        </p>
        {LINEAGE_KINDS.filter((kind) => comparison.counts[kind] > 0).map((kind) => (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{`${t(PLURAL[kind])} (${formatNumber(comparison.counts[kind], locale)})`}</h2>
            <ul data-kind={kind}>
              {comparison.byKind[kind].map((link) => (
                <li>
                  {link.from.length > 0 ? <ItemList ids={link.from} items={named} locale={locale} /> : null}
                  {link.from.length > 0 && link.item !== null ? ' → ' : null}
                  {link.item !== null ? <ItemLink item={named.get(link.item)} locale={locale} /> : null}
                  {kind === 'dropped' ? ` ${t('lineageReason', { reason: reasonIn(link, locale) })}` : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {pairs.length > 1 ? (
          <>
            <h2>{t('lineageOtherPairs')}</h2>
            <ul class="link-list">
              {pairs
                .filter(([a]) => a.id !== before.id)
                .map(([a, b]) => (
                  <li>
                    <a href={changesPath(a.year, b.year, locale)}>
                      {t('lineageCompareLink', { from: versionName(a), to: versionName(b) })}
                    </a>
                  </li>
                ))}
            </ul>
          </>
        ) : null}
        <DataLinks ctx={ctx} path={(format) => dataPath('lineage', format, after.year)} />
        <TrackerLinks ctx={ctx} version={after} within={{ part: 'changes', list: pair === undefined }} />
      </>
    ),
  })
}
