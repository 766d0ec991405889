import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { it } from 'node:test'
import { committedMigrationNames, MIGRATION_NAMES_FILE, migrationNamesModule } from './migration-names'

it('lists the names of the committed migrations of both databases, in order (else: npm run migrations:names)', async () => {
  const committed = readFileSync(MIGRATION_NAMES_FILE, 'utf8')
  assert.equal(committed, migrationNamesModule(await committedMigrationNames()))
})
