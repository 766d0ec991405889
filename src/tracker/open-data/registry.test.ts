import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { csvFileName, DATASETS, dataPath } from './registry'

describe('the registry of datasets', () => {
  it('gives each dataset its own key, address and schema names', () => {
    const unique = (values: string[]) => assert.equal(new Set(values).size, values.length, values.join(', '))
    unique(DATASETS.map((d) => d.key))
    unique(DATASETS.map((d) => d.path))
    unique(DATASETS.flatMap((d) => [d.document.name, d.item.name]))
    unique(DATASETS.map((d) => d.api.name))
  })

  it('puts the parameter of a dataset that takes one in its address and its file name, and nowhere else', () => {
    for (const dataset of DATASETS) {
      const placeholder = dataset.parameter ? `{${dataset.parameter.name}}` : undefined
      assert.equal(/\{\w+\}/.exec(dataset.path)?.[0], placeholder, dataset.key)
      assert.equal(/\{\w+\}/.exec(dataset.csvName)?.[0], placeholder, dataset.key)
    }
  })

  it('fills addresses and file names with the number', () => {
    assert.equal(dataPath('plan', 'csv', 2030), '/data/v1/plans/2030.csv')
    assert.equal(dataPath('reports', 'json'), '/data/v1/reports.json')
    assert.equal(csvFileName(DATASETS.find((d) => d.key === 'summit')!, 2025), 'strategy-summit-2025.csv')
  })

  it('derives each CSV’s columns from its item schema', () => {
    const plan = DATASETS.find((d) => d.key === 'plan')!
    assert.deepEqual(
      plan.columns.slice(0, 6).map((c) => c.name),
      ['id', 'code', 'level', 'parent_id', 'parent_code', 'title_nl'],
    )
  })
})
