/** Checks an `Authorization: Bearer <token>` header against the one token a route accepts. */
import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * Whether the header carries exactly this token. Both sides are hashed first, so the comparison
 * takes the same time whatever the header holds, its length included: nothing about the token can
 * be learnt by timing refusals.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1] ?? ''
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0
}
