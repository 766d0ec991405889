import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { interleaved, medianOf, ratioText } from './interleaved'
import type { Load } from './wrk'

const load = (requestsPerSecond: number): Load => ({ requestsPerSecond, p99Ms: 1 })

describe('interleaved ratios', () => {
  it('rates each round on its own loads, so one slow baseline round moves the range, not the figure', async () => {
    // Belfort steady at 100; the baseline 200, then one slow round at 100, then 200 again.
    const belfort = [100, 100, 100]
    const baseline = [200, 100, 200]
    let round = 0
    const rated = await interleaved(
      [async () => load(belfort[round]!), async () => load(baseline[round++]!)],
      3,
      ([a, b]) => a!.requestsPerSecond / b!.requestsPerSecond,
    )
    assert.equal(rated.median, 0.5)
    assert.equal(rated.min, 0.5)
    assert.equal(rated.max, 1)
    assert.deepEqual(
      rated.loads.map((l) => l.requestsPerSecond),
      [100, 200],
    )
    assert.equal(ratioText(rated), 'ratio 0.5 (median of 3 interleaved rounds, 0.5–1)')
  })

  it('runs the loads in turns, turning the order each round (A B, B A, A B), and rates each round in the given order', async () => {
    const order: string[] = []
    const rated: string[] = []
    await interleaved(
      [
        async () => {
          order.push('A')
          return load(1)
        },
        async () => {
          order.push('B')
          return load(2)
        },
      ],
      3,
      ([a, b]) => {
        rated.push(`${a!.requestsPerSecond} ${b!.requestsPerSecond}`)
        return 1
      },
    )
    assert.deepEqual(order, ['A', 'B', 'B', 'A', 'A', 'B'])
    assert.deepEqual(rated, ['1 2', '1 2', '1 2'])
  })

  it('runs a warm-up round first and rates only the rounds after it', async () => {
    // A server still compiling: Belfort at 50 in the first round, then 100; the baseline steady at 200.
    const belfort = [50, 100, 100, 100]
    let round = 0
    const rated = await interleaved(
      [
        async () => load(belfort[round]!),
        async () => {
          round++
          return load(200)
        },
      ],
      3,
      ([a, b]) => a!.requestsPerSecond / b!.requestsPerSecond,
      { warmUp: true },
    )
    assert.equal(round, 4, 'one round more than rated')
    assert.equal(rated.min, 0.5)
    assert.equal(rated.median, 0.5)
    assert.equal(ratioText(rated), 'ratio 0.5 (median of 3 interleaved rounds after a warm-up round, 0.5–0.5)')
  })

  it('takes a median some round gave', () => {
    assert.equal(medianOf([3, 1, 2]), 2)
    assert.equal(medianOf([4, 1, 3, 2]), 2)
    assert.equal(ratioText({ median: 0.7, min: 0.7, max: 0.7, rounds: 1, warmedUp: false, loads: [] }), 'ratio 0.7 (one round)')
  })
})
