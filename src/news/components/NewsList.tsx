/** @jsxImportSource @/site/html */
import type { ViewContext } from '@/site/context'
import { formatDate } from '@/site/i18n'
import { newsPath } from '@/site/routes'
import { isWithdrawn, type NewsCard } from '../queries'

/** A list of news items: title, date, summary, themes. Shared by the index, the home page and related news. */
export function NewsList({ items, ctx, headingLevel = 'h2' }: { items: NewsCard[]; ctx: ViewContext; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel
  return (
    <ul class="news-list">
      {items.map((item) => {
        const themes = (item.themes ?? []).flatMap((theme) => (typeof theme === 'object' && theme.name ? [theme.name] : []))
        return (
          <li class="news-item">
            <Heading class="news-item__title">
              <a href={newsPath(item.slug, ctx.locale)}>{item.title}</a>
            </Heading>
            <p class="meta">
              <time datetime={item.publishedAt}>{formatDate(item.publishedAt, ctx.locale)}</time>
              {themes.length > 0 ? [' · ', themes.join(', ')] : null}
              {isWithdrawn(item) ? [' · ', <strong class="tag">{ctx.t('withdrawnLabel')}</strong>] : null}
            </p>
            <p>{item.summary}</p>
          </li>
        )
      })}
    </ul>
  )
}
