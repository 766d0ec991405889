/**
 * The tables a backup holds, read from Payload's drizzle schema (the same on both adapters), and
 * the ones it leaves out on purpose.
 */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { drizzleOperators } from '@/drizzle-operators'
import { columnKind } from './column-values'
import type { ColumnKind } from './manifest'

/** Left out of every archive, with the reason written into its manifest. */
export const LEFT_OUT: Record<string, string> = {
  payload_migrations: 'recorded in the manifest; a restore runs the migrations instead',
  users_sessions: 'staff sessions: everyone signs in again after a restore',
  payload_locked_documents: 'edit locks of the moment',
  payload_locked_documents_rels: 'edit locks of the moment',
  search_entries: 'search index: rebuilt by the restore',
  search_fts: 'search index: rebuilt by the restore',
  search_vocab: 'search index: rebuilt by the restore',
  search_terms: 'search index: rebuilt by the restore',
  search_candidates: 'search index: rebuilt by the restore',
  content_store: 'content store: rebuilt by the restore',
  content_store_dependencies: 'content store: rebuilt by the restore',
}

export interface TableShape {
  name: string
  columns: { name: string; kind: ColumnKind }[]
}

export type DatabaseKind = 'sqlite' | 'postgres'

export function databaseKind(payload: Payload): DatabaseKind {
  return payload.db.name === 'postgres' ? 'postgres' : 'sqlite'
}

/** Every table of the schema this code defines, with its columns' kinds, minus those left out. */
export async function schemaTables(payload: Payload): Promise<TableShape[]> {
  const { getTableColumns, getTableName } = await drizzleOperators(payload)
  const tables = (payload.db as unknown as { tables: Record<string, Parameters<typeof getTableName>[0]> }).tables
  const shapes: TableShape[] = []
  for (const table of Object.values(tables)) {
    const name = getTableName(table)
    if (name in LEFT_OUT) continue
    const columns = Object.values(getTableColumns(table)).map((column) => ({
      name: column.name,
      kind: columnKind(column.columnType, column.dataType),
    }))
    shapes.push({ name, columns })
  }
  return shapes
}

export function postgresPool(payload: Payload): Pool {
  return (payload.db as unknown as { pool: Pool }).pool
}

export function sqliteClient(payload: Payload): Client {
  return (payload.db as unknown as { client: Client }).client
}

export function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
