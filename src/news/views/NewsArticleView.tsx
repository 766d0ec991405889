/** @jsxImportSource @/site/html */
import { subjectKey } from '@/follow/rules'
import type { Administration, News, Service } from '@/payload-types'
import { ServiceList } from '@/services/components/ServiceList'
import { anyTag, docTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatDate } from '@/site/i18n'
import { richText } from '@/site/richtext'
import { administrationPath, feedPath, type Locale, LOCALES, newsPath, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { isPublishedIn } from '@/site/views/localized'
import { findNews, isWithdrawn, type NewsCard } from '../queries'
import { NewsList } from '../components/NewsList'
import { LastReviewed } from '@/site/views/LastReviewed'
import { changeHistory } from '@/changes/components/ChangeHistory'

/** schema.org NewsArticle, published by the organisation. */
function newsArticle(ctx: ViewContext, item: News, live: boolean): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    inLanguage: ctx.locale,
    // A draft has not been published: its preview claims no date.
    ...(live ? { datePublished: item.publishedAt } : {}),
    dateModified: item.update?.at ?? item.updatedAt,
    url: ctx.origin + ctx.path,
    mainEntityOfPage: ctx.origin + ctx.path,
    author: { '@type': 'GovernmentOrganization', name: ctx.chrome.organisationName },
    publisher: { '@type': 'GovernmentOrganization', name: ctx.chrome.organisationName, url: `${ctx.origin}/${ctx.locale}/` },
  }
}

/** Related news: chosen by the editor, else the latest items sharing a theme. */
async function relatedNews(ctx: ViewContext, item: News): Promise<NewsCard[]> {
  const chosen = (item.related ?? []).filter((r): r is News => typeof r === 'object' && Boolean(r.title))
  if (chosen.length > 0) return chosen
  const themeIds = (item.themes ?? []).map((t) => (typeof t === 'object' ? t.id : t))
  if (themeIds.length === 0) return []
  const { docs } = await findNews(ctx, {
    where: { and: [{ themes: { in: themeIds } }, { id: { not_equals: item.id } }, { 'withdrawal.withdrawn': { not_equals: true } }] },
    limit: 3,
    depth: 0,
    counted: false,
  })
  return docs
}

