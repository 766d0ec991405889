import type { ViewContext, ViewResult } from '@/site/context'
import type { Html } from '@/site/html/jsx-runtime'
import { renderPage } from '@/site/layout/Layout'
import type { Link } from '@/site/layout/types'
import { feedPath, homePath, type Locale } from '@/site/routes'

/** schema.org BreadcrumbList for the trail shown on the page, ending with the page itself. */
function breadcrumbList(ctx: ViewContext, trail: Link[], title: string): object {
  const items = [...trail, { label: title, href: ctx.path }]
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: ctx.origin + item.href,
    })),
  }
}

interface PageParts {
  /** The page's name: its heading, last breadcrumb and shared title. */
  title: string
  /** The browser's `<title>` when it says more than the name (an error, a filter, a page number). */
  documentTitle?: string
  description?: string
  alternates: Partial<Record<Locale, string>>
  translated?: Locale[]
  /** Crumbs above this page; home is added in front. */
  trail?: Link[]
  fallbackFrom?: Locale
  main: Html
  status?: number
  ogType?: 'website' | 'article'
  /** schema.org objects besides the breadcrumb trail, which is added for every page. */
  structuredData?: object[]
  /** Feeds besides the language's news feed, which every page offers. */
  feeds?: Link[]
  /** False on pages that must not ask "Is this page useful?" (the feedback pages themselves). */
  askFeedback?: boolean
  /** What "Follow by email" under the page follows (a subject key, src/follow/rules.ts); no link without it. */
  follow?: string
}

/**
 * What the page's "Follow by email" link follows, if anything: nothing in a preview, nor on a page
 * shown in another language's text (an item not published in this language cannot be followed in it).
 */
export function followedHere(
  parts: Pick<PageParts, 'follow' | 'fallbackFrom' | 'translated'>,
  locale: Locale,
  draft: boolean,
): string | undefined {
  if (draft || parts.fallbackFrom || (parts.translated && !parts.translated.includes(locale))) return undefined
  return parts.follow
}

/** Wraps a view's main content in the site layout. */
export function page(ctx: ViewContext, parts: PageParts): ViewResult {
  const isHome = ctx.path === homePath(ctx.locale)
  const breadcrumbs = isHome ? [] : [{ label: ctx.t('home'), href: homePath(ctx.locale) }, ...(parts.trail ?? [])]
  const html = renderPage({
    locale: ctx.locale,
    t: ctx.t,
    chrome: ctx.chrome,
    title: parts.title,
    documentTitle: parts.documentTitle,
    description: parts.description,
    alternates: parts.alternates,
    translated: parts.translated,
    breadcrumbs,
    fallbackFrom: parts.fallbackFrom,
    preview: ctx.draft,
    askFeedback: !ctx.draft && parts.askFeedback !== false,
    follow: followedHere(parts, ctx.locale, ctx.draft),
    path: ctx.path,
    main: parts.main,
    canonical: ctx.origin + ctx.path,
    ogType: parts.ogType,
    structuredData: [...(parts.structuredData ?? []), ...(breadcrumbs.length > 0 ? [breadcrumbList(ctx, breadcrumbs, parts.title)] : [])],
    feeds: [{ label: ctx.t('newsFeed'), href: feedPath(ctx.locale) }, ...(parts.feeds ?? [])],
  })
  return { status: parts.status ?? 200, html }
}
