import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FROZEN_REPORT_FIELDS, firstChanged } from './frozen-fields'

describe('firstChanged', () => {
  const before = { status: 'on-track', percent: 40, measure: 7, periodEnd: '2026-06-30T00:00:00.000Z', account: 'Loopt.' }

  it('lets a save that sends the same values through, relations as ids or documents and dates in any ISO form', () => {
    const same = { status: 'on-track', percent: 40, measure: { id: 7 }, periodEnd: '2026-06-30T00:00:00Z', account: 'Loopt.' }
    assert.equal(firstChanged(FROZEN_REPORT_FIELDS, same, before), undefined)
  })

  it('names the first value that would change', () => {
    assert.equal(firstChanged(FROZEN_REPORT_FIELDS, { percent: 55 }, before), 'percent')
    assert.equal(firstChanged(FROZEN_REPORT_FIELDS, { measure: 8, percent: 40 }, before), 'measure')
  })

  it('leaves fields the write does not send as they were', () => {
    assert.equal(firstChanged(FROZEN_REPORT_FIELDS, { reviewNote: 'Gezien.', account: 'Vertaald.' }, before), undefined)
  })
})
