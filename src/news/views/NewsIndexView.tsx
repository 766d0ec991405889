/** @jsxImportSource @/site/html */
import type { Where } from 'payload'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, type MessageKey } from '@/site/i18n'
import { feedPath, type Locale, LOCALES, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { ProblemSummary } from '@/site/views/ProblemSummary'
import { findNews } from '../queries'
import { NewsList } from './NewsList'

type FilterName = 'theme' | 'audience' | 'administration'
const FILTERS: {
  name: FilterName
  collection: 'themes' | 'audiences' | 'administrations'
  field: string
  label: MessageKey
  labelKey: 'name'
}[] = [
  { name: 'theme', collection: 'themes', field: 'themes', label: 'theme', labelKey: 'name' },
  { name: 'audience', collection: 'audiences', field: 'audiences', label: 'audience', labelKey: 'name' },
  { name: 'administration', collection: 'administrations', field: 'administration', label: 'administration', labelKey: 'name' },
]

interface Option {
  id: number
  slug: string
  name: string
}

async function optionsOf(ctx: ViewContext, collection: 'themes' | 'audiences' | 'administrations'): Promise<Option[]> {
  const { docs } = await ctx.payload.find({
    collection,
    locale: ctx.locale,
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: false,
    sort: collection === 'administrations' ? 'order' : 'name',
    select: { name: true, slug: true },
  })
  return docs.map((d) => ({ id: d.id, slug: d.slug, name: d.name }))
}

/** The news index of a language: `?theme=…&audience=…&administration=…&page=N`, all plain links and a GET form. */
export async function newsIndexView(ctx: ViewContext): Promise<ViewResult> {
  const { t } = ctx
  ctx.tags.add(anyTag('news')).add(anyTag('themes')).add(anyTag('audiences')).add(anyTag('administrations'))
  const options = Object.fromEntries(
    await Promise.all(FILTERS.map(async (f) => [f.name, await optionsOf(ctx, f.collection)] as const)),
  ) as Record<FilterName, Option[]>

  const problems: string[] = []
  const conditions: Where[] = []
  const selected: Partial<Record<FilterName, Option>> = {}
  for (const filter of FILTERS) {
    const value = ctx.query.get(filter.name)
    if (!value) continue
    const option = options[filter.name].find((o) => o.slug === value)
    if (!option) {
      problems.push(t('badFilter', { filter: t(filter.label).toLocaleLowerCase(ctx.locale), value: value.slice(0, 80) }))
      continue
    }
    selected[filter.name] = option
    conditions.push({ [filter.field]: { in: [option.id] } })
  }
  const rawPage = ctx.query.get('page')
  const pageNumber = rawPage === null ? 1 : /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : Number.NaN
  if (Number.isNaN(pageNumber)) problems.push(t('badPage'))

  const result =
    problems.length > 0
      ? undefined
      : await findNews(ctx, { where: conditions.length > 0 ? { and: conditions } : undefined, page: pageNumber })
  if (result && pageNumber > Math.max(1, result.totalPages)) return errorView(ctx, 404)

  const filterQuery = (pageNo?: number) => {
    const params = new URLSearchParams()
    for (const filter of FILTERS) if (selected[filter.name]) params.set(filter.name, selected[filter.name]!.slug)
    if (pageNo && pageNo > 1) params.set('page', String(pageNo))
    const s = params.toString()
    return s ? `${ctx.path}?${s}` : ctx.path
  }
  // The same selection in each language: filter values are slugs, which are words of one language.
  const alternates: Partial<Record<Locale, string>> = {}
  const slugsByLocale = await Promise.all(
    FILTERS.filter((f) => selected[f.name]).map(async (f) => {
      const doc = await ctx.payload.findByID({
        collection: f.collection,
        id: selected[f.name]!.id,
        locale: 'all',
        depth: 0,
        overrideAccess: false,
        select: { slug: true },
      })
      return [f.name, doc.slug as unknown as Partial<Record<Locale, string>>] as const
    }),
  )
  for (const l of LOCALES) {
    const params = new URLSearchParams()
    for (const [name, slugs] of slugsByLocale) if (slugs[l]) params.set(name, slugs[l]!)
    if (pageNumber > 1) params.set('page', String(pageNumber))
    alternates[l] = params.size > 0 ? `${sectionPath('news', l)}?${params}` : sectionPath('news', l)
  }
  const title = t('newsHeading')
  const themeFeed = selected.theme
    ? [{ label: t('newsThemeFeed', { theme: selected.theme.name }), href: feedPath(ctx.locale, selected.theme.slug) }]
    : []

  return page(ctx, {
    status: problems.length > 0 ? 400 : 200,
    title,
    description: t('newsLead'),
    alternates,
    feeds: themeFeed,
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('newsLead')}</p>
        <ProblemSummary t={t} problems={problems} />
        <form class="filters" method="get" action={ctx.path} aria-labelledby="filter-heading">
          <h2 id="filter-heading" class="filters__heading">
            {t('filterHeading')}
          </h2>
          {FILTERS.map((filter) => (
            <div class="field">
              <label for={`filter-${filter.name}`}>{t(filter.label)}</label>
              <select id={`filter-${filter.name}`} name={filter.name}>
                <option value="">{t('anyValue')}</option>
                {options[filter.name].map((o) => (
                  <option value={o.slug} selected={selected[filter.name]?.id === o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div class="filters__actions">
            <button type="submit" class="button">
              {t('filter')}
            </button>
            {Object.keys(selected).length > 0 ? <a href={ctx.path}>{t('clearFilters')}</a> : null}
          </div>
        </form>
        {result ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">
              {title}
            </h2>
            <p class="result-count" role="status">
              {result.totalDocs === 1 ? t('resultCountOne') : t('resultCount', { count: formatNumber(result.totalDocs, ctx.locale) })}
            </p>
            {result.docs.length === 0 ? <p>{t('noResults')}</p> : <NewsList items={result.docs} ctx={ctx} />}
            {result.totalPages > 1 ? (
              <nav class="pagination" aria-label={t('pagination')}>
                <p>{t('pageOf', { page: formatNumber(pageNumber, ctx.locale), pages: formatNumber(result.totalPages, ctx.locale) })}</p>
                <ul>
                  {result.hasPrevPage ? (
                    <li>
                      <a href={filterQuery(pageNumber - 1)} rel="prev">
                        {t('previousPage')}
                      </a>
                    </li>
                  ) : null}
                  {Array.from({ length: result.totalPages }, (_, i) => i + 1).map((n) => (
                    <li>
                      {n === pageNumber ? (
                        <span aria-current="page">{formatNumber(n, ctx.locale)}</span>
                      ) : (
                        <a href={filterQuery(n)}>{formatNumber(n, ctx.locale)}</a>
                      )}
                    </li>
                  ))}
                  {result.hasNextPage ? (
                    <li>
                      <a href={filterQuery(pageNumber + 1)} rel="next">
                        {t('nextPage')}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </section>
        ) : null}
        <p>
          <a href={feedPath(ctx.locale)}>{t('subscribe')}</a>
        </p>
      </>
    ),
  })
}
