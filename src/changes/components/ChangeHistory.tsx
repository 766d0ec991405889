/** @jsxImportSource @/site/html */
/**
 * "Published … · Last updated …" and the "All updates" list (dated notes, newest first) under a
 * page, news item or document, in the page's language: plain HTML, one list, no script.
 */
import type { ViewContext } from '@/site/context'
import { brusselsDay, formatDate } from '@/site/i18n'
import { historyOf, publicHistory } from '../history'
import { type NotedCollection, subjectKeyOf } from '../kinds'

interface Props {
  ctx: ViewContext
  collection: NotedCollection
  id: number | string
  /** The document's own date, for content published before the history was kept. */
  fallbackPublished?: string | null
}

export async function changeHistory({ ctx, collection, id, fallbackPublished }: Props) {
  // A preview shows what would go live: it has no history of its own to tell yet.
  if (ctx.draft) return null
  const rows = await historyOf(ctx.payload, subjectKeyOf(collection, id), ctx.locale)
  const { published, lastUpdated, updates } = publicHistory(rows, fallbackPublished)
  if (!published) return null
  const { t } = ctx
  const headingId = `history-${collection}-${id}`
  return (
    <section class="history" aria-labelledby={updates.length > 0 ? headingId : undefined} data-change-history="">
      <p class="meta">
        <time datetime={published}>{t('changesPublished', { date: formatDate(published, ctx.locale) })}</time>
        {lastUpdated
          ? [' · ', <time datetime={lastUpdated}>{t('changesLastUpdated', { date: formatDate(lastUpdated, ctx.locale) })}</time>]
          : null}
      </p>
      {updates.length > 0 ? (
        <details class="history__updates">
          <summary>
            <h2 id={headingId} class="history__heading">
              {t('changesAllUpdates')}
            </h2>
          </summary>
          <ol class="history__list">
            {updates.map((update) => (
              <li>
                <time datetime={brusselsDay(update.at)}>{formatDate(update.at, ctx.locale)}</time>
                {' — '}
                {update.note}
              </li>
            ))}
            <li>
              <time datetime={brusselsDay(published)}>{formatDate(published, ctx.locale)}</time>
              {' — '}
              {t('changesFirstPublished')}
            </li>
          </ol>
        </details>
      ) : null}
    </section>
  )
}
