import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lineChart, niceTicks } from '../chart'
import { compareSummits } from '../compare'
import { type FilterOptions, matches, type MeasureFacts, readFilters, sameEverywhere, selectionQuery, statusOptions } from '../filters'
import type { PlanEntry } from '../plan'
import { rollUp } from '../rollup'
import type { SnapshotItem, SummitSnapshot } from '../snapshot'

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

describe('dashboard filters', () => {
  const options: FilterOptions = {
    pillar: [{ id: '1', label: '1 Economy', values: sameEverywhere('1') }],
    theme: [{ id: '7', label: 'Jobs', values: { nl: 'werk', fr: 'emploi', en: 'jobs' } }],
    status: statusOptions((s) => s),
    partner: [],
    administration: [],
  }

  it('reads values the form offers, in the URL’s language, and names the others', () => {
    const { selection, bad } = readFilters(new URLSearchParams('pillar=1&theme=emploi&status=late&partner=x'), options, 'fr')
    assert.deepEqual([selection.pillar?.id, selection.theme?.id, selection.status?.id], ['1', '7', 'late'])
    assert.deepEqual(bad, [{ name: 'partner', value: 'x' }])
    assert.equal(selectionQuery(selection, 'nl'), '?pillar=1&theme=werk&status=late')
    assert.deepEqual(readFilters(new URLSearchParams('theme=emploi'), options, 'en').bad, [{ name: 'theme', value: 'emploi' }])
  })

  it('keeps a measure only when it meets every chosen filter', () => {
    const facts: MeasureFacts = {
      entry: {} as PlanEntry,
      pillar: '1',
      themes: new Set([7]),
      administration: 3,
      partners: new Set([9]),
      status: 'late',
    }
    const { selection } = readFilters(new URLSearchParams('pillar=1&theme=jobs&status=late'), options, 'en')
    assert.ok(matches(facts, selection))
    assert.ok(!matches({ ...facts, status: 'done' }, selection))
    assert.ok(!matches({ ...facts, themes: new Set() }, selection))
    assert.ok(matches(facts, {}))
  })
})

describe('line chart', () => {
  it('puts ticks on round values that cover the data', () => {
    assert.deepEqual(niceTicks(60, 70), [60, 62, 64, 66, 68, 70])
    const ticks = niceTicks(2_000_000, 3_800_000)
    assert.ok(ticks[0]! <= 2_000_000 && ticks.at(-1)! >= 3_800_000)
    assert.ok(niceTicks(5, 5).length >= 2)
  })

  it('is an image with its title and description, one point per value, escaped text', () => {
    const svg = lineChart({
      id: 'c',
      title: 'Rate <b>',
      description: 'Four values & a target',
      points: [
        { date: '2020-12-31', value: 61 },
        { date: '2021-12-31', value: 62 },
        { date: '2022-12-31', value: 63 },
        { date: '2023-12-31', value: 64, provisional: true },
      ],
      baseline: { date: '2019-12-31', value: 60 },
      target: { date: '2030-12-31', value: 70 },
      formatValue: (v) => `${v}%`,
      formatYear: String,
      legend: { series: 'Rate', baseline: 'Baseline', target: 'Target', provisional: 'provisional' },
    }).value
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/)
    assert.match(svg, /<title id="c-title">Rate &lt;b&gt;<\/title><desc id="c-desc">Four values &amp; a target<\/desc>/)
    assert.equal((svg.match(/<circle class="chart__point"/g) ?? []).length, 3)
    assert.equal((svg.match(/<circle class="chart__point chart__point--provisional"/g) ?? []).length, 1)
    assert.ok(!svg.includes('style='), 'no inline style (the CSP forbids it)')
  })
})
