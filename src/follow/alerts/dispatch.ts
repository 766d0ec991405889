/**
 * What one committed change causes for its followers, written in one transaction: an alert in the
 * outbox for each subscriber who wants it immediately (key `alert/<change>/<subscriber>`: the
 * outbox's unique key means never twice), a row waiting for the digest of each daily or weekly one,
 * and, for a withdrawal, the end of every subscription to the withdrawn item (its followers are
 * told at once, whatever their frequency: there will be nothing else to gather). Only subscribers
 * who read the change's language hear of it: a French-only publication never reaches a Dutch reader.
 */
import type { PayloadRequest, Where } from 'payload'
import { isQueued, queueEmail } from '@/contact/mail/outbox'
import { relationId } from '@/relation-id'
import { translator } from '@/site/i18n'
import type { Locale } from '@/site/routes'
import { links } from '../mail'
import { deleteIfEmpty } from '../store'
import { subjectKey } from '../rules'
import { describeKey } from '../subjects'
import { type AlertItem, type AlertKind, alertEmail } from './compose'
import { type MatchedSubscription, recipientsOf } from './recipients'
import { type ChangedItem, touchedKeys } from './touched'

/** A committed change, as the alert job reads it (src/changes writes them). */
export interface FollowChange {
  id: number
  item: { kind: ChangedItem['kind']; id: number }
  language: Locale
  kind: AlertKind | 'minor'
  /** The change note, the withdrawal's reason, or what the new status or value is. */
  note?: string | null
  /** The public path of the item (or, for a withdrawal, of its replacement when there is one). */
  path?: string | null
  at: string
}

export interface DispatchReport {
  alerts: number
  pending: number
  ended: number
}

const KIND_LABELS = {
  page: 'followKindPage',
  news: 'followKindNews',
  document: 'followKindDocument',
  'plan-item': 'followKindPlanItem',
  indicator: 'followKindIndicator',
} as const satisfies Record<ChangedItem['kind'], string>

const COLLECTIONS = {
  page: 'pages',
  news: 'news',
  document: 'documents',
  'plan-item': 'plan-items',
  indicator: 'indicators',
} as const satisfies Record<ChangedItem['kind'], string>

type Relation = number | { id: number } | null | undefined
const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.map((v) => relationId(v as Relation)).filter((v): v is number => v !== null) : []

