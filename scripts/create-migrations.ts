/**
 * `npm run migrations:create -- <name>`: writes a migration for SQLite and one for PostgreSQL from the
 * current collections, against the latest snapshot of each. PostgreSQL needs a server to talk to:
 * DATABASE_URL_TEST when set, else a throwaway one (see tests/support/postgres.ts). Then writes the
 * list of every migration's name (src/migrations/names.generated.ts).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { guardDroppedConstraints } from '../src/migrations/guard-dropped-constraints'
import { writeMigrationNames } from './migration-names'
import { createTestDatabase, startPostgres, stopPostgres } from '../tests/support/postgres'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const name = process.argv[2]
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: npm run migrations:create -- <name-in-kebab-case>')
  process.exit(2)
}

function create(env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/payload/bin.js'), 'migrate:create', name as string], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
      PAYLOAD_CONFIG_PATH: 'src/payload.config.ts',
      PAYLOAD_SECRET: 'migrations-only-secret-never-signs-a-session',
    },
  })
  if (result.status !== 0) throw new Error(`payload migrate:create failed (${result.status})`)
}

const postgresDir = path.join(root, 'src/migrations/postgres')
const migrationFiles = () => readdirSync(postgresDir).filter((file) => file.endsWith('.ts') && file !== 'index.ts')
const before = new Set(migrationFiles())

const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-migrations-'))
try {
  create({ DATA_DIR: dataDir, DATABASE_URL: '' })
  await startPostgres()
  const database = await createTestDatabase()
  try {
    create({ DATA_DIR: dataDir, DATABASE_URL: database.url })
    // The generated way down drops keys its CASCADE already dropped (guard-dropped-constraints.ts).
    for (const file of migrationFiles().filter((file) => !before.has(file))) {
      const target = path.join(postgresDir, file)
      writeFileSync(target, guardDroppedConstraints(readFileSync(target, 'utf8')))
    }
  } finally {
    await database.drop()
  }
  // The servers read the list of names, not the migrations (scripts/migration-names.ts).
  await writeMigrationNames()
} finally {
  await stopPostgres()
  rmSync(dataDir, { recursive: true, force: true })
}
