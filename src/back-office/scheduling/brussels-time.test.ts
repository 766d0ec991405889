import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { brusselsWallTimeToInstant, formatBrusselsTime, instantToBrusselsWallTime } from './brussels-time'

describe('Brussels time for scheduling', () => {
  it('reads a typed time as Brussels time in winter and in summer, whatever the process time zone', () => {
    assert.equal(brusselsWallTimeToInstant('2026-11-30T14:05')?.toISOString(), '2026-11-30T13:05:00.000Z')
    assert.equal(brusselsWallTimeToInstant('2026-07-01T14:05')?.toISOString(), '2026-07-01T12:05:00.000Z')
  })
  it('gets the days the clock changes right', () => {
    assert.equal(brusselsWallTimeToInstant('2026-03-29T03:30')?.toISOString(), '2026-03-29T01:30:00.000Z')
    assert.equal(brusselsWallTimeToInstant('2026-10-25T04:00')?.toISOString(), '2026-10-25T03:00:00.000Z')
  })
  it('refuses what is not a datetime-local value', () => {
    assert.equal(brusselsWallTimeToInstant(''), undefined)
    assert.equal(brusselsWallTimeToInstant('30-11-2026 14:05'), undefined)
  })
  it('writes an instant back as the Brussels wall time', () => {
    assert.equal(instantToBrusselsWallTime(new Date('2026-11-30T13:05:00Z')), '2026-11-30T14:05')
    assert.equal(instantToBrusselsWallTime(new Date('2026-07-01T12:05:00Z')), '2026-07-01T14:05')
  })
  it('shows a 24-hour Brussels time in each language', () => {
    const at = '2026-11-30T13:05:00Z'
    assert.match(formatBrusselsTime(at, 'nl'), /30 november 2026.*14:05/)
    assert.match(formatBrusselsTime(at, 'fr'), /30 novembre 2026.*14:05/)
    assert.match(formatBrusselsTime(at, 'en'), /30 November 2026.*14:05/)
  })
})
