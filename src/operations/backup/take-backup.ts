/**
 * Takes one backup while the site runs: a snapshot of every table, every stored file the rows point
 * at, and the manifest, into one archive in BACKUP_DIR; then records the success in last-success.json.
 * Used by `npm run backup` and by the scheduled job.
 */
import { readFileSync } from 'node:fs'
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Payload } from 'payload'
import { archiveName, writeArchive } from './archive-file'
import { databaseKind, LEFT_OUT } from './database-tables'
import { type Snapshot, takeSnapshot } from './database-snapshot'
import { fileStores, filesOfRows, tableOf } from './file-stores'
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

function collectionCounts(payload: Payload, snapshot: Snapshot): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    const table = snapshot.tables.find((entry) => entry.name === tableOf(collection.slug))
    if (table) counts[collection.slug] = table.rows.length
  }
  return counts
}

export async function takeBackup(payload: Payload, options: BackupOptions): Promise<BackupResult> {
  await mkdir(options.dir, { recursive: true, mode: 0o700 })
  const snapshot = await takeSnapshot(payload)
  const file = path.join(options.dir, archiveName(options.at ?? new Date()))
  const counts = collectionCounts(payload, snapshot)
  let missingFiles = 0
  const files: FileEntry[] = []
  await writeArchive(file, options.passphrase, async (writer) => {
    const tables: TableEntry[] = []
    for (const table of snapshot.tables) {
      const part = `db/${table.name}.jsonl.gz`
      const lines = table.rows.map((row) => JSON.stringify(row)).join('\n')
      await writer.addBuffer(part, gzipSync(Buffer.from(lines, 'utf8')))
      tables.push({ name: table.name, part, rows: table.rows.length, columns: table.columns })
    }
    for (const store of fileStores(payload.config)) {
      const table = snapshot.tables.find((entry) => entry.name === tableOf(store.collection))
      if (!table) continue
      let number = 0
      for (const stored of filesOfRows(table.columns, table.rows)) {
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
      migrations: snapshot.migrations,
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
    tables: snapshot.tables.length,
    rows: snapshot.tables.reduce((sum, table) => sum + table.rows.length, 0),
    files: files.length,
    missingFiles,
    counts,
    encrypted: options.passphrase !== undefined,
  }
}
