import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { contactFigures, median } from './figures'

describe('contact figures', () => {
  it('takes the median of odd and even counts, and none of nothing', () => {
    assert.equal(median([5, 1, 3]), 3)
    assert.equal(median([4, 1, 3, 2]), 2.5)
    assert.equal(median([]), null)
  })

  it('counts per administration and status, and measures the first answer only on answered messages', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h)).toISOString()
    const { rows, all } = contactFigures([
      { administration: 'Mobility', status: 'new', createdAt: at(0) },
      { administration: 'Mobility', status: 'answered', createdAt: at(0), firstAnsweredAt: at(4) },
      { administration: 'Mobility', status: 'closed', createdAt: at(0), firstAnsweredAt: at(10) },
      { administration: 'Finance', status: 'waiting', createdAt: at(1), firstAnsweredAt: at(2) },
    ])
    assert.deepEqual(
      rows.map((r) => [
        r.administration,
        r.total,
        r.counts.new,
        r.counts.answered,
        r.counts.closed,
        r.counts.waiting,
        r.medianHoursToFirstAnswer,
      ]),
      [
        ['Finance', 1, 0, 0, 0, 1, 1],
        ['Mobility', 3, 1, 1, 1, 0, 7],
      ],
    )
    assert.equal(all.total, 4)
    assert.equal(all.medianHoursToFirstAnswer, 4)
  })
})
