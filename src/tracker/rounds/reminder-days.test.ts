import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { reminderMoment } from './reminder-days'

describe('reminderMoment', () => {
  it('announces a round that has not been announced, whatever the day', () => {
    assert.equal(reminderMoment('2026-03-31', '2026-03-02', false), 'opening')
  })
  it('reminds a week before, the day after, then weekly', () => {
    assert.equal(reminderMoment('2026-03-31', '2026-03-24', true), 'week-before')
    assert.equal(reminderMoment('2026-03-31', '2026-04-01', true), 'day-after')
    assert.equal(reminderMoment('2026-03-31', '2026-04-08', true), 'weekly')
    assert.equal(reminderMoment('2026-03-31', '2026-04-15', true), 'weekly')
  })
  it('stays quiet on other days', () => {
    for (const day of ['2026-03-25', '2026-03-31', '2026-04-02', '2026-04-07'])
      assert.equal(reminderMoment('2026-03-31', day, true), undefined, day)
  })
})
