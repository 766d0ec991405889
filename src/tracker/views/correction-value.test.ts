import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatValue } from '../indicator-values'
import { correctionValue } from './correction-value'

const value = (unit: Parameters<typeof formatValue>[1] | null, oldValue: number, newValue: number) => ({
  subject: 'observation' as const,
  observation: { unit },
  oldStatus: null,
  newStatus: null,
  oldPercent: null,
  newPercent: null,
  oldValue,
  newValue,
})

describe('correctionValue', () => {
  it('writes a corrected value in its indicator’s unit, in the page’s language, as its other values', () => {
    assert.equal(correctionValue(value('percent', 12.5, 11.75), 'old', 'fr'), formatValue(12.5, 'percent', 'fr'))
    assert.equal(correctionValue(value('percent', 12.5, 11.75), 'new', 'en'), '11.75%')
    assert.equal(correctionValue(value('euro', 1500000, 1450000), 'new', 'nl'), formatValue(1450000, 'euro', 'nl'))
    assert.match(correctionValue(value('euro', 1500000, 1450000), 'new', 'nl'), /€/)
    assert.match(correctionValue(value('people', 1200, 1250), 'old', 'en'), /^1,200 people$/)
  })
  it('falls back to a plain number where the unit is not known', () => {
    assert.equal(correctionValue(value(null, 1234.5, 1200), 'old', 'fr'), formatValue(1234.5, 'count', 'fr'))
  })
  it('writes a report’s status and percentage', () => {
    const report = {
      subject: 'report' as const,
      observation: null,
      oldStatus: 'on-track' as const,
      newStatus: 'at-risk' as const,
      oldPercent: 40,
      newPercent: 38,
      oldValue: null,
      newValue: null,
    }
    assert.equal(correctionValue(report, 'old', 'en'), 'On track, 40%')
    assert.equal(correctionValue(report, 'new', 'en'), 'At risk, 38%')
  })
})
