/** @jsxImportSource @/site/html */
import { formatPercent } from '@/tracker/indicator-values'
import { documentLinks } from '@/documents/links'
import { ColumnHeads } from '@/site/views/ColumnHeads'
import type { SocialSummit } from '@/payload-types'
import { relationId } from '@/relation-id'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatDate, formatNumber } from '@/site/i18n'
import { documentPath, type Locale, LOCALES, sectionPath, summitPath, trackerPartPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { compareSummits, type Move, type SummitPriority } from '../compare'
import { summitDataPath, summitsDataPath } from '../open-data/paths'
import { type SnapshotItem, type SummitSnapshot, snapshotOf } from '../snapshot'
import { inLocale, levelLabel, statusLabel } from './labels'
import { Standing, StatusTag } from './standing'
import { TrackerLinks, DataLinks } from './links'

const SUMMIT_TAGS = ['social-summits', 'documents'] as const

/** An item as the snapshot named it, in the visitor's language. */
const snapName = (item: SnapshotItem, locale: Locale): string => `${item.code} ${inLocale(item.title, locale)}`

/** Where an item stood in a snapshot, in words: status and figure for a measure, progress for a branch. */
function stateOf(ctx: ViewContext, item: SnapshotItem): string {
  if (item.level === 'measure' && item.status)
    return ctx.t('trackerStateOf', { status: statusLabel(item.status, ctx.locale), percent: formatPercent(item.percent ?? 0, ctx.locale) })
  return item.rollup.progress === null
    ? ctx.t('trackerNoProgress')
    : ctx.t('trackerProgress', { percent: formatPercent(item.rollup.progress, ctx.locale) })
}

const prioritiesOf = (summit: SocialSummit): SummitPriority[] =>
  (summit.priorities ?? []).map((p) => ({ objective: relationId(p.objective), text: p.text }))

/** A priority's objective as the summit's own snapshot named it; never today's plan. */
function priorityLabel(snapshot: SummitSnapshot | null, priority: SummitPriority, locale: Locale): string | undefined {
  const item = snapshot?.items.find((i) => i.id === priority.objective)
  return item ? snapName(item, locale) : undefined
}

function PriorityList({ ctx, snapshot, priorities }: { ctx: ViewContext; snapshot: SummitSnapshot | null; priorities: SummitPriority[] }) {
  if (priorities.length === 0) return <p>{ctx.t('trackerNone')}</p>
  return (
    <ul class="priorities">
      {priorities.map((p) => {
        const label = priorityLabel(snapshot, p, ctx.locale)
        return (
          <li>
            {label ? [<strong>{label}</strong>, ' — '] : null}
            {p.text}
          </li>
        )
      })}
    </ul>
  )
}

function ItemList({ ctx, items }: { ctx: ViewContext; items: SnapshotItem[] }) {
  if (items.length === 0) return <p>{ctx.t('trackerNone')}</p>
  return (
    <ul>
      {items.map((item) => (
        <li>
          {snapName(item, ctx.locale)} <span class="meta">({levelLabel(item.level, ctx.locale).toLocaleLowerCase(ctx.locale)})</span>
        </li>
      ))}
    </ul>
  )
}

function StockTable({ ctx, items, caption }: { ctx: ViewContext; items: SnapshotItem[]; caption: string }) {
  const { t, locale } = ctx
  return (
    <div class="table-wrap" role="region" tabindex="0" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <ColumnHeads columns={[t('trackerCode'), t('trackerItem'), t('trackerLevel'), t('trackerStatus')]} />
        <tbody>
          {items.map((item) => (
            <tr class={`level-${item.level}`}>
              <td>{item.code}</td>
              <th scope="row">{inLocale(item.title, locale)}</th>
              <td>{levelLabel(item.level, locale)}</td>
              <td>
                {item.level === 'measure' && item.status
                  ? [<StatusTag status={item.status} locale={locale} />, ' ', formatPercent(item.percent ?? 0, locale)]
                  : stateOf(ctx, item)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function MoveTable({
  ctx,
  moves,
  caption,
  before,
  after,
}: {
  ctx: ViewContext
  moves: Move[]
  caption: string
  before: number
  after: number
}) {
  return (
    <div class="table-wrap" role="region" tabindex="0" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <ColumnHeads
          columns={[ctx.t('trackerItem'), ctx.t('trackerThen', { year: String(before) }), ctx.t('trackerNow', { year: String(after) })]}
        />
        <tbody>
          {moves.map((move) => (
            <tr>
              <th scope="row">{snapName(move.after, ctx.locale)}</th>
              <td>{stateOf(ctx, move.before)}</td>
              <td>{stateOf(ctx, move.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** What moved, most telling first: measures that changed status, then pillars and objectives, then the other figures (folded). */
function Moves({ ctx, moves, before, after }: { ctx: ViewContext; moves: Move[]; before: number; after: number }) {
  if (moves.length === 0) return <p>{ctx.t('trackerNothingMoved')}</p>
  const statusMoves = moves.filter((m) => m.after.level === 'measure' && m.before.status !== m.after.status)
  const branchMoves = moves.filter((m) => m.after.level === 'pillar' || m.after.level === 'objective')
  const figureMoves = moves.filter((m) => m.after.level === 'measure' && m.before.status === m.after.status)
  const table = (list: Move[], caption: string) => <MoveTable ctx={ctx} moves={list} caption={caption} before={before} after={after} />
  const year = String(before)
  return (
    <>
      {statusMoves.length > 0 ? table(statusMoves, ctx.t('trackerStatusMoves', { year })) : null}
      {branchMoves.length > 0 ? table(branchMoves, ctx.t('trackerBranchMoves', { year })) : null}
      {figureMoves.length > 0 ? (
        <details class="more">
          <summary>{ctx.t('trackerFigureMoves', { count: formatNumber(figureMoves.length, ctx.locale) })}</summary>
          {table(figureMoves, ctx.t('trackerFigureMovesCaption', { year }))}
        </details>
      ) : null}
    </>
  )
}

/** Every summit, newest first. */
export async function summitsView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  ctx.tags.add(anyTag('social-summits'))
  const summits = await ctx.payload.find({
    collection: 'social-summits',
    locale,
    depth: 0,
    sort: '-year',
    pagination: false,
    select: { year: true, date: true, title: true, summary: true },
  })
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = trackerPartPath('summits', l)
  const title = t('trackerSummitsHeading')
  return page(ctx, {
    title,
    description: t('trackerSummitsLead'),
    alternates,
    trail: [{ label: t('trackerHeading'), href: sectionPath('tracker', locale) }],
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('trackerSummitsLead')}</p>
        <ul class="card-list">
          {summits.docs.map((summit) => (
            <li class="card">
              <h2 class="card__title">
                <a href={summitPath(summit.year, locale)}>{summit.title}</a>
              </h2>
              <p class="meta">{t('trackerSummitHeld', { date: formatDate(summit.date, locale) })}</p>
              <p>{summit.summary}</p>
            </li>
          ))}
        </ul>
        <DataLinks ctx={ctx} path={summitsDataPath} csvLabel={t('trackerSummitCsv')} />
        <TrackerLinks ctx={ctx} within={{ part: 'summits', list: true }} />
      </>
    ),
  })
}

/**
 * One summit: what it took stock of and the priorities it set, and what changed since the one
 * before, all read from the frozen stock-takings so later edits of the plan never change the page.
 */
export async function summitView(ctx: ViewContext, year: number): Promise<ViewResult> {
  const { t, locale } = ctx
  for (const tag of SUMMIT_TAGS) ctx.tags.add(anyTag(tag))
  const [found, before] = await Promise.all([
    ctx.payload.find({ collection: 'social-summits', where: { year: { equals: year } }, locale, depth: 0, limit: 1 }),
    ctx.payload.find({ collection: 'social-summits', where: { year: { less_than: year } }, locale, depth: 0, limit: 1, sort: '-year' }),
  ])
  const summit = found.docs[0]
  if (!summit) return errorView(ctx, 404)
  const previous = before.docs[0]
  const documentIds = (summit.documents ?? []).map(relationId).filter((id): id is number => id !== null)
  const documents = await documentLinks(ctx.payload, documentIds, locale)
  const snapshot = snapshotOf(summit.snapshot)
  const previousSnapshot = previous ? snapshotOf(previous.snapshot) : null
  const priorities = prioritiesOf(summit)
  const comparison =
    snapshot && previous && previousSnapshot
      ? compareSummits({ snapshot: previousSnapshot, priorities: prioritiesOf(previous) }, { snapshot, priorities })
      : undefined
  const participants = (summit.participants ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = summitPath(year, l)
  const planName = snapshot ? `${snapshot.planVersion.year} · ${inLocale(snapshot.planVersion.title, locale)}` : ''

  return page(ctx, {
    title: summit.title,
    description: summit.summary,
    alternates,
    trail: [
      { label: t('trackerHeading'), href: sectionPath('tracker', locale) },
      { label: t('trackerSummitsHeading'), href: trackerPartPath('summits', locale) },
    ],
    main: (
      <article class="summit">
        <h1>{summit.title}</h1>
        <p class="meta">{t('trackerSummitHeld', { date: formatDate(summit.date, locale) })}</p>
        <p class="lead">{summit.summary}</p>
        {participants.length > 0 ? (
          <>
            <h2>{t('trackerParticipants')}</h2>
            <ul>
              {participants.map((p) => (
                <li>{p}</li>
              ))}
            </ul>
          </>
        ) : null}
        {documents.length > 0 ? (
          <>
            <h2>{t('trackerDocuments')}</h2>
            <ul>
              {documents.map((d) => (
                <li>
                  <a href={documentPath(d.slug ?? '', locale)}>{d.title}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <section aria-labelledby="stock-heading">
          <h2 id="stock-heading">{t('trackerStockHeading')}</h2>
          {snapshot ? (
            <>
              <p>{t('trackerStockLead', { plan: planName, date: formatDate(snapshot.asOf, locale) })}</p>
              <Standing ctx={ctx} rollup={snapshot.rollup} explained />
              <StockTable
                ctx={ctx}
                items={snapshot.items.filter((i) => i.level === 'pillar' || i.level === 'objective')}
                caption={t('trackerStockCaption', { date: formatDate(snapshot.asOf, locale) })}
              />
              <details class="more">
                <summary>
                  {t('trackerStockMeasures', { count: formatNumber(snapshot.items.filter((i) => i.level === 'measure').length, locale) })}
                </summary>
                <StockTable
                  ctx={ctx}
                  items={snapshot.items.filter((i) => i.level === 'worksite' || i.level === 'measure')}
                  caption={t('trackerStockMeasuresCaption', { date: formatDate(snapshot.asOf, locale) })}
                />
              </details>
            </>
          ) : (
            <p>{t('trackerNoStock')}</p>
          )}
        </section>
        <section aria-labelledby="priorities-heading">
          <h2 id="priorities-heading">{t('trackerPriorities')}</h2>
          {priorities.length > 0 ? (
            <PriorityList ctx={ctx} snapshot={snapshot} priorities={priorities} />
          ) : (
            <p>{t('trackerNoPriorities')}</p>
          )}
        </section>
        <section aria-labelledby="compare-heading">
          {previous ? (
            <>
              <h2 id="compare-heading">{t('trackerCompareHeading', { year: String(previous.year) })}</h2>
              <p>
                <a href={summitPath(previous.year, locale)}>{previous.title}</a>
              </p>
              {comparison ? (
                <>
                  <h3>{t('trackerMoved')}</h3>
                  <Moves ctx={ctx} moves={comparison.moved} before={previous.year} after={summit.year} />
                  <h3>{t('trackerAdded')}</h3>
                  <ItemList ctx={ctx} items={comparison.added} />
                  <h3>{t('trackerDropped')}</h3>
                  <ItemList ctx={ctx} items={comparison.dropped} />
                  <h3>{t('trackerPrioritiesAdded')}</h3>
                  <PriorityList ctx={ctx} snapshot={snapshot} priorities={comparison.prioritiesAdded} />
                  <h3>{t('trackerPrioritiesDropped')}</h3>
                  <PriorityList ctx={ctx} snapshot={previousSnapshot} priorities={comparison.prioritiesDropped} />
                </>
              ) : (
                <p>{t('trackerNoStock')}</p>
              )}
            </>
          ) : (
            <>
              <h2 id="compare-heading">{t('trackerMoved')}</h2>
              <p>{t('trackerFirstSummit')}</p>
            </>
          )}
        </section>
        <DataLinks
          ctx={ctx}
          path={(format) => summitDataPath(year, format)}
          csvLabel={t('trackerSummitCsv')}
          jsonLabel={t('trackerSummitData')}
        />
        <TrackerLinks ctx={ctx} within={{ part: 'summits', list: false }} />
      </article>
    ),
  })
}