/** One news item: `/nl/nieuws/<slug>`. Withdrawn items stay, with the reason on top. */
export async function newsArticleView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const found = await ctx.payload.find({
    collection: 'news',
    where: { slug: { equals: slug } },
    locale: ctx.locale,
    fallbackLocale: false,
    draft: ctx.draft,
    overrideAccess: ctx.draft,
    depth: 1,
    limit: 1,
    pagination: false,
  })
  const item = found.docs[0]
  if (!item?.title) return errorView(ctx, 404)
  ctx.tags.add(docTag('news', item.id)).add(anyTag('themes')).add(anyTag('audiences'))
  const all = await ctx.payload.findByID({
    collection: 'news',
    id: item.id,
    locale: 'all',
    draft: ctx.draft,
    // A visitor's read answers what a visitor may see (and comes from the content store); a preview's sees drafts.
    overrideAccess: ctx.draft,
    depth: 0,
    select: { slug: true, _status: true },
  })
  const slugs = (all.slug ?? {}) as unknown as Partial<Record<Locale, string | null>>
  const status = (all as { _status?: unknown })._status
  // Only languages where the item is published (per-language publication) get a link; others go to their news index.
  const translated = LOCALES.filter((l) => slugs[l] && (ctx.draft || isPublishedIn(status, l)))
  const alternates = Object.fromEntries(LOCALES.map((l) => [l, translated.includes(l) ? newsPath(slugs[l]!, l) : sectionPath('news', l)]))
  const { t } = ctx
  const related = await relatedNews(ctx, item)
  for (const r of related) ctx.tags.add(docTag('news', r.id))
  const themes = (item.themes ?? []).filter((x) => typeof x === 'object')
  const audiences = (item.audiences ?? []).filter((x) => typeof x === 'object')
  const administration = typeof item.administration === 'object' ? (item.administration as Administration | null) : null
  if (administration) ctx.tags.add(docTag('administrations', administration.id))
  const withdrawn = isWithdrawn(item)
  // Services the item is about, with their online link; a service not published in this language has no title here.
  const services = (item.services ?? []).filter((s): s is Service => typeof s === 'object' && Boolean(s.title && s.slug))
  for (const s of services) ctx.tags.add(docTag('services', s.id))
  // A preview reads the latest draft, whose status is a draft's even when an older version is live: ask as a visitor would.
  const live =
    !ctx.draft ||
    (await ctx.payload.count({ collection: 'news', where: { id: { equals: item.id } }, locale: ctx.locale, overrideAccess: false }))
      .totalDocs > 0

  return page(ctx, {
    title: item.title,
    follow: withdrawn ? undefined : subjectKey({ kind: 'news', id: item.id }),
    description: item.summary,
    alternates,
    translated,
    ogType: 'article',
    trail: [{ label: t('newsHeading'), href: sectionPath('news', ctx.locale) }],
    structuredData: [newsArticle(ctx, item, live)],
    feeds: themes.map((theme) => ({ label: t('newsThemeFeed', { theme: theme.name }), href: feedPath(ctx.locale, theme.slug) })),
    main: (
      <article class="news-article">
        {withdrawn ? (
          <div class="notice notice--withdrawn">
            <h2>{t('withdrawnTitle')}</h2>
            {item.withdrawal?.at ? <p>{t('withdrawnOn', { date: formatDate(item.withdrawal.at, ctx.locale) })}</p> : null}
            {item.withdrawal?.reason ? <p>{item.withdrawal.reason}</p> : null}
          </div>
        ) : null}
        <h1>{item.title}</h1>
        <p class="lead">{item.summary}</p>
        {live ? (
          ((await changeHistory({ ctx, collection: 'news', id: item.id, fallbackPublished: item.publishedAt })) ?? null)
        ) : (
          <p class="meta">
            <strong>{t('notYetPublished')}</strong>
          </p>
        )}
        {item.update?.at ? (
          <p class="meta">
            <time datetime={item.update.at}>{t('updated', { date: formatDate(item.update.at, ctx.locale) })}</time>
            {item.update.note ? ` — ${t('changeNote', { note: item.update.note })}` : null}
          </p>
        ) : null}
        <LastReviewed ctx={ctx} iso={item.lastReviewedAt} />
        <dl class="metadata">
          {themes.length > 0
            ? [
                <dt>{t('themes')}</dt>,
                <dd>
                  {themes.map((th, i) => [
                    i > 0 ? ', ' : '',
                    <a href={`${sectionPath('news', ctx.locale)}?theme=${encodeURIComponent(th.slug)}`}>{th.name}</a>,
                  ])}
                </dd>,
              ]
            : null}
          {audiences.length > 0
            ? [
                <dt>{t('audiences')}</dt>,
                <dd>
                  {audiences.map((a, i) => [
                    i > 0 ? ', ' : '',
                    <a href={`${sectionPath('news', ctx.locale)}?audience=${encodeURIComponent(a.slug)}`}>{a.name}</a>,
                  ])}
                </dd>,
              ]
            : null}
          {administration
            ? [
                <dt>{t('administration')}</dt>,
                <dd>
                  <a href={administrationPath(administration.slug, ctx.locale)}>{administration.name}</a>
                </dd>,
              ]
            : null}
        </dl>
        <div class="prose">{richText(item.body, ctx.locale)}</div>
        {services.length > 0 ? (
          <section class="related related--services" aria-labelledby="related-services">
            <h2 id="related-services">{t('relatedServices')}</h2>
            <ServiceList items={services} ctx={ctx} headingLevel="h3" withOnlineLink />
          </section>
        ) : null}
        {related.length > 0 ? (
          <section class="related" aria-labelledby="related-heading">
            <h2 id="related-heading">{t('relatedNews')}</h2>
            <NewsList items={related} ctx={ctx} headingLevel="h3" />
          </section>
        ) : null}
      </article>
    ),
  })
}
