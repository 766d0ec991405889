/**
 * The archive's plain container: a magic line, then records of [4-byte header length][header JSON
 * {name, size}][size bytes], the manifest as the last part and an end record holding the manifest's
 * SHA-256. Simple enough to read back without a library, and each part is streamed, not held whole.
 */
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { type ByteReader, TruncatedError } from './byte-reader'

export const PLAIN_MAGIC = Buffer.from('BELFORT-BACKUP-P1\n')
export const MANIFEST_PART = 'manifest.json'
const END_PART = 'end'
const MAX_HEADER = 64 * 1024

export interface PartRecord {
  name: string
  size: number
  sha256: string
}

interface RecordHeader {
  name: string
  size: number
  manifestSha256?: string
}

export class DamagedArchiveError extends Error {
  constructor(
    message: string,
    /** The part concerned, when one can be named. */
    readonly part?: string,
  ) {
    super(message)
  }
}

async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain')
}

function headerBytes(header: RecordHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([length, json])
}

/** Writes parts one after the other and remembers each one's size and checksum for the manifest. */
export class ContainerWriter {
  readonly parts: PartRecord[] = []
  private readonly out: Writable
  private started = false

  constructor(out: Writable) {
    this.out = out
  }

  private async start(): Promise<void> {
    if (this.started) return
    this.started = true
    await write(this.out, PLAIN_MAGIC)
  }

  async addBuffer(name: string, content: Buffer): Promise<PartRecord> {
    return this.addStream(name, content.length, [content])
  }

  /** A part whose size is known before its bytes are (a file on disk, an object in a bucket). */
  async addStream(
    name: string,
    size: number,
    content: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>,
  ): Promise<PartRecord> {
    await this.start()
    if (this.parts.some((part) => part.name === name)) throw new Error(`two parts named ${name}`)
    await write(this.out, headerBytes({ name, size }))
    const hash = createHash('sha256')
    let written = 0
    for await (const piece of content) {
      const chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
      written += chunk.length
      if (written > size) throw new Error(`${name} grew while it was being copied`)
      hash.update(chunk)
      await write(this.out, chunk)
    }
    if (written !== size) throw new Error(`${name} shrank while it was being copied`)
    const record = { name, size, sha256: hash.digest('hex') }
    this.parts.push(record)
    return record
  }

  /** The manifest goes last; the end record holds its checksum. */
  async finish(manifest: Buffer): Promise<void> {
    await this.start()
    await write(this.out, headerBytes({ name: MANIFEST_PART, size: manifest.length }))
    await write(this.out, manifest)
    await write(this.out, headerBytes({ name: END_PART, size: 0, manifestSha256: createHash('sha256').update(manifest).digest('hex') }))
  }
}

export interface ReadPart {
  name: string
  size: number
  /** The part's bytes; must be read (or skipped with `drain`) before the next part is asked for. */
  content: AsyncGenerator<Buffer>
}

/**
 * The parts of a plain container in order, manifest included; checks the record structure and the
 * manifest's own checksum (the parts' checksums are the caller's, who has the manifest at the end).
 */
export async function* readContainer(reader: ByteReader): AsyncGenerator<ReadPart> {
  const magic = await reader.exact(PLAIN_MAGIC.length)
  if (!magic) throw new TruncatedError()
  if (!magic.equals(PLAIN_MAGIC)) throw new DamagedArchiveError('this is not a Belfort backup archive (unknown start)')
  let previous = '(start of the archive)'
  let manifestHash: string | undefined
  while (true) {
    const length = await reader.exact(4)
    if (!length) throw new TruncatedError()
    const size = length.readUInt32BE()
    if (size > MAX_HEADER) throw new DamagedArchiveError(`the archive is damaged after part ${previous}`, previous)
    const raw = await reader.exact(size)
    if (!raw) throw new TruncatedError()
    let header: RecordHeader
    try {
      header = JSON.parse(raw.toString('utf8')) as RecordHeader
    } catch {
      throw new DamagedArchiveError(`the archive is damaged after part ${previous}`, previous)
    }
    if (typeof header.name !== 'string' || !Number.isSafeInteger(header.size) || header.size < 0) {
      throw new DamagedArchiveError(`the archive is damaged after part ${previous}`, previous)
    }
    if (header.name === END_PART) {
      if (!manifestHash || header.manifestSha256 !== manifestHash) throw new DamagedArchiveError('the manifest is damaged', MANIFEST_PART)
      if (!(await reader.atEnd())) throw new DamagedArchiveError('the archive has bytes after its end')
      return
    }
    const hash = header.name === MANIFEST_PART ? createHash('sha256') : undefined
    const span = reader.span(header.size)
    // Pulled by hand, so that a caller who stops reading early does not close the span under us.
    const content = (async function* () {
      for (let next = await span.next(); !next.done; next = await span.next()) {
        hash?.update(next.value)
        yield next.value
      }
    })()
    yield { name: header.name, size: header.size, content }
    // Whatever the caller did not read is skipped.
    for (let next = await span.next(); !next.done; next = await span.next()) hash?.update(next.value)
    if (hash) manifestHash = hash.digest('hex')
    previous = header.name
  }
}

/** Reads a part whole (database tables, the manifest). */
export async function partBytes(part: ReadPart): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of part.content) chunks.push(chunk)
  return Buffer.concat(chunks)
}
