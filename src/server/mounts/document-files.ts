/**
 * `/{lang}/documents/{slug}/{fileLang}.pdf`: a published document's PDF, with byte ranges; a 301
 * when the slug is the document's in another language or one it had before; the 404 page when
 * there is none.
 */
import type { Payload } from 'payload'
import { movedDocumentFile } from '@/documents/http/moved-file'
import { matchDocumentFile, serveDocumentFile } from '@/documents/http/serve-file'
import { setCommonHeaders } from '@/http/security-headers'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export const documentFiles =
  (payload: Payload, pages: PageResponses): Mount =>
  async ({ req, res, pathname, segments, query, locale }) => {
    const file = locale ? matchDocumentFile(locale, segments.slice(1)) : undefined
    if (!file || !locale) return false
    setCommonHeaders(res)
    const served = await serveDocumentFile(payload, req, res, locale, file.slug, file.language, query.get('download') === '1')
    if (served === true) return true
    const moved = served ? served.movedTo : await movedDocumentFile(payload, locale, file)
    if (moved) {
      res.statusCode = 301
      res.setHeader('Location', moved + (query.size > 0 ? `?${query}` : ''))
      res.setHeader('Cache-Control', 'public, max-age=300')
      res.end()
      return true
    }
    await pages.sendError(req, res, locale, 404, pathname)
    return true
  }
