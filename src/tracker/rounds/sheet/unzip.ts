/**
 * Reads files out of a ZIP archive held in memory: the uploaded XLSX, which is at most a few
 * megabytes. Every file's unpacked size is bounded before it is inflated, so an archive that
 * unpacks to gigabytes (a "zip bomb") is refused without using the memory, and a file whose bytes
 * do not match its CRC-32 is refused as damaged. Encrypted files, methods other than store and
 * deflate, and archives spread over several disks are refused: no spreadsheet program writes them.
 */
import { constants } from 'node:buffer'
import { promisify } from 'node:util'
import { crc32, inflateRaw } from 'node:zlib'

// Inflating runs on libuv's thread pool, so a large part does not hold up the requests of others.
const inflate = promisify(inflateRaw)

export class ZipProblem extends Error {
  constructor(
    readonly kind: 'malformed' | 'too-large',
    message: string,
  ) {
    super(message)
  }
}

interface ZipItem {
  /** The file's time as the archive holds it (DOS time and day, no zone). */
  modified: { time: number; day: number }
  method: number
  flags: number
  crc: number
  packedSize: number
  size: number
  headerOffset: number
}

export interface ZipArchive {
  /** The archive's files in the order of its directory. */
  files(): { name: string; modified: { time: number; day: number } }[]
  /** The file's bytes, or undefined if the archive has no such file. */
  read(name: string): Promise<Buffer | undefined>
}

const END_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const ZIP64_EXTRA = 0x0001
const MAX_32 = 0xffff_ffff

const malformed = (why: string) => new ZipProblem('malformed', why)

function endRecordOffset(bytes: Buffer): number {
  // The end record is 22 bytes followed by a comment of at most 65,535.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at
  }
  throw malformed('no end of central directory')
}

/** ZIP64 moves a size or an offset that does not fit 32 bits into an extra field, in a fixed order. */
function withZip64(item: ZipItem, extra: Buffer): ZipItem {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at)
    const length = extra.readUInt16LE(at + 2)
    if (id === ZIP64_EXTRA) {
      let field = at + 4
      const next = () => {
        if (field + 8 > at + 4 + length) throw malformed('short ZIP64 field')
        const value = Number(extra.readBigUInt64LE(field))
        field += 8
        return value
      }
      const size = item.size === MAX_32 ? next() : item.size
      const packedSize = item.packedSize === MAX_32 ? next() : item.packedSize
      const headerOffset = item.headerOffset === MAX_32 ? next() : item.headerOffset
      return { ...item, size, packedSize, headerOffset }
    }
    at += 4 + length
  }
  return item
}

function directoryOf(bytes: Buffer): Map<string, ZipItem> {
  if (bytes.length < 22) throw malformed('too short')
  const end = endRecordOffset(bytes)
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0) throw malformed('spread over several disks')
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  const items = new Map<string, ZipItem>()
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw malformed('broken central directory')
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const nameEnd = at + 46 + nameLength
    if (nameEnd + extraLength > bytes.length) throw malformed('broken central directory')
    const item = withZip64(
      {
        modified: { time: bytes.readUInt16LE(at + 12), day: bytes.readUInt16LE(at + 14) },
        flags: bytes.readUInt16LE(at + 8),
        method: bytes.readUInt16LE(at + 10),
        crc: bytes.readUInt32LE(at + 16),
        packedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        headerOffset: bytes.readUInt32LE(at + 42),
      },
      bytes.subarray(nameEnd, nameEnd + extraLength),
    )
    items.set(bytes.toString('utf8', at + 46, nameEnd), item)
    at = nameEnd + extraLength + commentLength
  }
  return items
}

/**
 * The archive's directory, read at once; its files are inflated when asked for. `maxUnpacked` bounds
 * the bytes all files read from it may unpack to together.
 */
export function openZip(bytes: Uint8Array, maxUnpacked: number): ZipArchive {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const items = directoryOf(buffer)
  let budget = maxUnpacked
  return {
    files: () => [...items].map(([name, item]) => ({ name, modified: item.modified })),
    async read(name) {
      const item = items.get(name)
      if (!item) return undefined
      if (item.flags & 0x1) throw malformed(`${name} is encrypted`)
      // The declared size may lie; inflating stops at the budget whatever it says.
      if (item.size > budget) throw new ZipProblem('too-large', `${name} unpacks to ${item.size} bytes`)
      const at = item.headerOffset
      if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_SIGNATURE) throw malformed(`no local header for ${name}`)
      const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28)
      if (start + item.packedSize > buffer.length) throw malformed(`${name} runs past the end`)
      const packed = buffer.subarray(start, start + item.packedSize)
      let data: Buffer
      if (item.method === 0) data = packed
      else if (item.method === 8) {
        try {
          data = await inflate(packed, { maxOutputLength: Math.min(Math.max(1, budget), constants.MAX_LENGTH) })
        } catch (error) {
          if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
            throw new ZipProblem('too-large', `${name} unpacks past the limit`)
          throw malformed(`${name} does not inflate`)
        }
      } else throw malformed(`${name} uses compression method ${item.method}`)
      if (data.length !== item.size || crc32(data) !== item.crc) throw malformed(`${name} is damaged`)
      budget -= data.length
      return data
    },
  }
}
