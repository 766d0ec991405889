/**
 * Subscribing, confirming, changing and ending subscriptions. Nothing here tells a caller whether an
 * address was known: the form's answer is the same either way, and what differs (a confirmation, a
 * "you already follow this" with the manage link) goes by email to the address itself. A second
 * subscribe to the same subject finds the first row (one row per subscriber and subject, a unique
 * index); an address whose last subscription goes is deleted with it.
 */
import type { Payload, PayloadRequest } from 'payload'
import { payloadRuntime } from '@/payload-runtime'
import type { FollowSubscriber } from '@/payload-types'
import { relationId } from '@/relation-id'
import { isLocale, type Locale } from '@/site/routes'
import { confirmationEmail, links, manageLinkEmail, queueFollowEmail } from './mail'
import { type Frequency, normalizeEmail, type Subject, subjectKey } from './rules'
import { describeKey, describeSubject } from './subjects'
import { sentTo, verifyToken } from './tokens'

export interface SubscribeRequest {
  email: string
  locale: Locale
  subject: Subject
  frequency: Frequency
  origin: string
}

interface SubscriberRow {
  id: number
  email: string
  language: Locale
  createdAt: string
}

interface SubscriptionRow {
  id: number
  subscriber: number
  subject: string
  frequency: Frequency
  confirmedAt: string | null
  createdAt: string
}

/**
 * A request for reads of subscribers and subscriptions: public pages read through the read cache
 * (server/read-cache.ts), which keeps answers until content changes; a read that carries a request
 * goes straight to the database, as these must (an unsubscribe is seen by the next page at once).
 */
const fresh = async (payload: Payload): Promise<{ req: PayloadRequest }> => ({
  req: await (await payloadRuntime()).createLocalReq({}, payload),
})

const organisationName = async (payload: Payload, locale: Locale): Promise<string> =>
  (await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'nl', depth: 0 })).organisationName

