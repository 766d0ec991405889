/** @jsxImportSource @/site/html */
import { raw } from '@/site/html/jsx-runtime'
import type { Translate } from '@/site/i18n'
import type { Locale } from '@/site/routes'
import { Day } from '@/site/views/Day'
import type { SearchHit } from '../backend'
import type { SearchType } from '../entries'
import { snippet } from '../text'

/** Editors' best bets at the top of the results, each marked "Recommended" in words, not only by its place. */
export function BestBets(props: { hits: SearchHit[]; q: string; locale: Locale; t: Translate; typeLabel: (type: SearchType) => string }) {
  const { hits, q, locale, t } = props
  if (hits.length === 0) return null
  return (
    <ul class="search-results best-bets" aria-label={t('searchRecommendedHeading')}>
      {hits.map((hit) => (
        <li>
          <h3>
            <a href={hit.url}>{raw(snippet(hit.title, q, locale, 40))}</a>
          </h3>
          <p class="meta">
            <strong class="tag">{t('searchRecommended')}</strong> {props.typeLabel(hit.type)}
            {hit.date ? [' · ', <Day iso={hit.date} locale={locale} />] : null}
          </p>
          {hit.body ? <p class="search-results__snippet">{raw(snippet(hit.body, q, locale))}</p> : null}
        </li>
      ))}
    </ul>
  )
}
