import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lineChart, niceTicks } from './chart'

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
