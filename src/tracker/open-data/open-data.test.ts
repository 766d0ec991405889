import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatCell, toCsv } from './csv'
import { matchDataRoute } from './http'
import { cellsOf, columnsOf, integer, localized, numberOrNull, object, objectOrNull, array, string } from './schema'
import { dayOf } from './field-values'
import { datasetOf } from './registry'

describe('CSV writer', () => {
  it('writes RFC 4180: header, CRLF records, quotes only where needed and doubled inside', () => {
    assert.equal(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          ['has, comma', 'has "quote"'],
          ['line\nbreak', null],
        ],
      ),
      'a,b\r\nx,1\r\n"has, comma","has ""quote"""\r\n"line\nbreak",\r\n',
    )
    assert.equal(toCsv(['a'], []), 'a\r\n')
  })

  it('guards text a spreadsheet would run, and leaves numbers alone, negative ones included', () => {
    assert.equal(formatCell('=1+1'), "'=1+1")
    assert.equal(formatCell('+32 2 000 00 00'), "'+32 2 000 00 00")
    assert.equal(formatCell('-minus'), "'-minus")
    assert.equal(formatCell('@SUM(A1)'), "'@SUM(A1)")
    assert.equal(formatCell('\tTab'), "'\tTab")
    assert.equal(formatCell(-2.5), '-2.5')
    assert.equal(formatCell(0), '0')
    assert.equal(formatCell(Number.NaN), '')
    assert.equal(formatCell(true), 'true')
    assert.equal(formatCell(null), '')
    assert.equal(formatCell('a=b'), 'a=b')
  })
})

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

describe('addresses', () => {
  it('match exactly the documented spelling', () => {
    assert.deepEqual(matchDataRoute('/data/v1/plans/2030.csv'), {
      kind: 'dataset',
      dataset: datasetOf('plan'),
      parameter: 2030,
      format: 'csv',
    })
    assert.deepEqual(matchDataRoute('/data/v1/indicators/12.json'), {
      kind: 'dataset',
      dataset: datasetOf('indicator'),
      parameter: 12,
      format: 'json',
    })
    assert.deepEqual(matchDataRoute('/data/v1/reports.json'), {
      kind: 'dataset',
      dataset: datasetOf('reports'),
      parameter: undefined,
      format: 'json',
    })
    assert.deepEqual(matchDataRoute('/data/v1/summits/2025.json'), {
      kind: 'dataset',
      dataset: datasetOf('summit'),
      parameter: 2025,
      format: 'json',
    })
    assert.deepEqual(matchDataRoute('/data/openapi.json'), { kind: 'openapi' })
    assert.deepEqual(matchDataRoute('/data/catalog.jsonld'), { kind: 'catalog' })
    for (const path of [
      '/data/v1/plans/02030.json',
      '/data/v1/plans/x.json',
      '/data/v1/reports.JSON',
      '/data/v1/plans.json',
      '/data/v1/reports.json/',
      '/data/v1/12.json',
      '/data/v1/indicators/1/2.json',
      '/data/v1/indicators/1234567890.json',
      '/data/v1/summits/2025.xml',
      '/data/v1xreports.json',
    ]) {
      assert.equal(matchDataRoute(path), undefined, path)
    }
  })
})

describe('dates', () => {
  it('are the calendar day in Brussels, as the pages show them', () => {
    assert.equal(dayOf('2024-03-14T23:30:00.000Z'), '2024-03-15')
    assert.equal(dayOf('2024-07-01T00:00:00.000Z'), '2024-07-01')
    assert.equal(dayOf(null), null)
    assert.equal(dayOf('not a date'), null)
  })
})
