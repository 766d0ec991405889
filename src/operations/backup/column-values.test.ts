import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { columnKind, toArchive, toDatabase } from './column-values'

describe('column values between the databases and the archive', () => {
  it('knows a column’s kind from its drizzle type on both adapters', () => {
    assert.equal(columnKind('PgTimestampString', 'string'), 'date')
    assert.equal(columnKind('PgJsonb', 'json'), 'json')
    assert.equal(columnKind('SQLiteTextJson', 'json'), 'json')
    assert.equal(columnKind('SQLiteBoolean', 'boolean'), 'boolean')
    assert.equal(columnKind('PgNumeric', 'string'), 'number')
    assert.equal(columnKind('SQLiteText', 'string'), 'text')
  })

  it('writes one neutral form whichever database it came from', () => {
    assert.equal(toArchive(new Date('2026-11-30T05:40:00.000Z'), 'date'), '2026-11-30T05:40:00.000Z')
    assert.equal(toArchive('2026-11-30 06:40:00+01', 'date'), '2026-11-30T05:40:00.000Z')
    assert.equal(toArchive(1, 'boolean'), true)
    assert.equal(toArchive(0, 'boolean'), false)
    assert.equal(toArchive('12.50', 'number'), 12.5)
    assert.deepEqual(toArchive('{"a":[1]}', 'json'), { a: [1] })
    assert.deepEqual(toArchive({ a: [1] }, 'json'), { a: [1] })
    assert.equal(toArchive(null, 'json'), null)
  })

  it('gives each database what it stores', () => {
    assert.equal(toDatabase(true, 'boolean', 'sqlite'), 1)
    assert.equal(toDatabase(true, 'boolean', 'postgres'), true)
    assert.equal(toDatabase({ a: 1 }, 'json', 'postgres'), '{"a":1}')
    assert.equal(toDatabase('tekst', 'json', 'sqlite'), '"tekst"')
    assert.equal(toDatabase(null, 'json', 'sqlite'), null)
  })
})
