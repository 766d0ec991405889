/** @jsxImportSource @/site/html */
import { Day } from '@/site/views/Day'
import type { ViewContext, ViewResult } from '@/site/context'
import { raw } from '@/site/html/jsx-runtime'
import { formatNumber, languageName, type MessageKey } from '@/site/i18n'
import { LOCALES, type Locale, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { ListPage, listTitle, Results } from '@/site/views/ListPage'
import { readPageNumber } from '@/site/views/page-number'
import { Pagination } from '@/site/views/Pagination'
import { withLinks } from '@/site/views/with-links'
import { SEARCH_TYPES, type SearchType } from '@/search/entries'
import { hitKey, resultLines } from '@/search/result-lines'
import { curatedSearch } from '@/search/curated-search'
import { COUNT_CAP, cappedSum, pastCap } from '@/search/ranking'
import { searchCounter } from '@/search/queries/counts'
import { MAX_QUERY_LENGTH, snippet, words } from '@/search/text'
import { BestBets } from './BestBets'
import { SpellingSuggestion } from './SpellingSuggestion'

const PER_PAGE = 10
const TYPE_LABELS: Record<SearchType, MessageKey> = {
  services: 'typeServices',
  pages: 'typePages',
  news: 'typeNews',
  administrations: 'typeAdministrations',
  documents: 'typeDocuments',
  missions: 'typeMissions',
  'plan-items': 'typePlanItems',
  indicators: 'typeIndicators',
  'social-summits': 'typeSummits',
  partners: 'typePartners',
}

function queryString(params: { q: string; type?: SearchType; page?: number }): string {
  const search = new URLSearchParams({ q: params.q })
  if (params.type) search.set('type', params.type)
  if (params.page && params.page > 1) search.set('page', String(params.page))
  return `?${search}`
}

/** `/{lang}/search?q=…&type=…&page=N`: one box over the site, results with the matching words marked. */
export async function searchView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale, query } = ctx
  const q = (query.get('q') ?? '').trim()
  const problems: string[] = []
  if (q.length > MAX_QUERY_LENGTH) problems.push(t('searchTooLong', { max: formatNumber(MAX_QUERY_LENGTH, locale) }))
  const rawType = query.get('type')
  const type = rawType && (SEARCH_TYPES as readonly string[]).includes(rawType) ? (rawType as SearchType) : undefined
  if (rawType && !type) problems.push(t('searchBadType', { value: rawType.slice(0, 80) }))
  const pageNumber = readPageNumber(query) ?? Number.NaN
  if (Number.isNaN(pageNumber)) problems.push(t('badPage'))

  const searchable = problems.length === 0 && words(q).length > 0
  const result = searchable
    ? await curatedSearch(ctx.payload, { text: q, locale, type, limit: PER_PAGE, offset: (pageNumber - 1) * PER_PAGE })
    : undefined
  // What people look for (queries/counts.ts): a search once, on its first page; a type chosen afterwards narrows the same search.
  if (result && pageNumber === 1 && !type) searchCounter(ctx.payload).note(q, locale, result.total + result.bestBets.length)
  // A broad query's pages end with its ranked results (search/ranking.ts); its counts stop at COUNT_CAP.
  const count = (n: number) => (pastCap(n) ? t('searchFacetMore', { count: formatNumber(COUNT_CAP, locale) }) : formatNumber(n, locale))
  const pages = result ? Math.max(1, Math.ceil(result.ranked / PER_PAGE)) : 1
  if (result && pageNumber > pages) return errorView(ctx, 404)
  const lines = result ? await resultLines(ctx.payload, result.hits, locale, t) : new Map<string, string>()

  const here = sectionPath('search', locale)
  // The same search in another language starts on its first page: it finds other items, and may not have this many pages.
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES)
    alternates[l] =
      sectionPath('search', l) + (q && q.length <= MAX_QUERY_LENGTH ? queryString({ q, type, page: l === locale ? pageNumber : 1 }) : '')
  const title = t('searchHeading')
  const documentTitle = listTitle(ctx, title, { chosen: q && result ? [q] : [], page: pageNumber, pages })
  const otherLanguage = LOCALES.find((l) => l !== locale)!

  return page(ctx, {
    status: problems.length > 0 ? 400 : 200,
    title,
    documentTitle,
    description: t('searchLead'),
    alternates,
    main: (
      <ListPage ctx={ctx} heading={t('searchHeading')} lead={t('searchLead')} problems={problems}>
        <form class="search-form" role="search" method="get" action={here} aria-label={t('searchPageLabel')}>
          <label for="search-q">{t('searchWords')}</label>
          <div class="search-form__row">
            <input type="search" id="search-q" name="q" value={q.slice(0, MAX_QUERY_LENGTH * 2)} maxlength={String(MAX_QUERY_LENGTH)} />
            {type ? <input type="hidden" name="type" value={type} /> : null}
            <button type="submit" class="button">
              {t('search')}
            </button>
          </div>
        </form>
        {!q && problems.length === 0 ? <p>{t('searchEmpty')}</p> : null}
        {q && problems.length === 0 && !searchable ? <p>{t('searchEmpty')}</p> : null}
        {result ? (
          <Results
            heading={t('searchResults')}
            before={
              <nav class="facets" aria-label={t('searchByType')}>
                <ul>
                  <li>
                    <a href={here + queryString({ q })} aria-current={type ? undefined : 'page'}>
                      {t('searchAllTypes')} ({count(cappedSum(Object.values(result.facets)))})
                    </a>
                  </li>
                  {SEARCH_TYPES.filter((s) => result.facets[s]).map((s) => (
                    <li>
                      <a href={here + queryString({ q, type: s })} aria-current={type === s ? 'page' : undefined}>
                        {t(TYPE_LABELS[s])} ({count(result.facets[s] ?? 0)})
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            }
            count={
              result.total === 0
                ? t('searchNone', { query: q })
                : result.total === 1
                  ? t('searchCountOne', { query: q })
                  : pastCap(result.total)
                    ? t('searchCountMore', { count: formatNumber(COUNT_CAP, locale), query: q })
                    : t('searchCount', { count: formatNumber(result.total, locale), query: q })
            }
          >
            <SpellingSuggestion suggestion={result.suggestion} href={here + queryString({ q: result.suggestion ?? '', type })} t={t} />
            <BestBets hits={result.bestBets} q={q} locale={locale} t={t} typeLabel={(s) => t(TYPE_LABELS[s])} />
            {result.total === 0 && result.bestBets.length === 0 ? (
              <div class="search-tips">
                <h3>{t('searchTipsHeading')}</h3>
                <ul>
                  <li>{t('searchTipSpelling')}</li>
                  <li>
                    <a href={sectionPath('search', otherLanguage) + queryString({ q })} hreflang={otherLanguage}>
                      {t('searchTipLanguage', { language: languageName(otherLanguage, locale) })}
                    </a>
                  </li>
                  <li>
                    {withLinks(t('searchTipBrowse'), {
                      documents: { href: sectionPath('documents', locale), label: t('searchTipDocuments') },
                      news: { href: sectionPath('news', locale), label: t('searchTipNews') },
                      contact: { href: sectionPath('contact', locale), label: t('searchTipContact') },
                    })}
                  </li>
                </ul>
              </div>
            ) : result.hits.length === 0 ? null : (
              <ol class="search-results" start={String((pageNumber - 1) * PER_PAGE + 1)}>
                {result.hits.map((hit) => (
                  <li>
                    <h3>
                      <a href={hit.url}>{raw(snippet(hit.title, q, locale, 40))}</a>
                    </h3>
                    <p class="meta">
                      {lines.get(hitKey(hit)) ?? t(TYPE_LABELS[hit.type])}
                      {hit.date ? [' · ', <Day iso={hit.date} locale={locale} />] : null}
                    </p>
                    {hit.body ? <p class="search-results__snippet">{raw(snippet(hit.body, q, locale))}</p> : null}
                  </li>
                ))}
              </ol>
            )}
            {result.ranked < result.total ? (
              <p class="search-window">{t('searchRankedWindow', { ranked: formatNumber(result.ranked, locale) })}</p>
            ) : null}
            <Pagination ctx={ctx} page={pageNumber} pages={pages} href={(n) => here + queryString({ q, type, page: n })} />
          </Results>
        ) : null}
      </ListPage>
    ),
  })
}
