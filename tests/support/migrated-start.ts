/**
 * One migrated, empty database per run for the integration tests, made once before their step and
 * copied by each test file (the SQLite folder, or a PostgreSQL database made from it as a template)
 * instead of applying every migration again: a file's start cost a second of migrating on either
 * database, some ninety times a run. A file that migrates step by step (`migrate: false`) still
 * starts empty.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SeededStart } from './seeded-start'

/** The environment variable that hands a test process the run's migrated start (JSON). */
export const MIGRATED_START = 'BELFORT_MIGRATED_START'

/**
 * Shaped as the browser tests' seeded start: a DATA_DIR to copy (the migrated SQLite database), and on
 * PostgreSQL the migrated database new ones are made from.
 */
export type MigratedStart = SeededStart

const HERE = path.dirname(fileURLToPath(import.meta.url))
const MAKER = path.join(HERE, 'make-migrated-start.ts')

/**
 * Migrates an empty database in a process of its own (Payload reads its configuration from the
 * environment once per process), with `loader` for the TypeScript and `env` for the database
 * (BELFORT_TEST_DB, DATABASE_URL_TEST).
 */
export async function prepareMigratedStart(loader: string, env: NodeJS.ProcessEnv): Promise<MigratedStart> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-migrated-'))
  let output = ''
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', loader, MAKER, dataDir], {
      cwd: path.resolve(HERE, '../..'),
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    child.once('error', reject)
    child.once('exit', resolve)
  })
  const answer = output.trim().split('\n').at(-1) ?? ''
  if (code !== 0 || !answer.startsWith('{')) {
    rmSync(dataDir, { recursive: true, force: true })
    throw new Error(`migrating the integration tests' database failed (exit code ${code}):\n${output.slice(-2000)}`)
  }
  return JSON.parse(answer) as MigratedStart
}

/** The migrated start this test process was given, if any. */
export function givenMigratedStart(): MigratedStart | undefined {
  const text = process.env[MIGRATED_START]?.trim()
  return text ? (JSON.parse(text) as MigratedStart) : undefined
}
