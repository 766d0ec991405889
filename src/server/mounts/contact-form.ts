/** The contact form's POST: checked, stored, and answered with the next page (the confirmation, or the form again). */
import type { Payload } from 'payload'
import { receiveContactForm } from '@/contact/http/receive'
import { isContactForm } from '@/contact/pages'
import type { Mount } from '../mount'
import type { PageResponses } from '../page-responses'

export const contactForm =
  (payload: Payload, origin: string, pages: PageResponses): Mount =>
  async ({ req, res, canonicalPath, segments, locale }) => {
    if (req.method !== 'POST' || !locale || !isContactForm(locale, segments.slice(1))) return false
    // However the form's address was spelled, the page it answers with links from the canonical one.
    const view = await receiveContactForm({ payload, req, locale, path: canonicalPath, origin })
    pages.sendView(req, res, view)
    return true
  }
