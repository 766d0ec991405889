/** @jsxImportSource @/site/html */
import { subjectKey } from '@/follow/rules'
import { docTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { richText } from '@/site/richtext'
import { governmentOrganization } from '@/site/structured-data'
import { type Locale, LOCALES, pagePath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { fallbackSource, findBySlug } from '@/site/views/localized'
import { LastReviewed } from '@/site/views/LastReviewed'
import { changeHistory } from '@/changes/components/ChangeHistory'

/** An editorial page: `/nl/over-ons`, `/fr/a-propos`, `/en/about`, … */
export async function contentPageView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const match = await findBySlug(ctx.payload, 'pages', slug, ctx.locale, ctx.draft)
  if (!match) return errorView(ctx, 404)
  const own = match.slugs[ctx.locale]
  if (own && own !== slug) return { status: 301, html: '', location: pagePath(own, ctx.locale) }
  const doc = await ctx.payload.findByID({
    collection: 'pages',
    id: match.id,
    locale: ctx.locale,
    draft: ctx.draft,
    overrideAccess: ctx.draft,
    depth: 1,
  })
  ctx.tags.add(docTag('pages', doc.id))
  if (doc.parent && typeof doc.parent === 'object') ctx.tags.add(docTag('pages', doc.parent.id))
  const fallbackFrom = fallbackSource(match, ctx.locale)
  const shownSlug = own ?? slug
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = pagePath(match.slugs[l] ?? shownSlug, l)
  const trail =
    doc.parent && typeof doc.parent === 'object' ? [{ label: doc.parent.title, href: pagePath(doc.parent.slug, ctx.locale) }] : []
  return page(ctx, {
    title: doc.title,
    follow: subjectKey({ kind: 'page', id: doc.id }),
    description: doc.summary ?? undefined,
    alternates,
    translated: match.translated,
    trail,
    structuredData: doc.id === ctx.chrome.aboutPageId ? [governmentOrganization(ctx)] : [],
    fallbackFrom,
    main: (
      <article class="content-page">
        <div lang={fallbackFrom}>
          <h1>{doc.title}</h1>
          {doc.summary ? <p class="lead">{doc.summary}</p> : null}
          <div class="prose">{richText(doc.body, ctx.locale)}</div>
        </div>
        {await changeHistory({ ctx, collection: 'pages', id: doc.id, fallbackPublished: doc.createdAt })}
        <LastReviewed ctx={ctx} iso={doc.lastReviewedAt} />
      </article>
    ),
  })
}
