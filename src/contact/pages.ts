import type { Payload } from 'payload'
import type { ViewContext, ViewResult } from '@/site/context'
import type { Locale } from '@/site/routes'
import { CONTACT_SENT, sectionFromSegment } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { relationId } from '@/relation-id'
import { answerDaysFrom } from './answer-time'
import { REFERENCE_PATTERN } from './reference'
import { challengeOptions, verifyReference, waitSeconds } from './settings'
import { createChallenge } from './spam/challenge'
import { contactView, type ContactTopicOption } from './views/ContactView'
import { contactSentView } from './views/ContactSentView'
import { emptyForm } from './views/form-state'

export async function loadTopics(payload: Payload, locale: Locale): Promise<ContactTopicOption[]> {
  const topics = await payload.find({
    collection: 'contact-topics',
    locale,
    depth: 0,
    pagination: false,
    sort: 'order',
    overrideAccess: false,
  })
  return topics.docs.map((topic) => ({ id: String(topic.id), label: topic.label, administration: relationId(topic.administration)! }))
}

/** `/{lang}/contact` itself, where the form is shown and posted (segments after the language). */
export function isContactForm(locale: Locale, segments: string[]): boolean {
  return segments.length === 1 && sectionFromSegment(locale, segments[0]!) === 'contact'
}

/** GET under /{lang}/contact: the empty form (with a fresh spam challenge, so never shared) or the confirmation. */
export async function contactSection(ctx: ViewContext, rest: string[]): Promise<ViewResult> {
  if (rest.length === 0) {
    if (ctx.query.size > 0) return errorView(ctx, 400)
    const topics = await loadTopics(ctx.payload, ctx.locale)
    const view = await contactView(ctx, emptyForm(ctx.locale, createChallenge(challengeOptions()), waitSeconds()), topics)
    return { ...view, private: true }
  }
  if (rest.length === 1 && rest[0] === CONTACT_SENT[ctx.locale]) {
    const reference = ctx.query.get('ref') ?? ''
    const signature = ctx.query.get('sig') ?? ''
    if (!REFERENCE_PATTERN.test(reference) || !verifyReference(reference, signature)) return errorView(ctx, 404)
    const query = new URLSearchParams({ ref: reference, sig: signature }).toString()
    return { ...contactSentView(ctx, reference, query, await answerDaysFrom(ctx.payload)), private: true }
  }
  return errorView(ctx, 404)
}