async function findSubscriber(payload: Payload, email: string): Promise<SubscriberRow | undefined> {
  const { docs } = await payload.find({
    collection: 'follow-subscribers',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const row = docs[0]
  return row
    ? { id: row.id, email: row.email, language: isLocale(row.language) ? row.language : 'nl', createdAt: row.createdAt }
    : undefined
}

async function findSubscription(payload: Payload, subscriber: number, subject: string): Promise<SubscriptionRow | undefined> {
  const { docs } = await payload.find({
    collection: 'follow-subscriptions',
    where: { and: [{ subscriber: { equals: subscriber } }, { subject: { equals: subject } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? toSubscription(docs[0]) : undefined
}

function toSubscription(row: {
  id: number
  subscriber: number | { id: number }
  subject: string
  frequency: Frequency
  confirmedAt?: string | null
  createdAt: string
}): SubscriptionRow {
  return {
    id: row.id,
    subscriber: relationId(row.subscriber)!,
    subject: row.subject,
    frequency: row.frequency,
    confirmedAt: row.confirmedAt ?? null,
    createdAt: row.createdAt,
  }
}

/**
 * Runs `create`, and when a concurrent request created the same row first (the unique index refused
 * ours), finds that one instead: two quick submits make one row, not an error.
 */
async function findOrCreate<T>(find: () => Promise<T | undefined>, create: () => Promise<T>): Promise<T> {
  const found = await find()
  if (found) return found
  try {
    return await create()
  } catch (error) {
    const again = await find()
    if (again) return again
    throw error
  }
}

/**
 * A subscription asked for on the form: stored unconfirmed (or found, with the frequency now asked
 * for while it is unconfirmed), and the confirmation emailed; a subject the address already follows
 * gets the manage link instead. The caller answers the same page whatever happened here.
 */
export async function requestSubscription(payload: Payload, request: SubscribeRequest): Promise<void> {
  const email = normalizeEmail(request.email)
  const key = subjectKey(request.subject)
  const subscriber = await findOrCreate(
    () => findSubscriber(payload, email),
    async () => {
      const row = await payload.create({
        collection: 'follow-subscribers',
        overrideAccess: true,
        data: { email, language: request.locale },
      })
      return { id: row.id, email, language: request.locale, createdAt: row.createdAt }
    },
  )
  const subscription = await findOrCreate(
    () => findSubscription(payload, subscriber.id, key),
    async () =>
      toSubscription(
        await payload.create({
          collection: 'follow-subscriptions',
          overrideAccess: true,
          data: { subscriber: subscriber.id, subject: key, frequency: request.frequency },
        }),
      ),
  )
  const organisation = await organisationName(payload, request.locale)
  const described = await describeKey(payload, key, request.locale)
  const stamp = Date.now().toString(36)
  if (subscription.confirmedAt) {
    await queueFollowEmail(payload, {
      key: `follow/${subscription.id}/already/${stamp}`,
      kind: 'follow-link',
      to: email,
      ...manageLinkEmail(request.locale, {
        organisation,
        manageUrl: links.manage(request.origin, request.locale, subscriber.id, email),
        alreadyFollowing: described.label,
      }),
    })
    return
  }
  if (subscription.frequency !== request.frequency) {
    await payload.update({
      collection: 'follow-subscriptions',
      id: subscription.id,
      overrideAccess: true,
      data: { frequency: request.frequency },
    })
  }
  const unsubscribeUrl = links.unsubscribe(request.origin, request.locale, subscription.id, email)
  await queueFollowEmail(payload, {
    key: `follow/${subscription.id}/confirm/${stamp}`,
    kind: 'follow-confirmation',
    to: email,
    listUnsubscribe: unsubscribeUrl,
    ...confirmationEmail(request.locale, {
      organisation,
      label: described.label,
      frequency: request.frequency,
      confirmUrl: links.confirm(request.origin, request.locale, subscription.id, email),
      unsubscribeUrl,
    }),
  })
}

/** "I already follow: send me my link". Sent only to an address that follows something; the answer is the same either way. */
export async function requestManageLink(payload: Payload, rawEmail: string, locale: Locale, origin: string): Promise<void> {
  const email = normalizeEmail(rawEmail)
  const subscriber = await findSubscriber(payload, email)
  if (!subscriber) return
  const { totalDocs } = await payload.count({
    collection: 'follow-subscriptions',
    where: { subscriber: { equals: subscriber.id } },
    overrideAccess: true,
  })
  if (totalDocs === 0) return
  await queueFollowEmail(payload, {
    key: `follow/subscriber/${subscriber.id}/link/${Date.now().toString(36)}`,
    kind: 'follow-link',
    to: email,
    ...manageLinkEmail(locale, {
      organisation: await organisationName(payload, locale),
      manageUrl: links.manage(origin, locale, subscriber.id, email),
    }),
  })
}

export type LinkProblem = 'forged' | 'expired' | 'gone'
export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: LinkProblem }

/** The subscription a confirm or unsubscribe token is for, with its subscriber's address, if both still exist. */
async function subscriptionOf(
  payload: Payload,
  purpose: 'confirm' | 'unsubscribe',
  token: string,
): Promise<Resolved<{ subscription: SubscriptionRow; subscriber: SubscriberRow }>> {
  const verdict = verifyToken(purpose, token)
  if (!verdict.ok) return verdict
  const row = await payload.findByID({
    ...(await fresh(payload)),
    collection: 'follow-subscriptions',
    id: verdict.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!row) return { ok: false, problem: 'gone' }
  const subscription = toSubscription(row)
  const subscriber = await payload.findByID({
    ...(await fresh(payload)),
    collection: 'follow-subscribers',
    id: subscription.subscriber,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!subscriber || !sentTo(verdict.emailTag, subscriber.email)) return { ok: false, problem: 'gone' }
  return {
    ok: true,
    value: {
      subscription,
      subscriber: {
        id: subscriber.id,
        email: subscriber.email,
        language: isLocale(subscriber.language) ? subscriber.language : 'nl',
        createdAt: subscriber.createdAt,
      },
    },
  }
}

/** Whether a confirm token still leads to a subscription (the page with the confirm button asks before showing it). */
export async function checkConfirmToken(
  payload: Payload,
  token: string,
  locale: Locale,
): Promise<Resolved<{ label: string; confirmed: boolean }>> {
  const found = await subscriptionOf(payload, 'confirm', token)
  if (!found.ok) return found
  const { subscription } = found.value
  return {
    ok: true,
    value: { label: (await describeKey(payload, subscription.subject, locale)).label, confirmed: subscription.confirmedAt !== null },
  }
}

/**
 * Confirms a subscription (again is fine: nothing changes); the subscriber is written to in the
 * language the link was opened in from now on. Answers the subscriber's manage link.
 */
export async function confirmSubscription(
  payload: Payload,
  token: string,
  locale: Locale,
  origin: string,
): Promise<Resolved<{ label: string; manageUrl: string; unsubscribeUrl: string }>> {
  const found = await subscriptionOf(payload, 'confirm', token)
  if (!found.ok) return found
  const { subscription, subscriber } = found.value
  if (!subscription.confirmedAt) {
    await payload.update({
      collection: 'follow-subscriptions',
      id: subscription.id,
      overrideAccess: true,
      data: { confirmedAt: new Date().toISOString() },
    })
  }
  if (subscriber.language !== locale) {
    await payload.update({ collection: 'follow-subscribers', id: subscriber.id, overrideAccess: true, data: { language: locale } })
  }
  return {
    ok: true,
    value: {
      label: (await describeKey(payload, subscription.subject, locale)).label,
      manageUrl: links.manage(origin, locale, subscriber.id, subscriber.email),
      unsubscribeUrl: links.unsubscribe(origin, locale, subscription.id, subscriber.email),
    },
  }
}

/** What an unsubscribe link is about, for the page with its button. */
export async function checkUnsubscribeToken(payload: Payload, token: string, locale: Locale): Promise<Resolved<{ label: string } | null>> {
  const found = await subscriptionOf(payload, 'unsubscribe', token)
  // A link we signed whose subscription is gone was used already: nothing left to do, which is what was asked.
  if (!found.ok) return found.problem === 'gone' ? { ok: true, value: null } : found
  return { ok: true, value: { label: (await describeKey(payload, found.value.subscription.subject, locale)).label } }
}

/** Deletes the subscription an unsubscribe token is for (and the address, if it was its last). Done twice is done. */
export async function unsubscribe(payload: Payload, token: string): Promise<Resolved<null>> {
  const found = await subscriptionOf(payload, 'unsubscribe', token)
  if (!found.ok) return found.problem === 'gone' ? { ok: true, value: null } : found
  await removeSubscription(payload, found.value.subscriber.id, found.value.subscription.id)
  return { ok: true, value: null }
}

/** Deletes one of this subscriber's subscriptions, then the subscriber if nothing is left. */
export async function removeSubscription(payload: Payload, subscriber: number, subscription: number): Promise<void> {
  await payload.delete({ collection: 'follow-pending-digests', where: { subscription: { equals: subscription } }, overrideAccess: true })
  await payload.delete({
    collection: 'follow-subscriptions',
    where: { and: [{ id: { equals: subscription } }, { subscriber: { equals: subscriber } }] },
    overrideAccess: true,
  })
  await deleteIfEmpty(payload, subscriber)
}

/** Deletes every subscription of this subscriber, and the subscriber. */
export async function removeAll(payload: Payload, subscriber: number): Promise<void> {
  await payload.delete({ collection: 'follow-subscriptions', where: { subscriber: { equals: subscriber } }, overrideAccess: true })
  await deleteIfEmpty(payload, subscriber)
}

/** Deletes a subscriber left following nothing, with what waited for their digest (in `req`'s transaction when given). */
export async function deleteIfEmpty(payload: Payload, subscriber: number, req?: PayloadRequest): Promise<void> {
  const { totalDocs } = await payload.count({
    req,
    collection: 'follow-subscriptions',
    where: { subscriber: { equals: subscriber } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  // What waited for a digest goes with the address: nothing is sent to an address that follows nothing.
  await payload.delete({ req, collection: 'follow-pending-digests', where: { subscriber: { equals: subscriber } }, overrideAccess: true })
  await payload.delete({ req, collection: 'follow-subscribers', id: subscriber, overrideAccess: true }).catch(() => undefined)
}

export async function setFrequency(payload: Payload, subscriber: number, subscription: number, frequency: Frequency): Promise<void> {
  await payload.update({
    collection: 'follow-subscriptions',
    where: { and: [{ id: { equals: subscription } }, { subscriber: { equals: subscriber } }] },
    overrideAccess: true,
    data: { frequency },
  })
}

export interface ManagedSubscription {
  id: number
  subject: string
  label: string
  href?: string
  frequency: Frequency
  confirmedAt: string | null
  createdAt: string
}

export interface Managed {
  subscriber: SubscriberRow
  subscriptions: ManagedSubscription[]
}

/** The subscriber a token about an address (manage, leave) names; null when that row is gone or now another address's. */
async function subscriberOf(payload: Payload, purpose: 'manage' | 'leave', token: string): Promise<Resolved<FollowSubscriber | null>> {
  const verdict = verifyToken(purpose, token)
  if (!verdict.ok) return verdict
  const row = await payload.findByID({
    ...(await fresh(payload)),
    collection: 'follow-subscribers',
    id: verdict.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return { ok: true, value: row && sentTo(verdict.emailTag, row.email) ? row : null }
}

/** The subscriber a manage token is for, with their subscriptions described in `locale`. */
export async function managedBy(payload: Payload, token: string, locale: Locale): Promise<Resolved<Managed>> {
  const found = await subscriberOf(payload, 'manage', token)
  if (!found.ok) return found
  const row = found.value
  if (!row) return { ok: false, problem: 'gone' }
  const { docs } = await payload.find({
    ...(await fresh(payload)),
    collection: 'follow-subscriptions',
    where: { subscriber: { equals: row.id } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const subscriptions = await Promise.all(
    docs.map(async (doc) => {
      const subscription = toSubscription(doc)
      const described = await describeKey(payload, subscription.subject, locale)
      return { ...subscription, label: described.label, href: described.href }
    }),
  )
  return {
    ok: true,
    value: {
      subscriber: { id: row.id, email: row.email, language: isLocale(row.language) ? row.language : 'nl', createdAt: row.createdAt },
      subscriptions,
    },
  }
}

/** The subscriber a leave token is for; null when already gone (leaving twice is done). */
async function leaverOf(payload: Payload, token: string): Promise<Resolved<number | null>> {
  const found = await subscriberOf(payload, 'leave', token)
  return found.ok ? { ok: true, value: found.value?.id ?? null } : found
}

/** Whether a leave link (from a digest) still has something to end. */
export async function checkLeaveToken(payload: Payload, token: string): Promise<Resolved<boolean>> {
  const found = await leaverOf(payload, token)
  return found.ok ? { ok: true, value: found.value !== null } : found
}

/** Ends every subscription of the address a leave token was sent to, and deletes the address. */
export async function leave(payload: Payload, token: string): Promise<Resolved<null>> {
  const found = await leaverOf(payload, token)
  if (!found.ok) return found
  if (found.value !== null) await removeAll(payload, found.value)
  return { ok: true, value: null }
}

/** Everything kept about a subscriber, as the JSON they download from the manage page. */
export function personalData(managed: Managed): object {
  return {
    email: managed.subscriber.email,
    language: managed.subscriber.language,
    since: managed.subscriber.createdAt,
    subscriptions: managed.subscriptions.map((s) => ({
      subject: s.subject,
      description: s.label,
      frequency: s.frequency,
      requestedAt: s.createdAt,
      confirmedAt: s.confirmedAt,
    })),
  }
}

/** Whether a subject the form was sent exists and may be followed (a visitor may read it). */
export async function isFollowable(payload: Payload, subject: Subject, locale: Locale): Promise<boolean> {
  return (await describeSubject(payload, subject, locale)) !== undefined
}
