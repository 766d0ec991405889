import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Lifecycle } from './lifecycle'
import { appliedMigrations, readinessCheck } from './readiness-check'

/** The migrations table as the store's reads answer it, or a database that does not answer. */
const withMigrations = (names: string[] | Error) =>
  appliedMigrations({
    read: async (sql) => {
      assert.equal(sql, 'SELECT name FROM payload_migrations')
      if (names instanceof Error) throw names
      return names.map((name) => ({ name }))
    },
  })

test('ready only with this version’s migrations, a database that answers, and not stopping', async () => {
  const shipped = ['20261123_initial', '20261130_four_eyes']
  const lifecycle = new Lifecycle()
  assert.equal(await readinessCheck(withMigrations(shipped), lifecycle, shipped)(), undefined)
  assert.equal(
    await readinessCheck(withMigrations(['20261123_initial']), lifecycle, shipped)(),
    'migrations not applied: 20261130_four_eyes',
  )
  assert.match(
    (await readinessCheck(withMigrations([...shipped, '20270101_next']), lifecycle, shipped)()) ?? '',
    /does not ship: 20270101_next/,
  )
  assert.equal(await readinessCheck(withMigrations(new Error('connection refused')), lifecycle, shipped)(), 'database not reachable')
  Object.defineProperty(lifecycle, 'stopping', { get: () => true })
  assert.equal(await readinessCheck(withMigrations(shipped), lifecycle, shipped)(), 'stopping')
})
