/**
 * Every file of a ZIP archive with its bytes and time: what the tests of the open data's bulk
 * download (src/tracker/open-data/zip.ts) check the archive against, read by the same reader as an
 * uploaded spreadsheet (which checks each file's size and CRC-32).
 */
import { openZip } from '@/tracker/rounds/sheet/unzip'

export interface ReadEntry {
  name: string
  data: Buffer
  modified: { time: number; day: number }
}

export function zipEntries(archive: Buffer): ReadEntry[] {
  const opened = openZip(archive, Number.MAX_SAFE_INTEGER)
  return opened.files().map(({ name, modified }) => ({ name, data: Buffer.from(opened.read(name)!), modified }))
}
