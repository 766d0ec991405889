/** `/sitemap.xml`: every public page with its translations, cached like a page and purged by the content it lists. */
import type { Payload } from 'payload'
import { renderSitemap } from '@/site/sitemap'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export const sitemap =
  (reader: Payload, origin: string, pages: PageResponses): Mount =>
  async ({ req, res, pathname, query }) => {
    if (pathname !== '/sitemap.xml') return false
    await pages.deliver(req, res, pathname, query, false, async () => {
      const tags = new Set<string>()
      const xml = await renderSitemap(reader, origin, tags)
      return { status: 200, html: xml, tags: [...tags], contentType: 'application/xml; charset=utf-8' }
    })
    return true
  }
