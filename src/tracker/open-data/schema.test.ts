import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { array, cellsOf, columnsOf, integer, localized, numberOrNull, object, objectOrNull, string } from './schema'

describe('columns from a schema', () => {
  const schema = object({
    id: integer('id'),
    title: localized('title'),
    parentCode: string('code'),
    latest: objectOrNull({ value: numberOrNull('v') }, 'latest'),
    partners: array(object({ id: integer('id') }), 'partners'),
  })

  it('flattens nested objects into snake_case columns and writes lists as JSON text', () => {
    const columns = columnsOf(schema)
    assert.deepEqual(
      columns.map((c) => c.name),
      ['id', 'title_nl', 'title_fr', 'title_en', 'parent_code', 'latest_value', 'partners'],
    )
    assert.deepEqual(
      cellsOf({ id: 1, title: { nl: 'a', fr: null, en: 'c' }, parentCode: '1.2', latest: null, partners: [{ id: 3 }] }, columns),
      [1, 'a', null, 'c', '1.2', null, '[{"id":3}]'],
    )
  })
})
