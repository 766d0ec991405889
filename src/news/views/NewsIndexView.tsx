/** @jsxImportSource @/site/html */
import { subjectKey } from '@/follow/rules'
import type { Where } from 'payload'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, type MessageKey } from '@/site/i18n'
import { feedPath, type Locale, LOCALES, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { FilterForm, FilterSelect, ListPage, listTitle, Results } from '@/site/views/ListPage'
import { readPageNumber } from '@/site/views/page-number'
import { Pagination } from '@/site/views/Pagination'
import { findNews } from '../queries'
import { NewsList } from '../components/NewsList'

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

/** What "Follow by email" on the index follows: the one theme, audience or administration chosen (a theme first), else all news. */
function followedList(selected: Partial<Record<FilterName, Option>>): string {
  for (const filter of FILTERS) {
    const option = selected[filter.name]
    if (option) return subjectKey({ kind: filter.name, id: option.id })
  }
  return subjectKey({ kind: 'all-news' })
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
  const pageNumber = readPageNumber(ctx.query) ?? Number.NaN
  if (Number.isNaN(pageNumber)) problems.push(t('badPage'))

  const result =
    problems.length > 0
      ? undefined
      : await findNews(ctx, { where: conditions.length > 0 ? { and: conditions } : undefined, page: pageNumber })
  if (result && pageNumber > Math.max(1, result.totalPages)) return errorView(ctx, 404)

  const filterQuery = (pageNo: number) => {
    const params = new URLSearchParams()
    for (const filter of FILTERS) if (selected[filter.name]) params.set(filter.name, selected[filter.name]!.slug)
    if (pageNo > 1) params.set('page', String(pageNo))
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
    documentTitle: listTitle(ctx, title, {
      chosen: FILTERS.flatMap((filter) => (selected[filter.name] ? [selected[filter.name]!.name] : [])),
      page: pageNumber,
      pages: result?.totalPages,
    }),
    description: t('newsLead'),
    alternates,
    feeds: themeFeed,
    follow: followedList(selected),
    main: (
      <ListPage ctx={ctx} heading={title} lead={t('newsLead')} problems={problems}>
        <FilterForm ctx={ctx} heading={t('filterHeading')} clearable={Object.keys(selected).length > 0}>
          {FILTERS.map((filter) => (
            <FilterSelect
              ctx={ctx}
              name={filter.name}
              label={t(filter.label)}
              choices={options[filter.name].map((o) => ({ value: o.slug, label: o.name, selected: selected[filter.name]?.id === o.id }))}
            />
          ))}
        </FilterForm>
        {result ? (
          <Results
            heading={title}
            headingHidden
            count={result.totalDocs === 1 ? t('resultCountOne') : t('resultCount', { count: formatNumber(result.totalDocs, ctx.locale) })}
          >
            {result.docs.length === 0 ? <p>{t('noResults')}</p> : <NewsList items={result.docs} ctx={ctx} />}
            <Pagination ctx={ctx} page={pageNumber} pages={result.totalPages} href={filterQuery} numbers />
          </Results>
        ) : null}
        <p>
          <a href={feedPath(ctx.locale)}>{t('subscribe')}</a>
        </p>
      </ListPage>
    ),
  })
}
