/**
 * A filter on a select field with a value it does not have is the caller's mistake: a clear 400 in
 * their language, not a 500 from PostgreSQL's enum (SQLite would silently answer an empty list).
 */
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { inboxMessages } from '@/contact/messages'
import { say } from '@/site/i18n/request-language'

const VALUE_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all'] as const

function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  // REST's `in=a,b` arrives as one string.
  if (typeof value === 'string') return value.split(',')
  return [value]
}

function check(req: PayloadRequest, where: unknown, options: Readonly<Record<string, readonly string[]>>): void {
  if (!where || typeof where !== 'object') return
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      for (const nested of Array.isArray(condition) ? condition : []) check(req, nested, options)
      continue
    }
    const allowed = options[key]
    if (!allowed || !condition || typeof condition !== 'object') continue
    for (const operator of VALUE_OPERATORS) {
      if (!(operator in condition)) continue
      for (const value of valuesOf((condition as Record<string, unknown>)[operator])) {
        if (value === null || value === undefined || allowed.includes(String(value))) continue
        throw new APIError(
          say(req, inboxMessages, 'unknownOption', { value: String(value), field: key, allowed: allowed.join(', ') }),
          400,
          null,
          true,
        )
      }
    }
  }
}

/** Refuses a `where` that filters one of these select fields on a value it does not have. */
export function refuseUnknownOptions(options: Readonly<Record<string, readonly string[]>>): CollectionBeforeOperationHook {
  return ({ args, req }) => {
    check(req, (args as { where?: unknown }).where, options)
    return args
  }
}
