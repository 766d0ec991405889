/**
 * An archive on disk: its name, writing it (through encryption when a passphrase is set) to a
 * temporary name that becomes the real one only when complete, and reading its parts back.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { PassThrough, type Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ByteReader } from './byte-reader'
import { ContainerWriter, type ReadPart, readContainer } from './container'
import { decrypt, ENCRYPTED_MAGIC, encryptingStream } from './encryption'

export const ARCHIVE_PREFIX = 'belfort-backup-'
export const ARCHIVE_EXTENSION = '.belfort'

/** `belfort-backup-20261130T054000Z.belfort` for a moment (UTC). */
export function archiveName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll('-', '')
    .replaceAll(':', '')
  return `${ARCHIVE_PREFIX}${stamp}${ARCHIVE_EXTENSION}`
}

/** When an archive named by `archiveName` was taken, or undefined for any other file. */
export function archiveTime(name: string): Date | undefined {
  const match = /^belfort-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.belfort$/.exec(name)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s] = match
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`)
}

/**
 * Writes an archive at `file` with `fill` adding its parts; the file appears only once complete
 * (mode 600: it holds visitors' messages).
 */
export async function writeArchive(
  file: string,
  passphrase: string | undefined,
  fill: (writer: ContainerWriter) => Promise<Buffer>,
): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`)
  const out = createWriteStream(partial, { mode: 0o600 })
  const head: Transform = passphrase ? encryptingStream(passphrase) : new PassThrough()
  const written = pipeline(head, out)
  try {
    const writer = new ContainerWriter(head)
    const manifest = await fill(writer)
    await writer.finish(manifest)
    head.end()
    await written
    await rename(partial, file)
  } catch (error) {
    head.destroy()
    await written.catch(() => undefined)
    await rm(partial, { force: true })
    throw error
  }
}

export class PassphraseNeededError extends Error {
  constructor() {
    super('the archive is encrypted: set BACKUP_PASSPHRASE to the passphrase it was made with')
  }
}

/** The parts of an archive file in order (decrypted when it is encrypted). */
export async function* readArchive(file: string, passphrase: string | undefined): AsyncGenerator<ReadPart> {
  const reader = new ByteReader(createReadStream(file))
  const magic = await reader.peek(ENCRYPTED_MAGIC.length)
  if (magic?.equals(ENCRYPTED_MAGIC)) {
    await reader.exact(ENCRYPTED_MAGIC.length)
    if (!passphrase) throw new PassphraseNeededError()
    yield* readContainer(new ByteReader(decrypt(reader, passphrase)))
    return
  }
  yield* readContainer(reader)
}
