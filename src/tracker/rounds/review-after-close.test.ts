import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { reviewAfterClose } from './review-after-close'

describe('reviewAfterClose', () => {
  const submitted = {
    workflow: 'submitted',
    status: 'on-track',
    percent: 30,
    periodEnd: '2024-06-30T00:00:00.000Z',
    account: 'Het werk loopt.',
  }
  it('validates when only the state and the review note change', () => {
    assert.equal(reviewAfterClose('submitted', { ...submitted, workflow: 'validated', reviewNote: 'In orde.' }, submitted), 'validates')
  })
  it('sends back a submitted report unchanged', () => {
    assert.equal(reviewAfterClose('submitted', { workflow: 'sent-back', reviewNote: 'Waarom?' }, submitted), 'sendsBack')
  })
  it('is anything else when the values or the text change, or the report was not submitted', () => {
    assert.equal(reviewAfterClose('submitted', { workflow: 'validated', percent: 90 }, submitted), 'other')
    assert.equal(reviewAfterClose('submitted', { workflow: 'validated', account: 'Anders.' }, submitted), 'other')
    assert.equal(reviewAfterClose('draft', { workflow: 'submitted' }, { ...submitted, workflow: 'draft' }), 'other')
    assert.equal(reviewAfterClose('sent-back', { workflow: 'validated' }, { ...submitted, workflow: 'sent-back' }), 'other')
  })
})
