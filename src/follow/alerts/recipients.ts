/**
 * From the subscriptions a change matches to the emails it causes: one per subscriber, however many
 * of their subscriptions it matches. A subscriber who wants some of those subjects immediately gets
 * it immediately (and not again in a digest); otherwise it waits for the most frequent digest they
 * chose (daily before weekly), so every match is in exactly one email.
 */
import type { Frequency } from '../rules'

export interface MatchedSubscription {
  subscription: number
  subscriber: number
  subject: string
  frequency: Frequency
}

export interface Recipient {
  subscriber: number
  frequency: Frequency
  /** The subscription the email is about: its unsubscribe link goes in the email. */
  subscription: number
  subject: string
}

const ORDER: Record<Frequency, number> = { immediately: 0, daily: 1, weekly: 2 }

export function recipientsOf(matches: MatchedSubscription[]): Recipient[] {
  const best = new Map<number, MatchedSubscription>()
  for (const match of matches) {
    const kept = best.get(match.subscriber)
    // The most frequent wins; among equals, the narrowest subject (a page over its administration), then the oldest row.
    if (
      !kept ||
      ORDER[match.frequency] < ORDER[kept.frequency] ||
      (ORDER[match.frequency] === ORDER[kept.frequency] && narrower(match, kept))
    ) {
      best.set(match.subscriber, match)
    }
  }
  return [...best.values()]
    .sort((a, b) => a.subscriber - b.subscriber)
    .map(({ subscriber, frequency, subscription, subject }) => ({ subscriber, frequency, subscription, subject }))
}

const BROAD = /^(all-news|theme:|audience:|administration:)/

function narrower(a: MatchedSubscription, b: MatchedSubscription): boolean {
  const broadA = BROAD.test(a.subject)
  const broadB = BROAD.test(b.subject)
  if (broadA !== broadB) return !broadA
  return a.subscription < b.subscription
}
