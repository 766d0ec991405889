import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { rollUp } from './rollup'

describe('roll-up', () => {
  it('weighs the progress of the measures under a node and counts them by status', () => {
    const result = rollUp({
      children: [
        {
          measures: [
            { status: 'on-track', percent: 50 },
            { status: 'done', percent: 80, weight: 2 },
          ],
        },
        { children: [{ measures: [{ status: 'late', percent: 10, weight: 1 }] }] },
      ],
    })
    // (50 + 100×2 + 10) / 4
    assert.equal(result.progress, 65)
    assert.equal(result.measures, 3)
    assert.deepEqual(result.counts, { 'not-started': 0, 'on-track': 1, 'at-risk': 0, late: 1, done: 1, stopped: 0 })
  })

  it('counts a stopped measure but leaves it out of the progress', () => {
    const result = rollUp({
      measures: [
        { status: 'on-track', percent: 40 },
        { status: 'stopped', percent: 0 },
      ],
    })
    assert.equal(result.progress, 40)
    assert.equal(result.counts.stopped, 1)
  })

  it('has no progress for an empty branch or one with only stopped measures, rather than 0 %', () => {
    assert.equal(rollUp({}).progress, null)
    assert.equal(rollUp({ children: [{}, { measures: [] }] }).progress, null)
    assert.equal(rollUp({ measures: [{ status: 'stopped', percent: 70 }] }).progress, null)
  })

  it('keeps reported figures within 0–100', () => {
    assert.equal(
      rollUp({
        measures: [
          { status: 'on-track', percent: 130 },
          { status: 'at-risk', percent: -20 },
        ],
      }).progress,
      50,
    )
  })
})
