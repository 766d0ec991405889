/**
 * Reads a whole archive once before a restore touches anything: decrypts it, checks every part's
 * size and SHA-256 against the manifest, and that no part is missing or unexpected. A damaged
 * archive is refused with the part named.
 */
import { createHash } from 'node:crypto'
import { TruncatedError } from './byte-reader'
import { DamagedArchiveError, MANIFEST_PART, partBytes } from './container'
import { readArchive } from './archive-file'
import { type Manifest, parseManifest } from './manifest'

export async function verifyArchive(file: string, passphrase: string | undefined): Promise<Manifest> {
  const seen = new Map<string, { size: number; sha256: string }>()
  let manifest: Manifest | undefined
  let last = '(start of the archive)'
  try {
    for await (const part of readArchive(file, passphrase)) {
      if (part.name === MANIFEST_PART) {
        const bytes = await partBytes(part)
        try {
          manifest = parseManifest(bytes)
        } catch (error) {
          throw new DamagedArchiveError(`the manifest cannot be read: ${(error as Error).message}`, MANIFEST_PART)
        }
        continue
      }
      const hash = createHash('sha256')
      let size = 0
      for await (const chunk of part.content) {
        hash.update(chunk)
        size += chunk.length
      }
      seen.set(part.name, { size, sha256: hash.digest('hex') })
      last = part.name
    }
  } catch (error) {
    if (error instanceof TruncatedError) throw new DamagedArchiveError(`the archive is truncated (it ends in or after part ${last})`, last)
    throw error
  }
  if (!manifest) throw new DamagedArchiveError('the archive has no manifest', MANIFEST_PART)
  for (const expected of manifest.parts) {
    const found = seen.get(expected.name)
    if (!found) throw new DamagedArchiveError(`part ${expected.name} is missing`, expected.name)
    if (found.size !== expected.size || found.sha256 !== expected.sha256) {
      throw new DamagedArchiveError(`part ${expected.name} is damaged (its SHA-256 does not match the manifest)`, expected.name)
    }
    seen.delete(expected.name)
  }
  const extra = [...seen.keys()][0]
  if (extra !== undefined) throw new DamagedArchiveError(`part ${extra} is not in the manifest`, extra)
  return manifest
}
