/** @jsxImportSource @/site/html */
import type { ViewContext } from '@/site/context'
import { brusselsDay, formatDate } from '@/site/i18n'

/** "Last reviewed on …" under content whose owner set the date (src/back-office/review); nothing otherwise. */
export function LastReviewed({ ctx, iso }: { ctx: ViewContext; iso: string | null | undefined }) {
  if (!iso) return null
  return (
    <p class="meta" data-last-reviewed="">
      <time datetime={brusselsDay(iso)}>{ctx.t('lastReviewed', { date: formatDate(iso, ctx.locale) })}</time>
    </p>
  )
}
