/** @jsxImportSource @/site/html */
import type { ViewContext } from '@/site/context'
import { formatNumber } from '@/site/i18n'

/**
 * Previous and next links of a paged list, with "page N of M" and, when `numbers` is set, a link
 * to every page (the current one marked with `aria-current`). Nothing when there is one page.
 */
export function Pagination({
  ctx,
  page,
  pages,
  href,
  numbers = false,
}: {
  ctx: Pick<ViewContext, 't' | 'locale'>
  page: number
  pages: number
  /** The address of page `n` of the same list. */
  href: (n: number) => string
  numbers?: boolean
}) {
  if (pages <= 1) return null
  const { t, locale } = ctx
  return (
    <nav class="pagination" aria-label={t('pagination')}>
      <p>{t('pageOf', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t('previousPage')}
            </a>
          </li>
        ) : null}
        {numbers
          ? Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
              <li>
                {n === page ? <span aria-current="page">{formatNumber(n, locale)}</span> : <a href={href(n)}>{formatNumber(n, locale)}</a>}
              </li>
            ))
          : null}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('nextPage')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
