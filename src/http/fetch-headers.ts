/** A Node request's headers as a Fetch `Headers`, for APIs that take one (Payload's `auth`). */
import type { IncomingMessage } from 'node:http'

export function fetchHeaders(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
  }
  return headers
}
