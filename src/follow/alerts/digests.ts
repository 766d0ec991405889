/**
 * The daily and weekly digests: for each subscriber with changes waiting at that frequency, one
 * email gathering them all (each once), queued in the transaction that deletes what it gathered. The
 * email's key names the newest change it holds, so two instances running the digest at once queue
 * it once (the second transaction fails on the outbox's unique key and writes nothing). A subscriber
 * with nothing waiting gets nothing: no empty digests.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { queueEmail } from '@/contact/mail/outbox'
import { relationId } from '@/relation-id'
import { isLocale } from '@/site/routes'
import { links } from '../mail'
import { type AlertItem, digestEmail, isAlertKind } from './compose'

export type DigestFrequency = 'daily' | 'weekly'

/** Queues every digest due at `frequency`; answers how many emails were queued. */
export async function queueDigests(payload: Payload, frequency: DigestFrequency, origin: string): Promise<number> {
  const waiting = await payload.find({
    collection: 'follow-pending-digests',
    where: { frequency: { equals: frequency } },
    select: { subscriber: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const subscribers = [...new Set(waiting.docs.map((doc) => relationId(doc.subscriber)).filter((id): id is number => id !== null))]
  let queued = 0
  for (const subscriber of subscribers) {
    try {
      if (await queueDigest(payload, frequency, subscriber, origin)) queued++
    } catch (error) {
      // Another instance queued it first, or the database failed: the rows wait for the next run.
      payload.logger.warn({ msg: 'digest not queued', frequency, subscriber, err: error })
    }
  }
  return queued
}

async function queueDigest(payload: Payload, frequency: DigestFrequency, subscriber: number, origin: string): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  const owned = await initTransaction(req)
  try {
    const rows = await payload.find({
      req,
      collection: 'follow-pending-digests',
      where: { and: [{ subscriber: { equals: subscriber } }, { frequency: { equals: frequency } }] },
      sort: 'at',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const who = await payload.findByID({
      req,
      collection: 'follow-subscribers',
      id: subscriber,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (rows.docs.length === 0 || !who) {
      if (owned) await commitTransaction(req)
      return false
    }
    const locale = isLocale(who.language) ? who.language : 'nl'
    const items: AlertItem[] = rows.docs
      .filter((row) => isAlertKind(row.kind))
      .map((row) => ({
        kind: row.kind as AlertItem['kind'],
        title: row.title,
        note: row.note ?? undefined,
        url: row.url ?? undefined,
        at: row.at,
      }))
    const organisation = (await payload.findGlobal({ req, slug: 'site-settings', locale, fallbackLocale: 'nl', depth: 0 })).organisationName
    const leaveUrl = links.leave(origin, locale, subscriber, who.email)
    const composed = digestEmail(locale, {
      organisation,
      frequency,
      items,
      leaveUrl,
      manageUrl: links.manage(origin, locale, subscriber, who.email),
    })
    const key = `digest/${frequency}/${subscriber}/${Math.max(...rows.docs.map((row) => row.change))}`
    // Queued already by a run that stopped before deleting what it gathered (SQLite has no transaction to undo it).
    const queued = await queueEmail(
      payload,
      { key, kind: 'follow-digest', to: who.email, ...composed, listUnsubscribe: leaveUrl },
      { req, once: true },
    )
    await payload.delete({
      req,
      collection: 'follow-pending-digests',
      where: { id: { in: rows.docs.map((row) => row.id) } },
      overrideAccess: true,
    })
    if (owned) await commitTransaction(req)
    return queued
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
