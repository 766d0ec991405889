import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dataPackage, fieldOf } from './datapackage'
import { datasetOf } from './registry'
import { columnsOf } from './schema'

describe('the bulk download’s datapackage.json', () => {
  it('types every CSV column of the plan from the schema its cells are written from', () => {
    const plan = datasetOf('plan')
    const fields = Object.fromEntries(plan.columns.map((column) => [column.name, fieldOf(column, plan.item.schema)]))
    assert.equal(Object.keys(fields).length, columnsOf(plan.item.schema).length)
    assert.deepEqual(fields.id, {
      name: 'id',
      type: 'integer',
      description: 'Identifier of the plan item',
      constraints: { required: true },
    })
    assert.equal(fields.title_fr?.type, 'string')
    assert.equal(fields.title_fr?.constraints, undefined, 'a language may be missing: not required')
    assert.deepEqual(fields.level?.constraints?.enum, ['pillar', 'objective', 'worksite', 'measure'])
    for (const field of Object.values(fields)) assert.ok(field.description, `${field.name} says what it holds`)
    const types = new Set(Object.values(fields).map((field) => field.type))
    for (const type of ['integer', 'number', 'string']) assert.ok(types.has(type as never), `some ${type} column`)
  })

  it('names dates and instants as Frictionless does', () => {
    const summit = datasetOf('summits')
    const byName = new Map(summit.columns.map((column) => [column.name, fieldOf(column, summit.item.schema)]))
    assert.equal(byName.get('date')?.type, 'date')
    assert.equal(byName.get('stock_taken_at')?.type, 'datetime')
  })

  it('describes each file with its format, size and, for a CSV, the dialect and fields', () => {
    const plan = datasetOf('plan')
    const descriptor = dataPackage({
      name: 'strategy-plan-2021',
      title: 't',
      description: 'd',
      homepage: 'https://example.org/data/catalog.jsonld',
      license: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' },
      created: '2026-11-30T10:00:00.000Z',
      resources: [
        {
          name: 'p-csv',
          path: 'p.csv',
          title: 'P',
          description: 'P',
          format: 'csv',
          bytes: 10,
          table: { columns: plan.columns, item: plan.item.schema },
        },
        { name: 'p-json', path: 'p.json', title: 'P', description: 'P', format: 'json', bytes: 12 },
      ],
    }) as { profile: string; resources: Record<string, unknown>[] }
    assert.equal(descriptor.profile, 'data-package')
    const [csv = {}, jsonFile = {}] = descriptor.resources
    assert.equal(csv.profile, 'tabular-data-resource')
    assert.equal(csv.mediatype, 'text/csv')
    assert.deepEqual((csv.dialect as { delimiter: string }).delimiter, ',')
    assert.equal((csv.schema as { fields: unknown[] }).fields.length, plan.columns.length)
    assert.equal(jsonFile.mediatype, 'application/json')
    assert.equal(jsonFile.schema, undefined)
  })
})
