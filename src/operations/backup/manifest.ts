/**
 * What an archive says about itself (its last part, `manifest.json`): enough for a restore to
 * check every part and rebuild the site on either database kind.
 */
import type { PartRecord } from './container'

export const ARCHIVE_FORMAT = 1

/** How a column's values are written in the archive, whatever the database kind. */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'date' | 'json'

export interface TableEntry {
  name: string
  /** The part holding its rows: gzip'd JSON lines, one array of values per row in `columns` order. */
  part: string
  rows: number
  columns: { name: string; kind: ColumnKind }[]
}

export interface FileEntry {
  collection: string
  filename: string
  /** The object-storage prefix recorded on the document, if any. */
  prefix: string | null
  part: string
  size: number
}

export interface Manifest {
  format: number
  belfortVersion: string
  createdAt: string
  database: 'sqlite' | 'postgres'
  /** Migrations applied to the database that was backed up, in order; the last is its schema. */
  migrations: string[]
  tables: TableEntry[]
  /** Tables not in the archive and why (derived or short-lived data that a restore rebuilds or drops). */
  leftOut: Record<string, string>
  /** Documents per collection at the moment of the snapshot. */
  counts: Record<string, number>
  files: FileEntry[]
  parts: PartRecord[]
}

/** Checks the shape of a parsed manifest enough that a restore can trust its fields. */
export function parseManifest(bytes: Buffer): Manifest {
  const value = JSON.parse(bytes.toString('utf8')) as Manifest
  if (value.format !== ARCHIVE_FORMAT) throw new Error(`archive format ${value.format} is not known to this version of Belfort`)
  if (value.database !== 'sqlite' && value.database !== 'postgres') throw new Error('the manifest names no database kind')
  if (!Array.isArray(value.tables) || !Array.isArray(value.parts) || !Array.isArray(value.files) || !Array.isArray(value.migrations)) {
    throw new Error('the manifest is incomplete')
  }
  return value
}
