/**
 * Restores a verified archive into an empty database and empty upload stores: creates the schema
 * by the migrations up to the archive's, loads every table in one transaction, applies this code's
 * later migrations, writes the files back and rebuilds the search index.
 */
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import type { Payload } from 'payload'
import { openContentStore } from '@/content-store/open-store'
import { rebuildSearchIndex } from '@/search/service'
import { readArchive } from './archive-file'
import { rowLoader } from './database-load'
import { databaseKind } from './database-tables'
import { type FileStore, safeFilename } from './file-stores'
import type { Manifest } from './manifest'
import { migrationsToArchive } from './migration-level'

export interface Migration {
  name: string
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}

export interface RestoreResult {
  rows: number
  files: number
  fileBytes: number
  migrationsAfter: number
  searchItems: number
  counts: Record<string, number>
}

/** Checks, before anything is written, that this code can take the archive; returns the migrations to run first. */
export function planRestore(manifest: Manifest, target: 'sqlite' | 'postgres', migrations: Migration[]): Migration[] {
  const level = migrationsToArchive(
    manifest.migrations,
    migrations.map((migration) => migration.name),
    manifest.database === target,
  )
  if ('refusal' in level) throw new Error(level.refusal)
  for (const file of manifest.files) {
    if (!safeFilename(file.filename)) throw new Error(`the archive names a file that is not a plain file name (part ${file.part})`)
  }
  return migrations.slice(0, level.count)
}

export async function restoreArchive(
  payload: Payload,
  options: { file: string; passphrase: string | undefined; manifest: Manifest; stores: FileStore[]; migrations: Migration[] },
): Promise<RestoreResult> {
  const { manifest } = options
  const first = planRestore(manifest, databaseKind(payload), options.migrations)
  await payload.db.migrate({ migrations: first as never })
  const tables = new Map(manifest.tables.map((table) => [table.part, table]))
  const files = new Map(manifest.files.map((file) => [file.part, file]))
  const stores = new Map(options.stores.map((store) => [store.collection, store]))
  const loader = await rowLoader(payload)
  let loading = true
  let rows = 0
  let fileCount = 0
  let fileBytes = 0
  try {
    for await (const part of readArchive(options.file, options.passphrase)) {
      const table = tables.get(part.name)
      if (table) {
        // Line by line, a batch at a time: a large table is never whole in memory.
        let batch: unknown[][] = []
        for await (const line of createInterface({
          input: Readable.from(part.content).pipe(createGunzip()),
          crlfDelay: Number.POSITIVE_INFINITY,
        })) {
          if (line === '') continue
          batch.push(JSON.parse(line) as unknown[])
          if (batch.length >= 1000) {
            await loader.insert(table, batch)
            rows += batch.length
            batch = []
          }
        }
        await loader.insert(table, batch)
        rows += batch.length
        continue
      }
      if (loading) {
        // The tables come first: once they are in, they are committed as one.
        await loader.commit()
        loading = false
      }
      const file = files.get(part.name)
      if (!file) continue
      const store = stores.get(file.collection)
      if (!store) throw new Error(`this version of Belfort has no collection ${file.collection} for part ${part.name}`)
      await store.write({ filename: file.filename, prefix: file.prefix }, file.size, part.content)
      fileCount += 1
      fileBytes += file.size
    }
  } catch (error) {
    if (loading) await loader.rollback()
    throw error
  }
  if (loading) await loader.commit()
  // An archive older than this code: its later migrations now run on the restored rows.
  const before = first.length
  await payload.db.migrate({ migrations: options.migrations as never })
  const searchItems = await rebuildSearchIndex(payload)
  // What is published, ready to render, as the restored rows say (src/content-store).
  const store = openContentStore(payload)
  try {
    await store.writer.rebuild()
  } finally {
    store.close()
  }
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    counts[collection.slug] = (await payload.count({ collection: collection.slug, overrideAccess: true })).totalDocs
  }
  return { rows, files: fileCount, fileBytes, migrationsAfter: options.migrations.length - before, searchItems, counts }
}
