import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dayAt, monthsLater } from './fields'
import { overdueWhere, startOfDay } from './overdue'

test('twelve months later is the same day, or the month’s last day', () => {
  assert.equal(dayAt(monthsLater(new Date('2026-11-29T22:30:00Z'), 12)), '2027-11-29T00:00:00.000Z')
  assert.equal(dayAt(monthsLater(new Date('2027-01-31T08:00:00Z'), 1)), '2027-02-28T00:00:00.000Z')
  assert.equal(dayAt(monthsLater(new Date('2028-02-29T08:00:00Z'), 12)), '2029-02-28T00:00:00.000Z')
})

test('an item due today is not overdue; one due yesterday is', () => {
  const now = new Date('2026-11-29T15:00:00Z')
  assert.equal(startOfDay(now), '2026-11-29T00:00:00.000Z')
  const limit = (overdueWhere(now).reviewBy as { less_than: string }).less_than
  assert.ok('2026-11-28T00:00:00.000Z' < limit)
  assert.ok(!('2026-11-29T00:00:00.000Z' < limit))
  assert.deepEqual(overdueWhere(now, 7), { and: [{ reviewBy: { less_than: limit } }, { owner: { equals: 7 } }] })
})
