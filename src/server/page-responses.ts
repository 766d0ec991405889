/**
 * How public pages are answered: rendered (in a render slot, timed), kept in the page cache when
 * they may be shared, and sent; views sent as they are (forms, redirects); error pages, with a
 * last resort that needs no database.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { setPublicPageHeaders } from '@/http/security-headers'
import { send } from '@/http/send'
import type { ViewResult } from '@/site/context'
import { translator } from '@/site/i18n'
import { renderError } from '@/site/router'
import { homePath, type Locale } from '@/site/routes'
import { mayUseCache, sendCached } from './cached-response'
import type { PageCache } from './page-cache'
import { withReadTags } from './read-cache'
import type { RenderSlots } from './render-slots'
import { type RenderTiming, timeRender } from './render-timing'

export const HTML = 'text/html; charset=utf-8'

export type ErrorStatus = 400 | 403 | 404 | 414 | 500

export interface PageResponses {
  /** Renders a response, stores it for the next visitor when it may be shared, and sends it. */
  deliver(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    query: URLSearchParams,
    draft: boolean,
    render: () => Promise<ViewResult>,
  ): Promise<void>
  /** Sends a rendered view as it is: never cached. */
  sendView(req: IncomingMessage, res: ServerResponse, view: ViewResult, draft?: boolean): void
  sendError(req: IncomingMessage, res: ServerResponse, locale: Locale, status: ErrorStatus, path: string): Promise<void>
}

export interface PageResponseOptions {
  /** Where public renders read published content: the read cache when there is one. */
  reader: Payload
  cache: PageCache | undefined
  renderSlots: RenderSlots | undefined
  origin: string
  log: (message: string, error?: unknown) => void
  /** Whether this request may see where a render's time went (`Server-Timing`): query counts and times are for operators, not visitors. */
  showTiming: (req: IncomingMessage) => boolean | Promise<boolean>
  /** Told where each render's time went (the metrics' queries per render). */
  rendered?: (timing: RenderTiming) => void
}

/** A last-resort page that needs no database, for when even the error page cannot be rendered. */
function bareErrorPage(locale: Locale): string {
  const t = translator(locale)
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('serverErrorTitle')}</title></head><body><main><h1>${t('serverErrorTitle')}</h1><p>${t('serverErrorBody')}</p><p><a href="${homePath(locale)}">${t('goHome')}</a></p></main></body></html>`
}

export function pageResponses({ reader, cache, renderSlots, origin, log, showTiming, rendered }: PageResponseOptions): PageResponses {
  const sendError: PageResponses['sendError'] = async (req, res, locale, status, path) => {
    setPublicPageHeaders(res)
    res.setHeader('Cache-Control', 'no-store')
    try {
      const view = await renderError(reader, origin, locale, path, status)
      send(req, res, status, HTML, view.html)
    } catch (error) {
      log('could not render the error page', error)
      send(req, res, status, HTML, bareErrorPage(locale))
    }
  }

  const sendView: PageResponses['sendView'] = (req, res, view, draft = false) => {
    setPublicPageHeaders(res)
    res.setHeader('Cache-Control', draft || view.private ? 'private, no-store' : 'public, max-age=0, must-revalidate')
    for (const [name, value] of Object.entries(view.headers ?? {})) res.setHeader(name, value)
    if (view.location) {
      res.statusCode = view.status
      res.setHeader('Location', view.location)
      return void res.end()
    }
    send(req, res, view.status, view.contentType ?? HTML, view.html)
  }

  const deliver: PageResponses['deliver'] = async (req, res, pathname, query, draft, render) => {
    const cacheable = cache !== undefined && !draft && mayUseCache(req, query)
    if (cacheable) {
      const hit = cache.get(pathname)
      if (hit) return sendCached(req, res, hit, true)
    }
    const generation = cache?.generation
    // Timed inside its slot, so the figure is the render's own cost, not its wait.
    // A page also shows whatever its reads through the read cache depend on (read-dependencies.ts).
    const tagged = async (): Promise<ViewResult> => {
      const { result, tags } = await withReadTags(render)
      return tags.size === 0 ? result : { ...result, tags: [...new Set([...(result.tags ?? []), ...tags])] }
    }
    const { result: view, timing } = renderSlots ? await renderSlots.run(() => timeRender(tagged)) : await timeRender(tagged)
    rendered?.(timing)
    // Where this render's time went (a cache hit has none): for operators' tools and the benchmark.
    if (await showTiming(req)) res.setHeader('Server-Timing', timing.header)
    if (cacheable && view.status === 200 && !view.location && !view.private) {
      // A change that landed while this page rendered makes it stale: serve it once, keep nothing.
      const entry = cache.set(
        pathname,
        { status: 200, contentType: view.contentType ?? HTML, body: view.html, tags: view.tags ?? [], freshUntil: view.freshUntil },
        generation,
      )
      return sendCached(req, res, entry, false)
    }
    sendView(req, res, view, draft)
  }

  return { deliver, sendView, sendError }
}
