import assert from 'node:assert/strict'
import { it } from 'node:test'
import { formatDateTime } from './date-time'

it('says a moment in Brussels time, day month year and 24-hour time, in each admin language', () => {
  // 12:51 UTC is 13:51 in Brussels in November (winter time), 14:51 in July (summer time).
  assert.equal(formatDateTime('2026-11-23T12:51:00.000Z', 'nl'), '23 november 2026 13:51')
  assert.equal(formatDateTime('2026-11-23T12:51:00.000Z', 'fr'), '23 novembre 2026 13:51')
  assert.equal(formatDateTime('2026-11-23T12:51:00.000Z', 'en'), '23 November 2026 13:51')
  assert.equal(formatDateTime('2026-07-01T12:51:00.000Z', 'nl'), '1 juli 2026 14:51')
  assert.equal(formatDateTime('2026-11-23T23:05:00.000Z', 'nl'), '24 november 2026 00:05')
})
