import type { Payload, PayloadRequest } from 'payload'
import type { EmailKind } from '@/contact/collections/EmailOutbox'
import { relationId } from '@/relation-id'
import { RateLimiter } from '@/contact/spam/rate-limit'
import { isLocale, type Locale } from '@/site/routes'
import { acknowledgement, answer, type ComposedEmail, type MessageFacts, notification } from './compose'
import { queueEmail } from './outbox'

export interface StoredMessage {
  id: number
  reference: string
  language: string
  name: string
  email: string
  message: string
  createdAt: string
  topic?: Relation | null
  administration: Relation
  history?: { kind: string }[] | null
}

type Relation = number | { id: number }

/** The id of a relation that is always set. */
const idOf = (value: Relation): number => relationId(value)!

/** The message and the names around it, in the language the visitor asked to be answered in. */
async function loadFacts(
  req: PayloadRequest,
  message: StoredMessage,
): Promise<{ facts: MessageFacts; notifyEmail: string | undefined; replyEmail: string | undefined }> {
  const { payload } = req
  const language: Locale = isLocale(message.language) ? message.language : 'nl'
  const common = { req, overrideAccess: true, locale: language, fallbackLocale: 'nl', depth: 0 } as const
  const [administration, topic, settings] = await Promise.all([
    payload.findByID({ ...common, collection: 'administrations', id: idOf(message.administration) }),
    message.topic ? payload.findByID({ ...common, collection: 'contact-topics', id: idOf(message.topic), disableErrors: true }) : null,
    payload.findGlobal({ ...common, slug: 'site-settings' }),
  ])
  return {
    facts: {
      reference: message.reference,
      language,
      name: message.name,
      message: message.message,
      createdAt: message.createdAt,
      topic: topic?.label ?? '—',
      administration: administration.name,
      organisation: settings.organisationName,
    },
    // Notifications go to the address kept for them, else the public one; visitors reply to the
    // public address, else to the one that gets the notifications.
    notifyEmail: administration.notificationEmail || administration.contact?.email || undefined,
    replyEmail: administration.contact?.email || administration.notificationEmail || undefined,
  }
}

interface OutgoingEmail extends ComposedEmail {
  key: string
  kind: EmailKind
  to: string
  replyTo?: string
  message: number
  administration: number
}

/**
 * Writes one email to the outbox unless it is already there: the key makes queuing idempotent, so
 * a repair after a crash (see queueMissingEmails) never sends the same email twice.
 */
async function enqueue(req: PayloadRequest, email: OutgoingEmail): Promise<void> {
  await queueEmail(req.payload, email, { req, once: true })
}

/**
 * Acknowledgements one address gets in a day at most: the form can be sent with anyone's address,
 * and whoever owns it should not get more than a few mails from us they never asked for.
 */
export const ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY = 3

/**
 * This instance's own tally, taken before the outbox is counted: submissions sent at once each
 * count the outbox before any of them has written to it, and would all get through.
 */
const acknowledgementBudget = new RateLimiter({ limit: ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY, windowMs: 24 * 3600 * 1000 })

/** One spelling per address, so that `Anna@Example.be` and `anna@example.be` count together. */
const recipientOf = (email: string) => email.trim().toLowerCase()

async function acknowledgementsToday(req: PayloadRequest, to: string): Promise<number> {
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'email-outbox',
    where: { and: [{ kind: { equals: 'acknowledgement' } }, { to: { equals: to } }, { createdAt: { greater_than: since } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/**
 * The acknowledgement to the visitor (unless their address already had its share today; the
 * message itself is kept and handled all the same) and the notification to the administration's inbox.
 */
export async function queueMessageEmails(req: PayloadRequest, message: StoredMessage, adminBaseUrl: string): Promise<void> {
  const { facts, notifyEmail } = await loadFacts(req, message)
  const common = { message: message.id, administration: idOf(message.administration) }
  const to = recipientOf(message.email)
  // The outbox counts what other instances (and this one before a restart) sent.
  if (acknowledgementBudget.take(to).allowed && (await acknowledgementsToday(req, to)) < ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY) {
    await enqueue(req, {
      ...common,
      ...acknowledgement(facts),
      key: `${message.reference}/acknowledgement`,
      kind: 'acknowledgement',
      to,
    })
  }
  if (notifyEmail) {
    const link = `${adminBaseUrl}/admin/collections/contact-messages/${message.id}`
    await enqueue(req, {
      ...common,
      ...notification(facts, link),
      key: `${message.reference}/notification`,
      kind: 'notification',
      to: notifyEmail,
      replyTo: undefined,
    })
  }
  await req.payload.update({
    collection: 'contact-messages',
    id: message.id,
    data: { emailsQueued: true },
    overrideAccess: true,
    req,
    context: { system: true },
  })
}

/** The answer email exactly as it will go out: what the inbox previews before the handler confirms. */
export async function composeAnswer(
  req: PayloadRequest,
  message: StoredMessage,
  text: string,
): Promise<{ email: ComposedEmail; replyEmail: string | undefined }> {
  const { facts, replyEmail } = await loadFacts(req, message)
  return { email: answer(facts, text), replyEmail }
}

/** An answer written in the inbox, to the visitor, with the administration as reply address. */
export async function queueAnswer(req: PayloadRequest, message: StoredMessage, text: string): Promise<void> {
  const { email, replyEmail } = await composeAnswer(req, message, text)
  const answers = (message.history ?? []).filter((entry) => entry.kind === 'answer').length
  await enqueue(req, {
    ...email,
    key: `${message.reference}/answer/${answers}`,
    kind: 'answer',
    to: message.email,
    replyTo: replyEmail,
    message: message.id,
    administration: idOf(message.administration),
  })
}

/**
 * A message whose emails were never queued (the process died between the two writes on SQLite,
 * which has no transaction around them) gets them now; run by the outbox job.
 */
export async function queueMissingEmails(payload: Payload, req: PayloadRequest, adminBaseUrl: string): Promise<number> {
  const pending = await payload.find({
    collection: 'contact-messages',
    // A minute's grace: a submission in progress queues its own.
    where: { and: [{ emailsQueued: { not_equals: true } }, { createdAt: { less_than: new Date(Date.now() - 60_000).toISOString() } }] },
    overrideAccess: true,
    depth: 0,
    limit: 50,
    req,
  })
  for (const message of pending.docs) await queueMessageEmails(req, message as unknown as StoredMessage, adminBaseUrl)
  return pending.docs.length
}
