import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { stepsFrom } from './report-workflow'

describe('the progress reports’ workflow', () => {
  it('offers submit on a new, draft or sent-back report, send back and validate on a submitted one, nothing on a validated one', () => {
    assert.deepEqual(stepsFrom('new'), [{ step: 'submit', to: 'submitted' }])
    assert.deepEqual(stepsFrom('draft'), [{ step: 'submit', to: 'submitted' }])
    assert.deepEqual(stepsFrom('sent-back'), [{ step: 'submit', to: 'submitted' }])
    assert.deepEqual(
      stepsFrom('submitted').map(({ step }) => step),
      ['validate', 'send-back'],
    )
    assert.deepEqual(stepsFrom('validated'), [])
  })
})
