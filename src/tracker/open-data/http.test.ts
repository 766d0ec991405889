import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { matchDataRoute } from './http'
import { datasetOf } from './registry'

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
    assert.deepEqual(matchDataRoute('/data/v1/plans/2021.zip'), { kind: 'bundle', year: 2021 })
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
      '/data/v1/plans/02021.zip',
      '/data/v1/reports.zip',
      '/data/v1/plans/2021.zip/',
      '/data/v1xreports.json',
    ]) {
      assert.equal(matchDataRoute(path), undefined, path)
    }
  })
})
