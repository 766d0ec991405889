/**
 * Every other address: a public page in the language its path starts with (or the 404 page), as a
 * draft for staff who ask for a preview. Its path is canonical by now (`canonicalPaths`).
 */
import type { Payload } from 'payload'
import { isStaffUser } from '@/access/roles'
import { fetchHeaders } from '@/http/fetch-headers'
import { negotiateLocale } from '@/site/i18n'
import { renderPublic } from '@/site/router'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export const publicPages =
  (payload: Payload, reader: Payload, origin: string, pages: PageResponses): Mount =>
  async ({ req, res, canonicalPath: path, segments, query, locale }) => {
    if (!locale) {
      await pages.sendError(req, res, negotiateLocale(req.headers['accept-language']), 404, path)
      return true
    }
    let draft = false
    if (query.get('preview') === '1') {
      const { user } = await payload.auth({ headers: fetchHeaders(req) })
      if (!isStaffUser(user)) {
        await pages.sendError(req, res, locale, 403, path)
        return true
      }
      draft = true
    }
    // Drafts read Payload itself; published pages read through the read cache.
    await pages.deliver(req, res, path, query, draft, () =>
      renderPublic({ payload: draft ? payload : reader, locale, segments: segments.slice(1), path, query, origin, draft }),
    )
    return true
  }
