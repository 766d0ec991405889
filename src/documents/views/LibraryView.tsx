/** @jsxImportSource @/site/html */
import { Day } from '@/site/views/Day'
import type { Where } from 'payload'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, languageName } from '@/site/i18n'
import { documentPath, isLocale, type Locale, LOCALES, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { ProblemSummary } from '@/site/views/ProblemSummary'
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
  const pageParam = query.get('page')
  if (pageParam !== null) {
    if (/^[1-9]\d{0,5}$/.test(pageParam)) selection.page = Number(pageParam)
    else problems.push(t('badPage'))
  }
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

  return page(ctx, {
    status: problems.length > 0 ? 400 : 200,
    title,
    description: t('documentsLead'),
    alternates,
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('documentsLead')}</p>
        <ProblemSummary t={t} problems={problems} />
        <form class="filters" method="get" action={ctx.path} aria-labelledby="filter-heading">
          <h2 id="filter-heading" class="filters__heading">
            {t('filterDocuments')}
          </h2>
          <div class="field">
            <label for="filter-kind">{t('documentKind')}</label>
            <select id="filter-kind" name="kind">
              <option value="">{t('anyValue')}</option>
              {DOCUMENT_KINDS.map((kind) => (
                <option value={kind} selected={selection.kind === kind}>
                  {kindLabel(kind, locale)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-year">{t('documentYear')}</label>
            <select id="filter-year" name="year">
              <option value="">{t('anyValue')}</option>
              {years.map((year) => (
                <option value={String(year)} selected={selection.year === year}>
                  {String(year)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-language">{t('documentLanguage')}</label>
            <select id="filter-language" name="language">
              <option value="">{t('anyValue')}</option>
              {LOCALES.map((l) => (
                <option value={l} selected={selection.language === l}>
                  {languageName(l, locale)}
                </option>
              ))}
            </select>
          </div>
          <div class="filters__actions">
            <button type="submit" class="button">
              {t('filter')}
            </button>
            {queryOf({ ...selection, page: 1 }) ? <a href={ctx.path}>{t('clearFilters')}</a> : null}
          </div>
        </form>
        {result ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">
              {title}
            </h2>
            <p class="result-count" role="status">
              {result.totalDocs === 1 ? t('documentCountOne') : t('documentCount', { count: formatNumber(result.totalDocs, locale) })}
            </p>
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
            {result.totalPages > 1 ? (
              <nav class="pagination" aria-label={t('pagination')}>
                <p>{t('pageOf', { page: formatNumber(selection.page, locale), pages: formatNumber(result.totalPages, locale) })}</p>
                <ul>
                  {result.hasPrevPage ? (
                    <li>
                      <a href={ctx.path + queryOf(selection, selection.page - 1)} rel="prev">
                        {t('previousPage')}
                      </a>
                    </li>
                  ) : null}
                  {result.hasNextPage ? (
                    <li>
                      <a href={ctx.path + queryOf(selection, selection.page + 1)} rel="next">
                        {t('nextPage')}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </section>
        ) : null}
      </>
    ),
  })
}
