/**
 * `npm run restore -- <archive> [--force]`: puts a backup back into the database and data folder
 * this configuration names (DATA_DIR, DATABASE_URL, S3_BUCKET), which must be empty unless --force
 * is given. Every part is checked before anything is written. An archive of either database kind
 * restores into either: this is also how a site moves from SQLite to PostgreSQL (see README).
 * Exit codes: 0 restored, 1 failed, 2 usage, 3 target not empty, 4 archive refused.
 */
import path from 'node:path'

const args = process.argv.slice(2)
const force = args.includes('--force')
const files = args.filter((arg) => !arg.startsWith('--'))
if (files.length !== 1 || args.some((arg) => arg.startsWith('--') && arg !== '--force')) {
  console.error('usage: npm run restore -- <archive> [--force]')
  process.exit(2)
}
const file = path.resolve(files[0]!)
process.env.BELFORT_JOBS = 'off'
const { existsSync } = await import('node:fs')
if (!existsSync(file)) {
  console.error(`restore refused: ${file} does not exist`)
  process.exit(4)
}
const { readEnvironment } = await import('../src/environment')
const environment = readEnvironment()
const { verifyArchive } = await import('../src/operations/backup/verify-archive')
const { describeBytes } = await import('../src/operations/backup/describe')

let manifest: Awaited<ReturnType<typeof verifyArchive>>
try {
  manifest = await verifyArchive(file, environment.backup.passphrase)
} catch (error) {
  console.error(`restore refused, nothing was changed: ${(error as Error).message}`)
  process.exit(4)
}
console.log(`archive  ${path.basename(file)}: every part checked (${manifest.parts.length} parts)`)
console.log(
  `         Belfort ${manifest.belfortVersion}, ${manifest.database}, schema ${manifest.migrations.at(-1)}, taken ${manifest.createdAt}`,
)

const { importPayloadConfig } = await import('../src/load-config')
const config = await importPayloadConfig()
const { fileStores } = await import('../src/operations/backup/file-stores')
const { clearTarget, targetState } = await import('../src/operations/backup/restore-target')
const { planRestore, restoreArchive } = await import('../src/operations/backup/restore-archive')
const target = environment.databaseUrl ? 'postgres' : 'sqlite'
const { migrations } = target === 'postgres' ? await import('../src/migrations/postgres') : await import('../src/migrations/sqlite')
try {
  planRestore(manifest, target, migrations)
} catch (error) {
  console.error(`restore refused, nothing was changed: ${(error as Error).message}`)
  process.exit(4)
}
const stores = fileStores(config)
const state = await targetState(environment.databaseUrl, stores).catch((error: unknown) => {
  console.error(`restore refused, nothing was changed: the target cannot be read (${(error as Error).message})`)
  process.exit(1)
})
if (state.occupied.length > 0) {
  if (!force) {
    console.error(`restore refused, nothing was changed: the target is not empty (${state.occupied.join('; ')}).`)
    console.error('Restore into an empty DATA_DIR and database, or add --force to replace what is there.')
    process.exit(3)
  }
  console.log(`--force: replacing what is there (${state.occupied.join('; ')})`)
  await clearTarget(environment.databaseUrl, stores)
}

const { getPayload } = await import('payload')
const payload = await getPayload({ config })
try {
  const result = await restoreArchive(payload, { file, passphrase: environment.backup.passphrase, manifest, stores, migrations })
  console.log(`restored into ${target === 'postgres' ? 'PostgreSQL' : `SQLite in ${environment.dataDir}`}`)
  console.log(`database ${manifest.tables.length} tables, ${result.rows} rows`)
  for (const [collection, count] of Object.entries(result.counts)) console.log(`  ${collection.padEnd(28)} ${count}`)
  console.log(`files    ${result.files} (${describeBytes(result.fileBytes)})`)
  if (result.migrationsAfter > 0) console.log(`schema   ${result.migrationsAfter} later migrations applied`)
  console.log(`search   ${result.searchItems} items indexed`)
  console.log('Staff sign in again (sessions are not part of a backup). Start the server with `npm start`.')
  process.exitCode = 0
} catch (error) {
  console.error(`restore failed: ${(error as Error).message}`)
  console.error('The database may be partly restored: run the restore again with --force.')
  process.exitCode = 1
} finally {
  await payload.destroy()
  process.exit()
}
