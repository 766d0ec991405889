/** The POST of "Request this document in another format" (`/{lang}/documents/<slug>/<other-format>`): into the contact inbox. */
import type { Payload } from 'payload'
import { formatRequestReceiver } from '@/documents/format-request/receive'
import { readEnvironment } from '@/environment'
import { FORMAT_REQUEST, sectionFromSegment } from '@/site/routes'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export function formatRequest(payload: Payload, origin: string, pages: PageResponses): Mount {
  const environment = readEnvironment()
  // The contact form's limit per address, counted apart from it.
  const receive = formatRequestReceiver({ postsPerWindow: environment.contact.postsPerWindow, trustProxy: environment.trustProxy })
  return async ({ req, res, canonicalPath, segments, locale }) => {
    if (req.method !== 'POST' || !locale || segments.length !== 4) return false
    const [, section, slug, last] = segments
    if (sectionFromSegment(locale, section!) !== 'documents' || last !== FORMAT_REQUEST[locale]) return false
    pages.sendView(req, res, await receive({ payload, req, locale, slug: slug!, path: canonicalPath, origin }))
    return true
  }
}
