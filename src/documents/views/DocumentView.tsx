/** @jsxImportSource @/site/html */
import { subjectKey } from '@/follow/rules'
import { Day } from '@/site/views/Day'
import { anyTag, docTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { languageName } from '@/site/i18n'
import { documentFilePath, documentPath, formatRequestPath, type Locale, LOCALES, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { fallbackSource, findBySlug } from '@/site/views/localized'
import { type DocumentKind, kindLabel } from '@/documents/collections/Documents'
import { filesFor, filesOf } from '@/documents/files'
import { fileFacts, fileLanguage } from './file-facts'
import { LastReviewed } from '@/site/views/LastReviewed'
import { changeHistory } from '@/changes/components/ChangeHistory'

/** "View the document": what it is, its PDFs with type, size, pages and language, and whether it is accessible. */
export async function documentView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const match = await findBySlug(ctx.payload, 'documents', slug, ctx.locale, ctx.draft)
  if (!match) return errorView(ctx, 404)
  const own = match.slugs[ctx.locale]
  if (own && own !== slug) return { status: 301, html: '', location: documentPath(own, ctx.locale) }
  const doc = await ctx.payload.findByID({
    collection: 'documents',
    id: match.id,
    locale: ctx.locale,
    depth: 0,
    draft: ctx.draft,
    overrideAccess: ctx.draft,
  })
  ctx.tags.add(docTag('documents', doc.id)).add(anyTag('plan-versions'))
  const files = filesFor(doc, await filesOf(ctx.payload, [doc]))
  for (const file of files) ctx.tags.add(docTag('document-files', file.id))
  // The user's language first, then the others.
  files.sort((a, b) => Number(fileLanguage(b) === ctx.locale) - Number(fileLanguage(a) === ctx.locale))
  const versions = await ctx.payload.find({
    collection: 'plan-versions',
    where: { documents: { in: [doc.id] } },
    locale: ctx.locale,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = documentPath(match.slugs[l] ?? own ?? slug, l)
  const { t, locale } = ctx
  const here = own ?? slug
  return page(ctx, {
    title: doc.title,
    follow: subjectKey({ kind: 'document', id: doc.id }),
    description: doc.summary ?? undefined,
    alternates,
    translated: match.translated,
    fallbackFrom: fallbackSource(match, locale),
    trail: [{ label: t('documentsHeading'), href: sectionPath('documents', locale) }],
    main: (
      <>
        <h1>{doc.title}</h1>
        {doc.summary ? <p class="lead">{doc.summary}</p> : null}
        <dl class="facts">
          <dt>{t('documentKind')}</dt>
          <dd>{kindLabel(doc.kind as DocumentKind, locale)}</dd>
          <dt>{t('documentDate')}</dt>
          <dd>
            <Day iso={doc.date} locale={locale} />
          </dd>
          {versions.docs.length > 0
            ? [
                <dt>{t('partOfStrategy')}</dt>,
                <dd>
                  <a href={sectionPath('lookBack', locale)}>{versions.docs.map((v) => `${v.year} · ${v.title}`).join(', ')}</a>
                </dd>,
              ]
            : null}
        </dl>
        {await changeHistory({ ctx, collection: 'documents', id: doc.id, fallbackPublished: doc.createdAt })}
        <LastReviewed ctx={ctx} iso={doc.lastReviewedAt} />
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t('documentFiles')}</h2>
          {files.length === 0 ? <p>{t('noFiles')}</p> : null}
          <ul class="files">
            {files.map((file) => {
              const language = fileLanguage(file)
              const href = documentFilePath(here, language, locale)
              const name = languageName(language, locale)
              return (
                <li>
                  <a href={href} hreflang={language} type="application/pdf">
                    {t('viewDocument', { language: name })}
                  </a>
                  <span class="files__facts">{fileFacts(t, locale, file)}</span>
                  <a href={`${href}?download=1`} hreflang={language} type="application/pdf" download="">
                    {t('downloadDocument', { language: name })}
                  </a>
                  <a href={formatRequestPath(here, locale)} class="files__other-format">
                    {t('requestFormatOf', { language: name })}
                  </a>
                </li>
              )
            })}
          </ul>
          {doc.accessible ? (
            <p>{t('accessibleDocument')}</p>
          ) : (
            <p>
              {t('notAccessibleDocument')} <a href={formatRequestPath(here, locale)}>{t('requestFormat')}</a>.
            </p>
          )}
        </section>
      </>
    ),
  })
}
