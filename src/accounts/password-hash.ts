/**
 * Checks a password against a stored Payload hash, as Payload's local strategy does (it does not
 * export that check): PBKDF2-SHA256, 600,000 iterations and 32 bytes for `pbkdf2-sha256-v1:` hashes,
 * 25,000 and 512 for older ones, compared in constant time. Used to check a password before Payload
 * does (so a failure is seen, counted and recorded on every path) and to ask for the current password.
 */
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

/** What of a user row the check reads (Payload's `db` methods return hash and salt; its API never does). */
export interface StoredPassword {
  hash?: unknown
  salt?: unknown
}

function parameters(hash: string): { expected: Buffer; iterations: number; keyLength: number } {
  if (hash.startsWith(CURRENT_PREFIX))
    return { expected: Buffer.from(hash.slice(CURRENT_PREFIX.length), 'hex'), iterations: 600_000, keyLength: 32 }
  return { expected: Buffer.from(hash, 'hex'), iterations: 25_000, keyLength: 512 }
}

// Stands in for an account that does not exist, so that asking for one costs what a real one costs.
const NOBODY = { salt: randomBytes(32).toString('hex'), hash: `${CURRENT_PREFIX}${randomBytes(32).toString('hex')}` }

/**
 * Whether `password` is the one stored. Without a stored hash (an unknown account) the same work is
 * done against a made-up one, and the answer is false: both take the same time.
 */
export async function passwordMatches(stored: StoredPassword | null | undefined, password: string): Promise<boolean> {
  const known = typeof stored?.hash === 'string' && typeof stored.salt === 'string'
  const { hash, salt } = known ? (stored as { hash: string; salt: string }) : NOBODY
  const { expected, iterations, keyLength } = parameters(hash)
  const actual = await derive(password, salt, iterations, keyLength, 'sha256')
  return known && actual.length === expected.length && timingSafeEqual(actual, expected)
}
