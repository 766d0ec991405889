/**
 * The names of the committed migrations of each database, as a module a server reads without
 * importing the migrations themselves (they load Payload's database adapters): `/readyz` compares
 * them with the database's, and a public-only instance never runs a migration. Written by
 * `npm run migrations:create`, or by `npm run migrations:names` alone (after a merge, say);
 * scripts/migration-names.test.ts fails when it no longer matches.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const MIGRATION_NAMES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/migrations/names.generated.ts')

export function migrationNamesModule(names: { sqlite: readonly string[]; postgres: readonly string[] }): string {
  return `// Written by \`npm run migrations:create\` or \`npm run migrations:names\` (scripts/migration-names.ts): do not edit.
export const MIGRATION_NAMES: { sqlite: readonly string[]; postgres: readonly string[] } = ${JSON.stringify(names, null, 2)}
`
}

/** The names of the migrations each index module lists, in their order. */
export async function committedMigrationNames(): Promise<{ sqlite: string[]; postgres: string[] }> {
  const [{ migrations: sqlite }, { migrations: postgres }] = await Promise.all([
    import('../src/migrations/sqlite'),
    import('../src/migrations/postgres'),
  ])
  return { sqlite: sqlite.map((migration) => migration.name), postgres: postgres.map((migration) => migration.name) }
}

export async function writeMigrationNames(): Promise<void> {
  writeFileSync(MIGRATION_NAMES_FILE, migrationNamesModule(await committedMigrationNames()))
}

// `npm run migrations:names`: the list written again from the migrations' index modules.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeMigrationNames()
  console.log(`written: ${path.relative(process.cwd(), MIGRATION_NAMES_FILE)}`)
  process.exit(0)
}
