import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sayEnglishMoment, sayMoment } from './english-dates'

describe('dates Payload writes in American English only', () => {
  it('are said in the admin’s language on the 24-hour clock, Brussels time', () => {
    // Written and read in this process's zone, as the browser writes and reads it in its own.
    const utcMidnight = new Date(Date.UTC(2026, 10, 30, 0, 57))
    const english = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      hour: 'numeric',
      hour12: true,
      minute: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(utcMidnight)
    const expected = sayMoment(utcMidnight, 'nl')
    assert.equal(sayEnglishMoment(english, 'nl'), expected)
    assert.match(expected, /^30 november 2026 \d{2}:57$/)
  })

  it('write a moment as "30 november 2026 01:57", in Brussels time', () => {
    const moment = new Date(Date.UTC(2026, 10, 30, 0, 57))
    assert.equal(sayMoment(moment, 'nl'), '30 november 2026 01:57')
    assert.equal(sayMoment(moment, 'fr'), '30 novembre 2026 01:57')
    assert.equal(sayMoment(new Date(Date.UTC(2026, 6, 1, 12, 5)), 'en'), '1 July 2026 14:05')
  })

  it('read noon and midnight right and leave other text alone', () => {
    const local = (hour: number) => sayMoment(new Date(2026, 10, 30, hour, 57), 'nl')
    assert.equal(sayEnglishMoment('Nov 30, 2026, 12:57 AM', 'nl'), local(0))
    assert.equal(sayEnglishMoment('Nov 30, 2026, 12:57\u202fPM', 'nl'), local(12))
    assert.equal(sayEnglishMoment('Nov 30, 2026, 1:57 PM', 'fr'), sayMoment(new Date(2026, 10, 30, 13, 57), 'fr'))
    assert.equal(sayEnglishMoment('30 november 2026 00:57', 'nl'), undefined)
    assert.equal(sayEnglishMoment('redactrice@belfort.test', 'nl'), undefined)
  })
})
