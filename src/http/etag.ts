/** Strong entity tags made from a body's bytes: the same bytes always get the same tag, on every instance. */
import { createHash } from 'node:crypto'

/** A quoted tag of the body's SHA-256, cut to `characters` base64url characters. */
export function contentEtag(bytes: Buffer, characters: number): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, characters)}"`
}
