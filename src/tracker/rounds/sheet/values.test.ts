import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { accountIn, readPercent, readStatus } from './values'

describe('the values a row fills', () => {
  it('reads a status by its code or its label in any language, whatever the case', () => {
    assert.equal(readStatus('on-track'), 'on-track')
    assert.equal(readStatus(' à risque '), 'at-risk')
    assert.equal(readStatus('VERTRAAGD'), 'late')
    assert.equal(readStatus('Done'), 'done')
    assert.equal(readStatus('almost'), undefined)
  })
  it('reads a percentage from 0 to 100 with a dot, a comma or a percent sign', () => {
    assert.equal(readPercent('55,5'), 55.5)
    assert.equal(readPercent('40 %'), 40)
    assert.equal(readPercent('100'), 100)
    for (const wrong of ['101', '-1', 'lots', '1e2', '']) assert.equal(readPercent(wrong), undefined, wrong)
  })
  it('shows an account in the file’s language, or in the one it was written in', () => {
    assert.equal(accountIn({ nl: 'Loopt.', fr: 'Avance.' }, 'fr'), 'Avance.')
    assert.equal(accountIn({ nl: 'Loopt.' }, 'en'), 'Loopt.')
    assert.equal(accountIn(undefined, 'en'), '')
  })
})
