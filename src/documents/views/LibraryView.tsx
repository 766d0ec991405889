/** @jsxImportSource @/site/html */
import { Day } from '@/site/views/Day'
import type { Where } from 'payload'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, languageName } from '@/site/i18n'
import { documentPath, isLocale, type Locale, LOCALES, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { FilterForm, FilterSelect, ListPage, listTitle, Results } from '@/site/views/ListPage'
import { readPageNumber } from '@/site/views/page-number'
import { Pagination } from '@/site/views/Pagination'
import { DOCUMENT_KINDS, type DocumentKind, kindLabel } from '@/documents/collections/Documents'
import { filesFor, filesOf } from '@/documents/files'

const PER_PAGE = 20

interface Selection {
  kind?: DocumentKind
  year?: number
  language?: Locale
  page: number
}

/** Reads the filters from the query; each value must be one the form offers. */
function readSelection(ctx: ViewContext, years: number[]): { selection: Selection; problems: string[] } {
  const { t, query } = ctx
  const problems: string[] = []
  const selection: Selection = { page: 1 }
  const kind = query.get('kind')
  if (kind) {
    if ((DOCUMENT_KINDS as readonly string[]).includes(kind)) selection.kind = kind as DocumentKind
    else problems.push(t('badKind', { value: kind.slice(0, 80) }))
  }
  const year = query.get('year')
  if (year) {
    if (/^\d{4}$/.test(year) && years.includes(Number(year))) selection.year = Number(year)
    else problems.push(t('badYear', { value: year.slice(0, 80) }))
  }
  const language = query.get('language')
  if (language) {
    if (isLocale(language)) selection.language = language
    else problems.push(t('badLanguage', { value: language.slice(0, 80) }))
  }
  const page = readPageNumber(query)
  if (page === undefined) problems.push(t('badPage'))
  else selection.page = page
  return { selection, problems }
}

function queryOf(selection: Selection, pageNumber = selection.page): string {
  const params = new URLSearchParams()
  if (selection.kind) params.set('kind', selection.kind)
  if (selection.year) params.set('year', String(selection.year))
  if (selection.language) params.set('language', selection.language)
  if (pageNumber > 1) params.set('page', String(pageNumber))
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** The document library: every published document, newest first, filtered by type, year and language with a GET form. */
export async function libraryView(ctx: ViewContext): Promise<ViewResult> {
  const { t, locale } = ctx
  ctx.tags.add(anyTag('documents')).add(anyTag('document-files'))
  const dates = await ctx.payload.find({
    collection: 'documents',
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { date: true },
  })
  const years = [...new Set(dates.docs.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => b - a)
  const { selection, problems } = readSelection(ctx, years)
  const conditions: Where[] = []
  if (selection.kind) conditions.push({ kind: { equals: selection.kind } })
  if (selection.year)
    conditions.push(
      { date: { greater_than_equal: `${selection.year}-01-01T00:00:00.000Z` } },
      { date: { less_than: `${selection.year + 1}-01-01T00:00:00.000Z` } },
    )
  if (selection.language) {
    // Files are not readable by visitors through the API, so the language is matched on their ids.
    const files = await ctx.payload.find({
      collection: 'document-files',
      where: { language: { equals: selection.language } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { language: true },
    })
    conditions.push({ files: { in: files.docs.map((file) => file.id) } })
  }
  const result =
    problems.length > 0
      ? undefined
      : await ctx.payload.find({
          collection: 'documents',
          locale,
          depth: 0,
          where: conditions.length > 0 ? { and: conditions } : undefined,
          sort: '-date',
          limit: PER_PAGE,
          page: selection.page,
          overrideAccess: false,
        })
  if (result && selection.page > Math.max(1, result.totalPages)) return errorView(ctx, 404)
  const files = await filesOf(ctx.payload, result?.docs ?? [])
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = sectionPath('documents', l) + queryOf(selection)
  const title = t('documentsHeading')

  const chosen = [
    ...(selection.kind ? [kindLabel(selection.kind, locale)] : []),
    ...(selection.year ? [String(selection.year)] : []),
    ...(selection.language ? [languageName(selection.language, locale)] : []),
  ]

  return page(ctx, {
    status: problems.length > 0 ? 400 : 200,
    title,
    documentTitle: listTitle(ctx, title, { chosen, page: selection.page, pages: result?.totalPages }),
    description: t('documentsLead'),
    alternates,
    main: (
      <ListPage ctx={ctx} heading={title} lead={t('documentsLead')} problems={problems}>
        <FilterForm ctx={ctx} heading={t('filterDocuments')} clearable={queryOf({ ...selection, page: 1 }) !== ''}>
          <FilterSelect
            ctx={ctx}
            name="kind"
            label={t('documentKind')}
            choices={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, locale), selected: selection.kind === kind }))}
          />
          <FilterSelect
            ctx={ctx}
            name="year"
            label={t('documentYear')}
            choices={years.map((year) => ({ value: String(year), label: String(year), selected: selection.year === year }))}
          />
          <FilterSelect
            ctx={ctx}
            name="language"
            label={t('documentLanguage')}
            choices={LOCALES.map((l) => ({ value: l, label: languageName(l, locale), selected: selection.language === l }))}
          />
        </FilterForm>
        {result ? (
          <Results
            heading={title}
            headingHidden
            count={result.totalDocs === 1 ? t('documentCountOne') : t('documentCount', { count: formatNumber(result.totalDocs, locale) })}
          >
            {result.docs.length === 0 ? <p>{t('noDocuments')}</p> : null}
            <ul class="document-list">
              {result.docs.map((doc) => {
                const languages = filesFor(doc, files).flatMap((f) => (isLocale(f.language) ? [f.language] : []))
                return (
                  <li>
                    <h3>
                      <a href={documentPath(doc.slug ?? '', locale)}>{doc.title}</a>
                    </h3>
                    <p class="meta">
                      {kindLabel(doc.kind as DocumentKind, locale)} · <Day iso={doc.date} locale={locale} />
                      {languages.length > 0 ? ` · PDF: ${languages.map((l) => languageName(l, locale)).join(', ')}` : ''}
                    </p>
                    {doc.summary ? <p>{doc.summary}</p> : null}
                  </li>
                )
              })}
            </ul>
            <Pagination ctx={ctx} page={selection.page} pages={result.totalPages} href={(n) => ctx.path + queryOf(selection, n)} />
          </Results>
        ) : null}
      </ListPage>
    ),
  })
}
