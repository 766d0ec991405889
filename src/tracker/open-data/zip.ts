/**
 * A ZIP archive (PKZIP 2.0: deflate, CRC-32, no encryption, no ZIP64) of a few files held in memory:
 * the open data's bulk download of a plan version. Every archiver and spreadsheet program reads it;
 * writing it here takes a page, where a library would bring streams and options the download does
 * not need.
 */
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  /** A path inside the archive, `/`-separated, ASCII or UTF-8. */
  name: string
  data: Buffer
  /** Written as the file's time in the archive (DOS time, two-second steps, no zone). */
  modified: Date
}

/** ZIP stores sizes and offsets in 32 bits: past that it needs ZIP64, which this writer does not do. */
const LIMIT = 0xffff_ffff

function dosTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107)
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  }
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const deflated = deflateRawSync(entry.data, { level: 9 })
    // A file that does not shrink is stored as it is.
    const stored = deflated.length >= entry.data.length
    const body = stored ? entry.data : deflated
    if (entry.data.length > LIMIT || offset + body.length > LIMIT) throw new RangeError(`${entry.name}: too large for a ZIP without ZIP64`)
    const { time, day } = dosTime(entry.modified)
    const crc = crc32(entry.data)
    // Bit 11: the name is UTF-8.
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at) // version needed: 2.0
      header.writeUInt16LE(0x0800, at + 2)
      header.writeUInt16LE(stored ? 0 : 8, at + 4)
      header.writeUInt16LE(time, at + 6)
      header.writeUInt16LE(day, at + 8)
      header.writeUInt32LE(crc, at + 10)
      header.writeUInt32LE(body.length, at + 14)
      header.writeUInt32LE(entry.data.length, at + 18)
      header.writeUInt16LE(name.length, at + 22)
      header.writeUInt16LE(0, at + 24) // no extra field
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    fields(local, 4)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(0x0314, 4) // made by: Unix, 2.0 (so the modes below are read)
    fields(central, 6)
    central.writeUInt16LE(0, 32) // no comment
    central.writeUInt16LE(0, 34) // disk 0
    central.writeUInt16LE(0, 36) // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38) // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
