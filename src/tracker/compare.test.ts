import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { compareSummits } from './compare'
import { rollUp } from './rollup'
import type { SnapshotItem, SummitSnapshot } from './snapshot'

const item = (id: number, code: string, status: SnapshotItem['status'] = null, percent: number | null = null): SnapshotItem => ({
  id,
  code,
  level: (['pillar', 'objective', 'worksite', 'measure'] as const)[code.split('.').length - 1]!,
  parent: null,
  title: { nl: `nl ${code}`, fr: `fr ${code}`, en: `en ${code}` },
  status,
  percent,
  reportedTo: null,
  rollup: rollUp(status ? { measures: [{ status, percent: percent ?? 0 }] } : {}),
})
const snapshot = (versionId: number, items: SnapshotItem[]): SummitSnapshot => ({
  takenAt: '',
  asOf: '',
  planVersion: { id: versionId, year: 2021, title: {} },
  rollup: rollUp({}),
  items,
})

describe('summit comparison', () => {
  it('finds what moved, came and went, and the priorities that changed, within one version', () => {
    const before = snapshot(1, [
      item(1, '1'),
      item(2, '1.1.1.1', 'on-track', 40),
      item(3, '1.1.1.2', 'late', 10),
      item(4, '1.1.1.3', 'done', 100),
    ])
    const after = snapshot(1, [
      item(1, '1'),
      item(2, '1.1.1.1', 'on-track', 55),
      item(4, '1.1.1.3', 'done', 100),
      item(5, '1.1.1.4', 'not-started', 0),
    ])
    const result = compareSummits(
      {
        snapshot: before,
        priorities: [
          { objective: 1, text: 'kept' },
          { objective: 3, text: 'gone' },
        ],
      },
      {
        snapshot: after,
        priorities: [
          { objective: 1, text: 'kept' },
          { objective: 5, text: 'new' },
        ],
      },
    )
    assert.deepEqual(
      result.moved.map((m) => [m.before.percent, m.after.percent]),
      [[40, 55]],
    )
    assert.deepEqual(
      result.added.map((i) => i.code),
      ['1.1.1.4'],
    )
    assert.deepEqual(
      result.dropped.map((i) => i.code),
      ['1.1.1.2'],
    )
    assert.deepEqual(
      result.prioritiesAdded.map((p) => p.text),
      ['new'],
    )
    assert.deepEqual(
      result.prioritiesDropped.map((p) => p.text),
      ['gone'],
    )
  })

  it('matches items by code across two versions of the plan', () => {
    const before = snapshot(1, [item(10, '1.1.1.1', 'late', 10)])
    const after = snapshot(2, [item(20, '1.1.1.1', 'on-track', 30)])
    const result = compareSummits(
      { snapshot: before, priorities: [{ objective: 10, text: 'a' }] },
      { snapshot: after, priorities: [{ objective: 20, text: 'b' }] },
    )
    assert.equal(result.moved.length, 1)
    assert.deepEqual(
      [result.added.length, result.dropped.length, result.prioritiesAdded.length, result.prioritiesDropped.length],
      [0, 0, 0, 0],
    )
  })
})
