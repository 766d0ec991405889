import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { measureSchedule } from './measure-schedule'

const h1 = { start: '2026-01-01', end: '2026-06-30' }
const h2 = { start: '2026-07-01', end: '2026-12-31' }

describe('measureSchedule', () => {
  it('is the deadline of an open round the validated reports do not answer', () => {
    assert.deepEqual(measureSchedule([h1], [{ period: h2, deadline: '2027-01-31' }], '2027-01-10'), {
      nextDue: '2027-01-31',
      overdue: false,
    })
    assert.deepEqual(measureSchedule([h1], [{ period: h2, deadline: '2027-01-31' }], '2027-02-01'), {
      nextDue: '2027-01-31',
      overdue: true,
    })
  })
  it('follows the rhythm of the validated reports without a round', () => {
    assert.deepEqual(measureSchedule([h1], [{ period: h1, deadline: '2026-07-31' }], '2026-09-01'), {
      nextDue: '2027-02-14',
      overdue: false,
    })
    assert.deepEqual(measureSchedule([h1], [], '2027-03-01'), { nextDue: '2027-02-14', overdue: true })
  })
  it('knows nothing without a report or a round', () => {
    assert.deepEqual(measureSchedule([], [], '2027-03-01'), { nextDue: undefined, overdue: false })
  })
})
