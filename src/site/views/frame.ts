import type { ViewContext, ViewResult } from '@/site/context'
import type { Html } from '@/site/html/jsx-runtime'
import { renderPage } from '@/site/layout/Layout'
import type { Link } from '@/site/layout/types'
import { homePath, type Locale } from '@/site/routes'

interface PageParts {
  title: string
  description?: string
  alternates: Partial<Record<Locale, string>>
  translated?: Locale[]
  /** Crumbs above this page; home is added in front. */
  trail?: Link[]
  fallbackFrom?: Locale
  main: Html
  status?: number
}

/** Wraps a view's main content in the site layout. */
export function page(ctx: ViewContext, parts: PageParts): ViewResult {
  const isHome = ctx.path === homePath(ctx.locale)
  const html = renderPage({
    locale: ctx.locale,
    t: ctx.t,
    chrome: ctx.chrome,
    title: parts.title,
    description: parts.description,
    alternates: parts.alternates,
    translated: parts.translated,
    breadcrumbs: isHome ? [] : [{ label: ctx.t('home'), href: homePath(ctx.locale) }, ...(parts.trail ?? [])],
    fallbackFrom: parts.fallbackFrom,
    preview: ctx.draft,
    path: ctx.path,
    main: parts.main,
  })
  return { status: parts.status ?? 200, html }
}
