/** How the tracker's content types refuse bad input: a 400 naming the field, in the sender's language, before anything is written. */
import { type PayloadRequest, ValidationError } from 'payload'
import { say } from '@/site/i18n/request-language'
import { type TrackerProblem, trackerProblems } from '../messages'

/** A 400 that names the field at fault, in the sender's language; thrown before anything is written. */
export function fieldProblem(
  req: PayloadRequest,
  collection: string,
  path: string,
  problem: TrackerProblem,
  vars?: Record<string, string | number>,
): ValidationError {
  return new ValidationError({ collection, errors: [{ path, message: say(req, trackerProblems, problem, vars) }], req }, req.t)
}

/** The message of a field's validate function, in the sender's language. */
export function problemText(req: PayloadRequest | undefined, problem: TrackerProblem, vars?: Record<string, string | number>): string {
  return say(req, trackerProblems, problem, vars)
}

/** A validate function for a 0–100 percentage, with a message in the sender's language. */
export function validatePercent(value: unknown, { req }: { req: PayloadRequest }): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? true : problemText(req, 'percent')
}

interface DateFieldArgs {
  data: Record<string, unknown>
  siblingData: Record<string, unknown>
  req: PayloadRequest
}

/**
 * A validate function for a date that may not come before another one of the same document
 * (an end after its start, a target after its baseline); missing dates are left to `required`.
 */
export function notBefore(earlierOf: (args: DateFieldArgs) => unknown) {
  return (value: unknown, args: DateFieldArgs): true | string => {
    const earlier = earlierOf(args)
    if (typeof earlier !== 'string' || typeof value !== 'string' || !earlier || !value) return true
    if (new Date(value).getTime() >= new Date(earlier).getTime()) return true
    // Day precision is what the forms ask, so that is what the message shows.
    return problemText(args.req, 'dateOrder', { earlier: earlier.slice(0, 10) })
  }
}
