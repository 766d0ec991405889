/**
 * Every other address: a public page in the language its path starts with (or the 404 page), in
 * its one canonical form, as a draft for staff who ask for a preview.
 */
import type { Payload } from 'payload'
import { isStaffUser } from '@/access/roles'
import { fetchHeaders } from '@/http/fetch-headers'
import { negotiateLocale } from '@/site/i18n'
import { renderPublic } from '@/site/router'
import { homePath } from '@/site/routes'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export const publicPages =
  (payload: Payload, reader: Payload, origin: string, pages: PageResponses): Mount =>
  async ({ req, res, pathname, segments, query, locale }) => {
    if (!locale) {
      await pages.sendError(req, res, negotiateLocale(req.headers['accept-language']), 404, pathname)
      return true
    }
    // One canonical form per page: `/nl/` for a home, no trailing slash elsewhere.
    const canonical = segments.length === 1 ? homePath(locale) : pathname.replace(/\/+$/, '')
    if (canonical !== pathname) {
      res.statusCode = 301
      res.setHeader('Location', canonical + (query.size > 0 ? `?${query}` : ''))
      res.end()
      return true
    }
    let draft = false
    if (query.get('preview') === '1') {
      const { user } = await payload.auth({ headers: fetchHeaders(req) })
      if (!isStaffUser(user)) {
        await pages.sendError(req, res, locale, 403, pathname)
        return true
      }
      draft = true
    }
    // Drafts read Payload itself; published pages read through the read cache.
    await pages.deliver(req, res, pathname, query, draft, () =>
      renderPublic({ payload: draft ? payload : reader, locale, segments: segments.slice(1), path: pathname, query, origin, draft }),
    )
    return true
  }
