/** The POSTs of "Follow by email": subscribe, "send me my link", confirm, one-click unsubscribe, the manage page's changes. */
import type { Payload } from 'payload'
import { readEnvironment } from '@/environment'
import { followReceiver } from '@/follow/http/receive'
import { FOLLOW, followPartFromSegment } from '@/site/routes'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export function follow(payload: Payload, origin: string, pages: PageResponses): Mount {
  const environment = readEnvironment()
  // The contact form's limit per address, counted apart from it.
  const receiver = followReceiver({ postsPerWindow: environment.contact.postsPerWindow, trustProxy: environment.trustProxy })
  return async ({ req, res, canonicalPath, segments, query, locale }) => {
    if (req.method !== 'POST' || !locale || segments[1] !== FOLLOW[locale] || segments.length > 3) return false
    const part = segments[2] === undefined ? undefined : followPartFromSegment(locale, segments[2])
    const handler = segments[2] === undefined ? receiver.subscribe : part ? receiver.byPart[part] : undefined
    if (!handler) return false
    pages.sendView(req, res, await handler({ payload, req, locale, path: canonicalPath, query, origin }))
    return true
  }
}
