import type { IncomingMessage } from 'node:http'

/**
 * The visitor's address for rate limiting. Behind a reverse proxy every request comes from the
 * proxy, so with TRUST_PROXY the last address the proxy appended to X-Forwarded-For is used;
 * without it that header is ignored, since any client can send one.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
    const last = forwarded.at(-1)
    if (last) return last
  }
  return req.socket.remoteAddress ?? 'unknown'
}

/**
 * The header through which the server tells Payload (which sees only what Next.js passes on) the
 * client's address: set on every back-office request, replacing whatever a client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-belfort-client-address'
