/**
 * The answer time the administration promises (site settings, in working days) and the moment before
 * which a message still unanswered has waited longer than that. Working days are Monday to Friday;
 * public holidays are not counted out, so a message is flagged at most a few days early.
 */
import type { Payload, PayloadRequest } from 'payload'

export const DEFAULT_ANSWER_DAYS = 10

/** The instant `days` working days before `now`: a message received before it is late. */
export function workingDaysBefore(now: Date, days: number): Date {
  const at = new Date(now)
  let left = days
  while (left > 0) {
    at.setUTCDate(at.getUTCDate() - 1)
    const weekday = at.getUTCDay()
    if (weekday !== 0 && weekday !== 6) left -= 1
  }
  return at
}

/** The promised answer time in working days; `req` keeps the read inside the caller's transaction. */
export async function promisedAnswerDays(req: PayloadRequest): Promise<number> {
  return answerDaysFrom(req.payload, req)
}

/** The same, for a public page that reads outside any request of Payload's. */
export async function answerDaysFrom(payload: Payload, req?: PayloadRequest): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', req, depth: 0, overrideAccess: true })
  const days = settings.contactAnswerDays
  return typeof days === 'number' && days > 0 ? days : DEFAULT_ANSWER_DAYS
}