/** The item with what decides who follows it, and its title in the change's language (a withdrawn item's last one). */
async function loadItem(req: PayloadRequest, change: FollowChange): Promise<{ item: ChangedItem; title: string } | undefined> {
  const doc = (await req.payload.findByID({
    req,
    collection: COLLECTIONS[change.item.kind],
    id: change.item.id,
    locale: change.language,
    // A plan item or indicator without a title in this language is shown in Dutch on its page too.
    fallbackLocale: 'nl',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!doc) return undefined
  const title = String(doc.title ?? '')
  const owner = relationId(doc.administration as Relation) ?? relationId(doc.ownerAdministration as Relation)
  const { kind, id } = change.item
  if (kind === 'news') {
    return { item: { kind, id, themes: ids(doc.themes), audiences: ids(doc.audiences), administration: owner }, title }
  }
  if (kind === 'page' || kind === 'document') return { item: { kind, id, administration: owner }, title }
  if (kind === 'indicator') return { item: { kind, id }, title }
  return {
    item: { kind, id, ancestors: await ancestorsOf(req, relationId(doc.parent as Relation)) },
    title: doc.code ? `${doc.code} ${title}` : title,
  }
}

/** The plan items above a measure, nearest first (a plan has a handful of levels; a cycle is refused when saved). */
async function ancestorsOf(req: PayloadRequest, parent: number | null): Promise<number[]> {
  const found: number[] = []
  for (let id = parent; id !== null && found.length < 10 && !found.includes(id); ) {
    found.push(id)
    const row = await req.payload.findByID({ req, collection: 'plan-items', id, depth: 0, overrideAccess: true, disableErrors: true })
    id = relationId(row?.parent as Relation)
  }
  return found
}

/** Confirmed subscriptions to any of `keys` whose subscriber reads `language`, with the subscribers' addresses. */
async function matching(
  req: PayloadRequest,
  keys: string[],
  language: Locale,
): Promise<{ matches: MatchedSubscription[]; emails: Map<number, string> }> {
  const { docs } = await req.payload.find({
    req,
    collection: 'follow-subscriptions',
    where: { and: [{ subject: { in: keys } }, { confirmedAt: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const subscriberIds = [...new Set(docs.map((doc) => relationId(doc.subscriber)).filter((id): id is number => id !== null))]
  if (subscriberIds.length === 0) return { matches: [], emails: new Map() }
  const subscribers = await req.payload.find({
    req,
    collection: 'follow-subscribers',
    where: { and: [{ id: { in: subscriberIds } }, { language: { equals: language } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const emails = new Map(subscribers.docs.map((doc) => [doc.id, doc.email]))
  const matches = docs
    .map((doc) => ({ subscription: doc.id, subscriber: relationId(doc.subscriber)!, subject: doc.subject, frequency: doc.frequency }))
    .filter((match) => emails.has(match.subscriber))
  return { matches, emails }
}

/**
 * Whether a row is there already: a run that stopped halfway on SQLite (which Belfort runs without
 * transactions) is taken up again by the next, which must not write what the first one did.
 */
async function exists(req: PayloadRequest, collection: 'follow-pending-digests', where: Where): Promise<boolean> {
  return (await req.payload.count({ req, collection, where, overrideAccess: true })).totalDocs > 0
}

/**
 * Writes what `change` causes, inside `req`'s transaction (the caller commits, with the change marked
 * done). `resuming`: there is no transaction, so a run that stopped halfway may have written part of
 * it, which is looked up before each write; in a transaction nothing of it can be there yet.
 */
export async function dispatchChange(
  req: PayloadRequest,
  change: FollowChange,
  origin: string,
  resuming: boolean,
): Promise<DispatchReport> {
  const report: DispatchReport = { alerts: 0, pending: 0, ended: 0 }
  if (change.kind === 'minor') return report
  const loaded = await loadItem(req, change)
  if (!loaded) return report
  const withdrawn = change.kind === 'withdrawn'
  const keys = touchedKeys(loaded.item, withdrawn)
  const { matches, emails } = await matching(req, keys, change.language)
  if (matches.length === 0) return report
  const { payload } = req
  const locale = change.language
  const t = translator(locale)
  const organisation = (await payload.findGlobal({ req, slug: 'site-settings', locale, fallbackLocale: 'nl', depth: 0 })).organisationName
  const alertItem: AlertItem = {
    kind: change.kind,
    title: loaded.title,
    note: change.note ?? undefined,
    url: change.path ? `${origin}${change.path}` : undefined,
    at: change.at,
  }
  const ownKey = subjectKey(loaded.item)
  for (const recipient of recipientsOf(matches)) {
    const email = emails.get(recipient.subscriber)!
    if (withdrawn || recipient.frequency === 'immediately') {
      const key = `alert/${change.id}/${recipient.subscriber}`
      if (resuming && (await isQueued(payload, key, req))) continue
      const followed =
        recipient.subject === ownKey
          ? t('followSubjectLabel', { kind: t(KIND_LABELS[loaded.item.kind]), name: loaded.title })
          : (await describeKey(payload, recipient.subject, locale)).label
      const unsubscribeUrl = links.unsubscribe(origin, locale, recipient.subscription, email)
      const composed = alertEmail(locale, {
        organisation,
        item: alertItem,
        followed,
        unsubscribeUrl,
        manageUrl: links.manage(origin, locale, recipient.subscriber, email),
      })
      await queueEmail(
        payload,
        { key, kind: 'follow-alert', to: email, ...composed, listUnsubscribe: withdrawn ? undefined : unsubscribeUrl },
        { req },
      )
      report.alerts++
    } else {
      if (
        resuming &&
        (await exists(req, 'follow-pending-digests', {
          and: [{ subscriber: { equals: recipient.subscriber } }, { change: { equals: change.id } }],
        }))
      )
        continue
      await payload.create({
        req,
        collection: 'follow-pending-digests',
        overrideAccess: true,
        data: {
          subscriber: recipient.subscriber,
          subscription: recipient.subscription,
          change: change.id,
          frequency: recipient.frequency,
          kind: change.kind,
          title: loaded.title,
          note: alertItem.note,
          url: alertItem.url,
          at: change.at,
        },
      })
      report.pending++
    }
  }
  if (withdrawn) report.ended = await endSubscriptionsTo(req, ownKey)
  return report
}

/** Deletes every subscription to a withdrawn item, and the addresses left following nothing. */
async function endSubscriptionsTo(req: PayloadRequest, key: string): Promise<number> {
  const { payload } = req
  const ended = await payload.delete({ req, collection: 'follow-subscriptions', where: { subject: { equals: key } }, overrideAccess: true })
  const subscribers = [...new Set(ended.docs.map((doc) => relationId(doc.subscriber)).filter((id): id is number => id !== null))]
  for (const subscriber of subscribers) await deleteIfEmpty(payload, subscriber, req)
  return ended.docs.length
}
