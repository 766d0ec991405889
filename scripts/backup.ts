/**
 * `npm run backup`: one archive of the database and every stored file in BACKUP_DIR (default
 * DATA_DIR/backups), taken while the server runs, encrypted when BACKUP_PASSPHRASE is set (see
 * src/operations/backup). Prints the archive's name and what it holds, never its contents.
 */
process.env.BELFORT_JOBS = 'off'
const { getPayload } = await import('payload')
const { importPayloadConfig } = await import('../src/load-config')
const { readEnvironment } = await import('../src/environment')
const { takeBackup } = await import('../src/operations/backup/take-backup')
const { describeBytes } = await import('../src/operations/backup/describe')

const settings = readEnvironment().backup
const payload = await getPayload({ config: await importPayloadConfig() })
try {
  const result = await takeBackup(payload, { dir: settings.dir, passphrase: settings.passphrase })
  console.log(`archive  ${result.file}${result.encrypted ? ' (encrypted)' : ''}`)
  console.log(`size     ${describeBytes(result.bytes)}`)
  console.log(`database ${result.tables} tables, ${result.rows} rows`)
  for (const [collection, count] of Object.entries(result.counts)) console.log(`  ${collection.padEnd(28)} ${count}`)
  console.log(`files    ${result.files}`)
  if (result.missingFiles > 0)
    console.log(`warning: ${result.missingFiles} files named in the database were not found and are not in the archive`)
  process.exitCode = 0
} catch (error) {
  console.error(`backup failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
  process.exit()
}

export {}
