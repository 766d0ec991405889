import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { migrationsToArchive, migrationTopic } from './migration-level'

const sqlite = ['20261123_030431_initial', '20261123_063458_contact', '20261130_023407_four_eyes']
const postgres = ['20261123_030437_initial', '20261123_063504_contact', '20261123_074248_navigation_search', '20261130_023418_four_eyes']

describe('the migrations that rebuild an archive’s schema', () => {
  it('reads a migration’s topic without its time stamp', () => {
    assert.equal(migrationTopic('20261130_023407_four_eyes'), 'four_eyes')
  })

  it('runs up to the archive’s last migration on the same database kind', () => {
    assert.deepEqual(migrationsToArchive(sqlite.slice(0, 2), sqlite, true), { count: 2 })
    assert.deepEqual(migrationsToArchive(sqlite, sqlite, true), { count: 3 })
  })

  it('finds the archive’s schema by topic on the other kind', () => {
    assert.deepEqual(migrationsToArchive(sqlite, postgres, false), { count: 4 })
    assert.deepEqual(migrationsToArchive(postgres.slice(0, 2), sqlite, false), { count: 2 })
  })

  it('passes over a migration the other kind does not have', () => {
    assert.deepEqual(migrationsToArchive([...postgres, '20261130_055414_backup_task'], sqlite, false), { count: 3 })
    assert.deepEqual(migrationsToArchive(postgres.slice(0, 3), sqlite, false), { count: 2 })
  })

  it('refuses an archive from a newer Belfort', () => {
    const refused = migrationsToArchive([...sqlite, '20261201_000000_later'], sqlite, true)
    assert.ok('refusal' in refused && /newer Belfort/.test(refused.refusal))
    assert.ok('refusal' in migrationsToArchive(['20261201_000000_later'], postgres, false))
    assert.ok('refusal' in migrationsToArchive([], sqlite, true))
  })
})
