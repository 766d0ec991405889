import type { Payload } from 'payload'
import { administrationView } from '@/organisation/views/AdministrationView'
import { administrationsView } from '@/organisation/views/AdministrationsView'
import { contentPageView } from '@/organisation/views/ContentPageView'
import { homeView } from '@/organisation/views/HomeView'
import { newsFeed } from '@/news/feed'
import { newsArticleView } from '@/news/views/NewsArticleView'
import { newsIndexView } from '@/news/views/NewsIndexView'
import { missionsView } from '@/organisation/views/MissionsView'
import { loadChrome } from '@/site/chrome'
import type { ViewContext, ViewResult } from '@/site/context'
import { translator } from '@/site/i18n'
import { FEEDBACK, FOLLOW, FORMAT_REQUEST, type Locale, OPEN_DATA, sectionFromSegment } from '@/site/routes'
import { findSlugRedirect } from '@/site/slugs/find-redirect'
import { withdrawalAt } from '@/changes/history'
import { goneView } from '@/changes/views/GoneView'
import { errorView } from '@/site/views/ErrorView'
import { contactSection } from '@/contact/pages'
import { feedbackSection } from '@/feedback/pages'
import { followSection } from '@/follow/pages'
import { documentView } from '@/documents/views/DocumentView'
import { formatRequestPage } from '@/documents/format-request/receive'
import { libraryView } from '@/documents/views/LibraryView'
import { lookBackView } from '@/documents/views/LookBackView'
import { searchView } from '@/search/views/SearchView'
import { openDataView } from '@/tracker/views/OpenDataView'
import { serviceView } from '@/services/views/ServiceView'
import { servicesIndexView } from '@/services/views/ServicesIndexView'
import { trackerSection } from '@/tracker/views/section'

export interface PublicRequest {
  payload: Payload
  locale: Locale
  /** Decoded path segments after the language, without empty ones. */
  segments: string[]
  path: string
  query: URLSearchParams
  origin: string
  draft: boolean
}

function dispatch(ctx: ViewContext, segments: string[]): Promise<ViewResult> | ViewResult {
  const [first, second, ...rest] = segments
  if (first === undefined) return homeView(ctx)
  const section = sectionFromSegment(ctx.locale, first)
  if (section === 'missions' && second === undefined) return missionsView(ctx)
  if (section === 'news') {
    if (second === undefined) return newsIndexView(ctx)
    if (second === 'feed.xml' && rest.length === 0) return newsFeed(ctx)
    if (second === 'feed' && rest.length === 1 && rest[0]?.endsWith('.xml')) return newsFeed(ctx, rest[0].slice(0, -'.xml'.length))
    if (rest.length === 0) return newsArticleView(ctx, second)
    return errorView(ctx, 404)
  }
  if (section === 'services') {
    if (second === undefined) return servicesIndexView(ctx)
    if (rest.length === 0) return serviceView(ctx, second)
    return errorView(ctx, 404)
  }
  if (section === 'documents') {
    if (second === undefined) return libraryView(ctx)
    if (rest.length === 0) return documentView(ctx, second)
    if (rest.length === 1 && rest[0] === FORMAT_REQUEST[ctx.locale]) return formatRequestPage(ctx, second)
    return errorView(ctx, 404)
  }
  if (section === 'lookBack' && second === undefined) return lookBackView(ctx)
  if (section === 'search' && second === undefined) return searchView(ctx)
  if (section === 'tracker') return trackerSection(ctx, second === undefined ? [] : [second, ...rest])
  if (section === 'contact') return contactSection(ctx, second === undefined ? [] : [second, ...rest])
  if (section === 'administrations') {
    if (second === undefined) return administrationsView(ctx)
    if (rest.length === 0) return administrationView(ctx, second)
    return errorView(ctx, 404)
  }
  if (first === OPEN_DATA[ctx.locale] && second === undefined) return openDataView(ctx)
  if (first === FEEDBACK[ctx.locale]) return feedbackSection(ctx, second === undefined ? [] : [second, ...rest])
  if (first === FOLLOW[ctx.locale]) return followSection(ctx, second === undefined ? [] : [second, ...rest])
  if (second === undefined) return contentPageView(ctx, first)
  return errorView(ctx, 404)
}

/** Renders a view with everything a public page needs around it (language, chrome, tags). */
export async function renderWith(
  request: Omit<PublicRequest, 'segments'>,
  view: (ctx: ViewContext) => Promise<ViewResult> | ViewResult,
): Promise<ViewResult> {
  const t = translator(request.locale)
  const tags = new Set<string>()
  const chrome = await loadChrome(request.payload, request.locale, t, tags)
  const ctx: ViewContext = {
    payload: request.payload,
    locale: request.locale,
    t,
    path: request.path,
    query: request.query,
    origin: request.origin,
    draft: request.draft,
    chrome,
    tags,
  }
  const result = await view(ctx)
  return { ...result, tags: [...tags], ...(ctx.freshUntil ? { freshUntil: ctx.freshUntil } : {}) }
}

/**
 * Renders the public page for a request under a language prefix. An address nothing answers may be
 * a published document's old one (its slug changed): that is a 301 to where it lives now; or the
 * address of something unpublished: that is a 410 saying why (src/changes).
 */
export async function renderPublic(request: PublicRequest): Promise<ViewResult> {
  const result = await renderWith(request, (ctx) => dispatch(ctx, request.segments))
  if (result.status !== 404 || request.draft) return result
  const location = await findSlugRedirect(request.payload, request.locale, request.path)
  if (location) return { status: 301, html: '', location, tags: result.tags }
  const withdrawal = await withdrawalAt(request.payload, request.path)
  return withdrawal ? renderWith(request, (ctx) => goneView(ctx, withdrawal)) : result
}

/** An error page for when the request never reached a view (bad URL, failure while rendering). */
export async function renderError(
  payload: Payload,
  origin: string,
  locale: Locale,
  path: string,
  status: 400 | 403 | 404 | 414 | 500,
): Promise<ViewResult> {
  const t = translator(locale)
  const chrome = await loadChrome(payload, locale, t)
  return errorView({ payload, locale, t, path, query: new URLSearchParams(), origin, draft: false, chrome, tags: new Set() }, status)
}
