import type { Payload } from 'payload'
import type { Translate } from '@/site/i18n'
import type { SiteChrome } from '@/site/layout/types'
import type { Locale } from '@/site/routes'

/** What a public view knows about the request it answers. */
export interface ViewContext {
  payload: Payload
  locale: Locale
  t: Translate
  /** The request path, already decoded and validated. */
  path: string
  /** The query string (views that take parameters validate their own). */
  query: URLSearchParams
  /** The public base URL, for canonical links, feeds and structured data. */
  origin: string
  /** True when signed-in staff asked to see drafts. */
  draft: boolean
  chrome: SiteChrome
  /** What the page shows, for exact purging of the page cache (see cache-tags.ts). */
  tags: Set<string>
  /** Until when the page holds, set by a view that shows a state the calendar changes (fresh-until.ts). */
  freshUntil?: Date
}

/** What a view answers: a full HTML page and its status. */
export interface ViewResult {
  status: number
  html: string
  /** A redirect target instead of a page. */
  location?: string
  /** What the page shows (filled in by the router from the view's context). */
  tags?: string[]
  /** text/html unless a view says otherwise (feeds, sitemap). */
  contentType?: string
  /** Made for this visitor only (a form with its own spam challenge): never cached or shared. */
  private?: boolean
  /** Extra response headers (Retry-After on a 429). */
  headers?: Record<string, string>
  /** The instant the page stops holding (filled in by the router from the view's context): the page cache drops it then. */
  freshUntil?: Date
}
