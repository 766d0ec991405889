/**
 * Whether the place a restore writes to is empty (the database has no table, no upload folder or
 * bucket holds a file), and emptying it when the operator forces the restore.
 */
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import pg from 'pg'
import type { FileStore } from './file-stores'
import { sqliteFile } from '@/environment'

export interface TargetState {
  /** What is in the way, for the operator; empty when the target is empty. */
  occupied: string[]
}

async function databaseTables(databaseUrl: string | undefined): Promise<number> {
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ count: string }>(
        "SELECT COUNT(*) AS count FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
      )
      return Number(rows[0]?.count ?? 0)
    } finally {
      await client.end()
    }
  }
  if (!existsSync(sqliteFile())) return 0
  // Loaded here: a process on PostgreSQL, or one that never restores, does not carry SQLite's client.
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${sqliteFile()}` })
  try {
    const result = await client.execute("SELECT COUNT(*) AS count FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return Number(result.rows[0]?.count ?? 0)
  } finally {
    client.close()
  }
}

export async function targetState(databaseUrl: string | undefined, stores: FileStore[]): Promise<TargetState> {
  const occupied: string[] = []
  const tables = await databaseTables(databaseUrl)
  if (tables > 0) occupied.push(`the ${databaseUrl ? 'PostgreSQL' : 'SQLite'} database is not empty (tables: ${tables})`)
  for (const store of stores) {
    if (!(await store.isEmpty())) occupied.push(`the ${store.place === 'bucket' ? 'bucket' : 'folder'} of ${store.collection} holds files`)
  }
  return { occupied: [...new Set(occupied)] }
}

/** Removes the database's tables and the upload folders (a bucket's objects are overwritten instead). */
export async function clearTarget(databaseUrl: string | undefined, stores: FileStore[]): Promise<void> {
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ schema: string }>('SELECT current_schema() AS schema')
      const schema = `"${(rows[0]?.schema ?? 'public').replaceAll('"', '""')}"`
      await client.query(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}`)
    } finally {
      await client.end()
    }
  } else {
    for (const suffix of ['', '-wal', '-shm']) await rm(`${sqliteFile()}${suffix}`, { force: true })
  }
  for (const store of stores) await store.clear()
}
