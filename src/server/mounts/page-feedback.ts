/** The POSTs of "Is this page useful?": an answer from under any page, and the comment after a "no". */
import type { Payload } from 'payload'
import { readEnvironment } from '@/environment'
import { feedbackReceiver } from '@/feedback/http/receive'
import { FEEDBACK, FEEDBACK_PARTS } from '@/site/routes'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export function pageFeedback(payload: Payload, origin: string, pages: PageResponses): Mount {
  const environment = readEnvironment()
  // The contact form's limit per address, counted apart from it.
  const receiver = feedbackReceiver({ postsPerWindow: environment.contact.postsPerWindow, trustProxy: environment.trustProxy })
  return async ({ req, res, canonicalPath, segments, locale }) => {
    if (req.method !== 'POST' || !locale || segments[1] !== FEEDBACK[locale]) return false
    const rest = segments.slice(2)
    const handler =
      rest.length === 0 ? receiver.answer : rest.length === 1 && rest[0] === FEEDBACK_PARTS.comment[locale] ? receiver.comment : undefined
    if (!handler) return false
    pages.sendView(req, res, await handler({ payload, req, locale, path: canonicalPath, origin }))
    return true
  }
}
