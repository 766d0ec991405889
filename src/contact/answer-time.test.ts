import assert from 'node:assert/strict'
import { test } from 'node:test'
import { workingDaysBefore } from './answer-time'

test('working days skip weekends', () => {
  // Monday 30 November 2026, 10:00: five working days back is the Monday before.
  assert.equal(workingDaysBefore(new Date('2026-11-30T10:00:00Z'), 5).toISOString(), '2026-11-23T10:00:00.000Z')
  // Ten working days back from a Wednesday is the Wednesday two weeks before.
  assert.equal(workingDaysBefore(new Date('2026-12-02T08:00:00Z'), 10).toISOString(), '2026-11-18T08:00:00.000Z')
  assert.equal(workingDaysBefore(new Date('2026-12-02T08:00:00Z'), 0).toISOString(), '2026-12-02T08:00:00.000Z')
})
