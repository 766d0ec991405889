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

export async function zipEntries(archive: Buffer): Promise<ReadEntry[]> {
  const opened = openZip(archive, Number.MAX_SAFE_INTEGER)
  return Promise.all(opened.files().map(async ({ name, modified }) => ({ name, data: Buffer.from((await opened.read(name))!), modified })))
}
