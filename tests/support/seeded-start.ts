/**
 * A seeded starting point for the browser tests' servers. Adding the demo content is most of a
 * server's first start (about 18 of 30 s on two cores), and some forty test servers start in a run:
 * `npm test` seeds once per database before the browser tests, and each server of startTestServer()
 * then starts from a copy — the SQLite data folder copied, or a PostgreSQL database created with the
 * seeded one as its template. The copy is what a restart of that server would find, so the tests
 * see the same site. The smoke walk and the tests that call startBelfort() themselves still start
 * from an empty database, so seeding on a first start stays tested.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createTestDatabase } from './postgres'

/** The environment variable that carries a seeded start to the test files (JSON of `SeededStart`). */
export const SEEDED_START = 'BELFORT_SEEDED_START'
/**
 * The run's seeded SQLite site, given to every test file whatever its database: a drill on
 * PostgreSQL also restores from a SQLite source.
 */
export const SEEDED_SQLITE = 'BELFORT_SEEDED_SQLITE'

export interface SeededStart {
  /** A stopped server's DATA_DIR, copied for each new server. */
  dataDir: string
  /** On PostgreSQL, the seeded database new ones are created from. */
  database?: string
}

/**
 * Starts a server on an empty database (SQLite, or a new database on the test PostgreSQL server),
 * lets it seed, and stops it.
 */
export async function prepareSeededStart(kind: 'sqlite' | 'postgres'): Promise<SeededStart> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-seeded-'))
  const database = kind === 'postgres' ? await createTestDatabase() : undefined
  // Imported here: server.ts reads the seeded start, and this module must not load it in return.
  const { startBelfort } = await import('./server')
  // Seeding is most of a first start, and a loaded machine may take minutes over it: a late seed is not a failure.
  const server = await startBelfort({ dataDir, databaseUrl: database?.url, timeoutMs: 360_000 })
  await server.stop()
  return { dataDir, database: database?.name }
}

/** Removes the seeded folder (a seeded PostgreSQL database goes with the run's databases). */
export function removeSeededStart(seeded: SeededStart): void {
  rmSync(seeded.dataDir, { recursive: true, force: true, maxRetries: 3 })
}

/** The seeded start this test process was given, if any. */
export function givenSeededStart(): SeededStart | undefined {
  const text = process.env[SEEDED_START]?.trim()
  return text ? (JSON.parse(text) as SeededStart) : undefined
}

/** The run's seeded SQLite site, if there is one. */
export function givenSeededSqlite(): SeededStart | undefined {
  const text = process.env[SEEDED_SQLITE]?.trim()
  return text ? (JSON.parse(text) as SeededStart) : undefined
}

/** A new DATA_DIR holding a copy of the seeded one; the caller removes it. */
export function copySeededDataDir(seeded: SeededStart): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-e2e-'))
  cpSync(seeded.dataDir, dataDir, { recursive: true })
  return dataDir
}
