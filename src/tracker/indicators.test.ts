import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { standing } from './indicators'

describe('indicators', () => {
  const base = { baseline: { date: '2019-12-31', value: 60 }, target: { date: '2030-12-31', value: 70 } }

  it('measures the way covered from baseline to target and what is left', () => {
    const result = standing({
      ...base,
      direction: 'higher',
      observations: [
        { date: '2023-12-31', value: 64 },
        { date: '2022-12-31', value: 62 },
      ],
    })
    assert.equal(result.latest?.value, 64)
    assert.equal(result.progress, 0.4)
    assert.equal(result.remaining, 6)
    assert.equal(result.trend, 'improving')
  })

  it('reads a falling value as improving when lower is better, and nothing is left past the target', () => {
    const result = standing({
      direction: 'lower',
      baseline: { date: '2019-12-31', value: 100 },
      target: { date: '2030-12-31', value: 50 },
      observations: [
        { date: '2022-12-31', value: 60 },
        { date: '2023-12-31', value: 45 },
      ],
    })
    assert.equal(result.trend, 'improving')
    assert.equal(result.progress, 1.1)
    assert.equal(result.remaining, 0)
  })

  it('calls a tiny change stable and a single observation unknown', () => {
    assert.equal(
      standing({
        ...base,
        direction: 'higher',
        observations: [
          { date: '2022-12-31', value: 64 },
          { date: '2023-12-31', value: 64.05 },
        ],
      }).trend,
      'stable',
    )
    assert.equal(standing({ ...base, direction: 'higher', observations: [{ date: '2022-12-31', value: 61 }] }).trend, 'unknown')
    assert.deepEqual(standing({ ...base, direction: 'higher', observations: [] }), {
      latest: undefined,
      progress: null,
      remaining: null,
      trend: 'unknown',
    })
  })
})
