import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { obligationState } from './obligation-state'

describe('obligationState', () => {
  it('is due up to the deadline day and late after it', () => {
    assert.equal(obligationState(undefined, '2026-03-31', '2026-03-31'), 'due')
    assert.equal(obligationState('draft', '2026-03-31', '2026-04-01'), 'late')
  })
  it('follows the workflow once the report is submitted, sent back or validated', () => {
    assert.equal(obligationState('submitted', '2026-03-31', '2026-05-01'), 'submitted')
    assert.equal(obligationState('sent-back', '2026-03-31', '2026-03-01'), 'returned')
    assert.equal(obligationState('validated', '2026-03-31', '2026-05-01'), 'validated')
  })
})
