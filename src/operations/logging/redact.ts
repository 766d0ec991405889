/**
 * What must never reach a log line: what visitors type in the contact form (their name, email,
 * message, file names) can travel inside errors: a failed query's message and `params` list every
 * value it inserts, PostgreSQL's `detail` repeats the value that broke a constraint, a mail server's
 * refusal names the address. These are cut out of every line, whoever writes it (Payload included).
 */
import { stdSerializers } from 'pino'

/** An email address, wherever it appears in a text. */
const EMAIL = /[^\s@<>"'(),;:[\]]+@[^\s@<>"'(),;:[\]]+\.[A-Za-z]{2,}/g
/** A failed query's values (drizzle writes them after `params:`, up to the stack). */
const PARAMS = /\bparams: [\s\S]*?(?=\n\s+at |$)/g

/** A text with the values of failed queries and any email address taken out. */
export function scrubText(text: string): string {
  if (!text.includes('@') && !text.includes('params:')) return text
  return text.replace(PARAMS, 'params: [redacted]').replace(EMAIL, '[email]')
}

/** Properties of errors that hold the values a query or a message carried. */
const VALUE_PROPERTIES = new Set(['params', 'parameters', 'detail', 'values', 'response', 'rejected', 'accepted', 'envelope'])

type Serialized = Record<string, unknown>

function scrubSerialized(error: Serialized, depth: number): Serialized {
  const out: Serialized = {}
  for (const [key, value] of Object.entries(error)) {
    if (VALUE_PROPERTIES.has(key)) continue
    if (typeof value === 'string') out[key] = scrubText(value)
    else if (value && typeof value === 'object' && depth < 4) out[key] = scrubSerialized(value as Serialized, depth + 1)
    else out[key] = value
  }
  return out
}

/** pino's error serializer (type, message, stack, causes), then the values taken out. */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? scrubText(error) : error
  return scrubSerialized(stdSerializers.errWithCause(error) as unknown as Serialized, 0)
}

/** Structured fields that hold a person's data when code logs an object; written as `[redacted]`. */
export const REDACTED_PATHS = [
  'email',
  'to',
  'replyTo',
  'password',
  'phone',
  'ip',
  'headers.cookie',
  'headers.authorization',
  '*.email',
  '*.to',
  '*.replyTo',
  '*.password',
  '*.phone',
  '*.ip',
  '*.headers.cookie',
  '*.headers.authorization',
]
