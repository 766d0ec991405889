/** `/robots.txt`: what crawlers may visit, and where the sitemap is. */
import { renderRobots } from '@/site/sitemap'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export const robots =
  (origin: string, pages: PageResponses): Mount =>
  async ({ req, res, pathname, query }) => {
    if (pathname !== '/robots.txt') return false
    await pages.deliver(req, res, pathname, query, false, async () => ({
      status: 200,
      html: renderRobots(origin),
      contentType: 'text/plain; charset=utf-8',
    }))
    return true
  }
