import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { PlanItem, ProgressReport } from '@/payload-types'
import { lastValidated, readSort, sortMeasures } from './measure-order'
import type { PlanEntry } from './plan'

const measure = (code: string, latest?: Pick<ProgressReport, 'status' | 'percent' | 'validatedAt'>): PlanEntry => ({
  item: { code } as PlanItem,
  level: 'measure',
  parentId: null,
  children: [],
  latest: latest as ProgressReport | undefined,
  rollup: { progress: null } as PlanEntry['rollup'],
})

const plan = [
  measure('1.1.1', { status: 'on-track', percent: 40, validatedAt: '2026-03-02T10:00:00.000Z' }),
  measure('1.1.2'),
  measure('1.2.1', { status: 'late', percent: 10, validatedAt: '2025-11-20T09:00:00.000Z' }),
  measure('2.1.1', { status: 'done', percent: 100, validatedAt: '2026-06-30T08:00:00.000Z' }),
  measure('2.1.2', { status: 'at-risk', percent: 40, validatedAt: '2026-06-30T15:00:00.000Z' }),
]
const codes = (entries: PlanEntry[]) => entries.map((e) => e.item.code)

describe('the order of the list of every measure', () => {
  it('keeps the plan’s order by code', () => {
    assert.deepEqual(codes(sortMeasures(plan, 'code')), ['1.1.1', '1.1.2', '1.2.1', '2.1.1', '2.1.2'])
  })

  it('puts the measures that need attention first, a measure without report counting as not started', () => {
    assert.deepEqual(codes(sortMeasures(plan, 'status')), ['1.2.1', '2.1.2', '1.1.2', '1.1.1', '2.1.1'])
  })

  it('runs from the most to the least complete, equals in the plan’s order', () => {
    assert.deepEqual(codes(sortMeasures(plan, 'progress')), ['2.1.1', '1.1.1', '2.1.2', '1.2.1', '1.1.2'])
  })

  it('runs from the newest validation, by day, with never-validated measures last', () => {
    assert.deepEqual(codes(sortMeasures(plan, 'validated')), ['2.1.1', '2.1.2', '1.1.1', '1.2.1', '1.1.2'])
    assert.equal(lastValidated(plan[1]!), undefined)
    assert.equal(lastValidated(plan[0]!), '2026-03-02')
    // Validated at 23:30 in Brussels: that day, not the next one in UTC's count.
    assert.equal(lastValidated(measure('3', { status: 'done', percent: 100, validatedAt: '2026-06-30T21:30:00.000Z' })), '2026-06-30')
  })

  it('names a sort it does not know, and takes none as the plan’s order', () => {
    assert.deepEqual(readSort(null), { sort: 'code' })
    assert.deepEqual(readSort('progress'), { sort: 'progress' })
    assert.deepEqual(readSort('<script>'), { bad: '<script>' })
  })
})
