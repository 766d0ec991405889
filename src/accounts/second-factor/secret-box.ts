/**
 * Second-factor secrets at rest: AES-256-GCM under a key derived from PAYLOAD_SECRET, so a copy of
 * the database alone does not give anyone's codes. GCM, not Payload's own `encrypt` (CTR), so that a
 * changed value is refused instead of decrypted to garbage.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

const VERSION = 'v1'

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'belfort-second-factor', purpose, 32))
}

/** `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
export function seal(secret: string, plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, 'seal'), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
}

/** The plain text, or undefined when the value was not sealed with this secret or was changed. */
export function unseal(secret: string, sealed: string | null | undefined): string | undefined {
  const [version, iv, tag, body] = (sealed ?? '').split('.')
  if (version !== VERSION || !iv || !tag || body === undefined) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, 'seal'), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}

/** A keyed hash, for values that are only ever compared (recovery codes). */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', keyFor(secret, 'hash')).update(value).digest('base64url')
}
