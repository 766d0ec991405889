/**
 * Reads a ZIP archive back through its central directory, as an archiver does: what the tests of
 * the open data's bulk download (src/tracker/open-data/zip.ts) check the archive against.
 */
import { crc32, inflateRawSync } from 'node:zlib'

export interface ReadEntry {
  name: string
  data: Buffer
  modified: { time: number; day: number }
}

export function zipEntries(archive: Buffer): ReadEntry[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('no end of central directory')
  const count = archive.readUInt16LE(end + 10)
  let at = archive.readUInt32LE(end + 16)
  const entries: ReadEntry[] = []
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`entry ${i}: no central header`)
    const method = archive.readUInt16LE(at + 10)
    const modified = { time: archive.readUInt16LE(at + 12), day: archive.readUInt16LE(at + 14) }
    const crc = archive.readUInt32LE(at + 16)
    const compressed = archive.readUInt32LE(at + 20)
    const size = archive.readUInt32LE(at + 24)
    const nameLength = archive.readUInt16LE(at + 28)
    const extra = archive.readUInt16LE(at + 30)
    const comment = archive.readUInt16LE(at + 32)
    const local = archive.readUInt32LE(at + 42)
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: no local header`)
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28)
    const body = archive.subarray(start, start + compressed)
    const data = method === 0 ? Buffer.from(body) : method === 8 ? inflateRawSync(body) : undefined
    if (!data) throw new Error(`${name}: method ${method}`)
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`)
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 does not match`)
    entries.push({ name, data, modified })
    at += 46 + nameLength + extra + comment
  }
  return entries
}
