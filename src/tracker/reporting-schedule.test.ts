import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lastReportedDay, nextReportingPeriod } from './reporting-schedule'

describe('the next reporting period', () => {
  it('follows half-years with the next half-year', () => {
    const periods = [
      { start: '2025-01-01', end: '2025-06-30' },
      { start: '2026-01-01', end: '2026-06-30' },
      { start: '2025-07-01', end: '2025-12-31' },
    ]
    assert.deepEqual(nextReportingPeriod(periods), { start: '2026-07-01', end: '2026-12-31' })
    assert.equal(lastReportedDay(periods), '2026-06-30')
  })

  it('follows a quarter with a quarter, across the end of a year and through February', () => {
    assert.deepEqual(nextReportingPeriod([{ start: '2026-10-01', end: '2026-12-31' }]), { start: '2027-01-01', end: '2027-03-31' })
    assert.deepEqual(nextReportingPeriod([{ start: '2027-11-01', end: '2027-11-30' }]), { start: '2027-12-01', end: '2027-12-31' })
    assert.deepEqual(nextReportingPeriod([{ start: '2027-12-01', end: '2028-01-31' }]), { start: '2028-02-01', end: '2028-03-31' })
  })

  it('takes the longest of the periods that end last', () => {
    const periods = [
      { start: '2026-04-01', end: '2026-06-30' },
      { start: '2026-01-01', end: '2026-06-30' },
    ]
    assert.deepEqual(nextReportingPeriod(periods), { start: '2026-07-01', end: '2026-12-31' })
  })

  it('counts days for a period that does not follow the months', () => {
    assert.deepEqual(nextReportingPeriod([{ start: '2026-03-15', end: '2026-04-14' }]), { start: '2026-04-15', end: '2026-05-15' })
  })

  it('has nothing to say without a period', () => {
    assert.equal(nextReportingPeriod([]), undefined)
    assert.equal(lastReportedDay([]), undefined)
    assert.equal(nextReportingPeriod([{ start: '2026-07-01', end: '2026-06-30' }]), undefined)
    assert.equal(nextReportingPeriod([{ start: 'soon', end: '2026-06-30' }]), undefined)
  })
})
