/**
 * `/{lang}/voorbeeldlink/{token}` (`lien-apercu`, `preview-link`): a shareable preview link opens
 * its document's draft for someone without an account, never cached, never indexed, never sent on
 * as a referrer; a link that cannot open gets a page saying why, with its status.
 */
import type { Payload } from 'payload'
import { clientAddress } from '@/http/client-address'
import { readEnvironment } from '@/environment'
import { openPreviewLink } from '@/site/preview-links/open'
import { previewLinkProblemView } from '@/site/preview-links/ProblemView'
import { PREVIEW_LINK_SEGMENT } from '@/site/preview-links/routes'
import { renderPublic, renderWith } from '@/site/router'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

const PRIVATE_HEADERS = { 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' }

export const previewLinks =
  (payload: Payload, origin: string, pages: PageResponses): Mount =>
  async ({ req, res, canonicalPath: path, segments, locale }) => {
    if (!locale || segments[1] !== PREVIEW_LINK_SEGMENT[locale] || segments.length > 3) return false
    const opened = await openPreviewLink(payload, segments[2] ?? '', clientAddress(req, readEnvironment().trustProxy))
    const query = new URLSearchParams()
    const view = opened.ok
      ? await renderPublic({
          payload,
          locale: opened.locale,
          segments: opened.path.split('/').filter(Boolean).slice(1),
          path: opened.path,
          query,
          origin,
          draft: true,
        })
      : await renderWith({ payload, locale, path, query, origin, draft: false }, (ctx) =>
          previewLinkProblemView(ctx, opened.problem, opened),
        )
    pages.sendView(req, res, { ...view, private: true, headers: { ...view.headers, ...PRIVATE_HEADERS } }, true)
    return true
  }
