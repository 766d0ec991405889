import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MASKED_EMAIL, MASKED_PHONE, maskPersonalData } from './mask'

describe('maskPersonalData', () => {
  it('masks email addresses', () => {
    assert.equal(maskPersonalData('Mail me at anna.peeters@example.be please'), `Mail me at ${MASKED_EMAIL} please`)
    assert.equal(maskPersonalData('jan@voorbeeld.brussels, piet@x.com'), `${MASKED_EMAIL}, ${MASKED_EMAIL}`)
  })

  it('masks phone numbers in the ways Belgians write them', () => {
    for (const phone of ['0470 12 34 56', '+32 470 12 34 56', '02/123.45.67', '0032 2 123 45 67', '+32 (0)2 123 45 67', '0470123456']) {
      assert.equal(maskPersonalData(`Bel ${phone} aub`), `Bel ${MASKED_PHONE} aub`, phone)
    }
  })

  it('leaves dates, years, amounts and short numbers alone', () => {
    const text = 'De premie van 2025 (artikel 12) bedraagt 1 500 euro, aanvraag vóór 31/12/2025.'
    assert.equal(maskPersonalData(text), text)
  })
})
