/**
 * Takes one backup while the site runs: a snapshot of every table, every stored file the rows point
 * at, and the manifest, into one archive in BACKUP_DIR; then records the success in last-success.json.
 * Used by `npm run backup` and by the scheduled job.
 */
import { readFileSync } from 'node:fs'
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { once } from 'node:events'
import { createGzip } from 'node:zlib'
import type { Payload } from 'payload'
import { archiveName, writeArchive } from './archive-file'
import { databaseKind, LEFT_OUT, type TableShape } from './database-tables'
import { type TableReader, withSnapshot } from './database-snapshot'
import { fileStores, filesOfRows, type StoredFile, tableOf } from './file-stores'
import { writeLastSuccess } from './last-success'
import { ARCHIVE_FORMAT, type FileEntry, type Manifest, type TableEntry } from './manifest'

export interface BackupOptions {
  dir: string
  passphrase: string | undefined
  /** The moment in the archive's name (now by default). */
  at?: Date
}

export interface BackupResult {
  file: string
  bytes: number
  tables: number
  rows: number
  files: number
  /** Files the database names that were not found (the archive is still made; the operator should look). */
  missingFiles: number
  counts: Record<string, number>
  encrypted: boolean
}

/** The running code's version, from package.json in the working folder (`npm start` and the commands run there). */
function belfortVersion(): string {
  try {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json')
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** A table's rows as gzip'd JSON lines, compressed as they are read (only the compressed bytes are held). */
async function tablePart(
  read: TableReader,
  shape: TableShape,
  onRows: (rows: unknown[][]) => void,
): Promise<{ bytes: Buffer; rows: number }> {
  const gzip = createGzip()
  const chunks: Buffer[] = []
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = once(gzip, 'end')
  let rows = 0
  await read(shape, async (page) => {
    onRows(page)
    for (const row of page) {
      const line = `${rows === 0 ? '' : '\n'}${JSON.stringify(row)}`
      rows += 1
      if (!gzip.write(line)) await once(gzip, 'drain')
    }
  })
  gzip.end()
  await ended
  return { bytes: Buffer.concat(chunks), rows }
}

export async function takeBackup(payload: Payload, options: BackupOptions): Promise<BackupResult> {
  await mkdir(options.dir, { recursive: true, mode: 0o700 })
  const file = path.join(options.dir, archiveName(options.at ?? new Date()))
  const stores = fileStores(payload.config)
  const collectionOf = new Map(
    payload.config.collections.filter((c) => !c.slug.startsWith('payload-')).map((c) => [tableOf(c.slug), c.slug]),
  )
  const counts: Record<string, number> = {}
  let missingFiles = 0
  let rowCount = 0
  let tableCount = 0
  const files: FileEntry[] = []
  await writeArchive(file, options.passphrase, async (writer) => {
    const named = new Map<string, Map<string, StoredFile>>()
    const { tables, migrations } = await withSnapshot(payload, async ({ shapes, read, migrations }) => {
      const tables: TableEntry[] = []
      for (const shape of shapes) {
        const store = stores.find((candidate) => tableOf(candidate.collection) === shape.name)
        const wanted = new Map<string, StoredFile>()
        if (store) named.set(store.collection, wanted)
        const part = `db/${shape.name}.jsonl.gz`
        const { bytes, rows } = await tablePart(read, shape, (page) => {
          if (store) for (const stored of filesOfRows(shape.columns, page)) wanted.set(`${stored.prefix ?? ''}/${stored.filename}`, stored)
        })
        await writer.addBuffer(part, bytes)
        tables.push({ name: shape.name, part, rows, columns: shape.columns })
        const collection = collectionOf.get(shape.name)
        if (collection) counts[collection] = rows
        rowCount += rows
      }
      return { tables, migrations }
    })
    tableCount = tables.length
    // Files are copied after the snapshot is released: a long copy does not hold the database's snapshot open.
    for (const store of stores) {
      let number = 0
      for (const stored of named.get(store.collection)?.values() ?? []) {
        const found = await store.read(stored)
        if (!found) {
          missingFiles += 1
          continue
        }
        // Parts are numbered, not named after the file: names of visitors' attachments stay inside the manifest.
        number += 1
        const part = `files/${store.collection}/${String(number).padStart(6, '0')}`
        await writer.addStream(part, found.size, found.body)
        files.push({ collection: store.collection, filename: stored.filename, prefix: stored.prefix, part, size: found.size })
      }
    }
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      belfortVersion: belfortVersion(),
      createdAt: new Date().toISOString(),
      database: databaseKind(payload),
      migrations,
      tables,
      leftOut: LEFT_OUT,
      counts,
      files,
      parts: writer.parts,
    }
    return Buffer.from(JSON.stringify(manifest, null, 1))
  })
  const bytes = (await stat(file)).size
  await writeLastSuccess(options.dir, { finishedAt: new Date().toISOString(), archive: path.basename(file), bytes })
  return {
    file,
    bytes,
    tables: tableCount,
    rows: rowCount,
    files: files.length,
    missingFiles,
    counts,
    encrypted: options.passphrase !== undefined,
  }
}
