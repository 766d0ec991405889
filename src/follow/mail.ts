/**
 * The follow emails, written to the outbox (src/contact/mail) in the reader's language: the
 * confirmation of a new subscription and the link to the manage page. Each email about one
 * subscription carries an RFC 8058 one-click unsubscribe (listUnsubscribeHeaders); an address gets a
 * few follow emails a day at most, since anyone can type anyone's address into the form.
 */
import type { Payload } from 'payload'
import { queueEmail } from '@/contact/mail/outbox'
import { RateLimiter } from '@/contact/spam/rate-limit'
import { translator } from '@/site/i18n'
import { followPartPath, type Locale } from '@/site/routes'
import { CONFIRM_VALID_MS, FOLLOW_EMAILS_PER_ADDRESS_PER_DAY, type Frequency, MANAGE_VALID_MS } from './rules'
import { signToken } from './tokens'

export const FOLLOW_EMAIL_KINDS = ['follow-confirmation', 'follow-link'] as const
export type FollowEmailKind = (typeof FOLLOW_EMAIL_KINDS)[number]

export { listUnsubscribeHeaders } from '@/contact/mail/list-unsubscribe'

/** The signed links of one subscription and of its subscriber's manage page, on this site, in this language. */
export const links = {
  confirm: (origin: string, locale: Locale, subscription: number, email: string, now = Date.now()) =>
    `${origin}${followPartPath('confirm', locale)}?${new URLSearchParams({
      token: signToken({ purpose: 'confirm', id: subscription, email, expiresAt: now + CONFIRM_VALID_MS }),
    })}`,
  unsubscribe: (origin: string, locale: Locale, subscription: number, email: string) =>
    `${origin}${followPartPath('unsubscribe', locale)}?${new URLSearchParams({
      token: signToken({ purpose: 'unsubscribe', id: subscription, email }),
    })}`,
  /** One click that ends every subscription of an address: the digest's List-Unsubscribe (it gathers several). */
  leave: (origin: string, locale: Locale, subscriber: number, email: string) =>
    `${origin}${followPartPath('leave', locale)}?${new URLSearchParams({
      token: signToken({ purpose: 'leave', id: subscriber, email }),
    })}`,
  manage: (origin: string, locale: Locale, subscriber: number, email: string, now = Date.now()) =>
    `${origin}${followPartPath('manage', locale)}?${new URLSearchParams({
      token: signToken({ purpose: 'manage', id: subscriber, email, expiresAt: now + MANAGE_VALID_MS }),
    })}`,
}

export interface FollowEmail {
  /** Unique per email: the outbox refuses a second one with the same key. */
  key: string
  kind: FollowEmailKind
  to: string
  subject: string
  text: string
  /** The one-click unsubscribe address, sent as List-Unsubscribe. */
  listUnsubscribe?: string
}

/** This instance's own tally, taken before the outbox is counted (as for the contact acknowledgement). */
const budget = new RateLimiter({ limit: FOLLOW_EMAILS_PER_ADDRESS_PER_DAY, windowMs: 24 * 3600 * 1000 })

/** Writes the email to the outbox unless the address had its share today; answers whether it was queued. */
export async function queueFollowEmail(payload: Payload, email: FollowEmail): Promise<boolean> {
  if (!budget.take(email.to).allowed) return false
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString()
  const { totalDocs } = await payload.count({
    collection: 'email-outbox',
    where: { and: [{ kind: { in: [...FOLLOW_EMAIL_KINDS] } }, { to: { equals: email.to } }, { createdAt: { greater_than: since } }] },
    overrideAccess: true,
  })
  if (totalDocs >= FOLLOW_EMAILS_PER_ADDRESS_PER_DAY) return false
  return queueEmail(payload, email)
}

const FREQUENCY_KEYS = {
  immediately: 'followFrequencyImmediately',
  daily: 'followFrequencyDaily',
  weekly: 'followFrequencyWeekly',
} as const satisfies Record<Frequency, string>

export const frequencyKey = (frequency: Frequency) => FREQUENCY_KEYS[frequency]

/** The confirmation of a new (or repeated, still unconfirmed) subscription. */
export function confirmationEmail(
  locale: Locale,
  facts: { organisation: string; label: string; frequency: Frequency; confirmUrl: string; unsubscribeUrl: string },
): Pick<FollowEmail, 'subject' | 'text'> {
  const t = translator(locale)
  return {
    subject: t('followConfirmSubject', { organisation: facts.organisation }),
    text: [
      t('followConfirmGreeting'),
      '',
      t('followConfirmBody', { subject: facts.label, frequency: t(frequencyKey(facts.frequency)) }),
      '',
      facts.confirmUrl,
      '',
      t('followConfirmValid'),
      t('followConfirmIgnore'),
      '',
      t('followMailUnsubscribe'),
      facts.unsubscribeUrl,
      '',
      facts.organisation,
    ].join('\n'),
  }
}

/** The link to the manage page, on request, or when someone subscribes again to what the address already follows. */
export function manageLinkEmail(
  locale: Locale,
  facts: { organisation: string; manageUrl: string; alreadyFollowing?: string },
): Pick<FollowEmail, 'subject' | 'text'> {
  const t = translator(locale)
  return {
    subject: t('followLinkSubject', { organisation: facts.organisation }),
    text: [
      t('followConfirmGreeting'),
      '',
      facts.alreadyFollowing ? t('followLinkAlready', { subject: facts.alreadyFollowing }) : t('followLinkBody'),
      '',
      facts.manageUrl,
      '',
      t('followLinkValid'),
      t('followConfirmIgnore'),
      '',
      facts.organisation,
    ].join('\n'),
  }
}
