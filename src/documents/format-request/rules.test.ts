import assert from 'node:assert/strict'
import { it } from 'node:test'
import { checkFormatRequest } from './rules'

it('asks for a known format, a real address and a short note', () => {
  assert.deepEqual(checkFormatRequest({ format: 'word', details: '', email: 'anna@example.be' }), {})
  assert.deepEqual(checkFormatRequest({ format: 'braille', details: 'x'.repeat(501), email: '' }), {
    format: 'errorFormat',
    details: 'errorDetailsTooLong',
    email: 'errorEmailMissing',
  })
  assert.deepEqual(checkFormatRequest({ format: 'other', details: 'Braille', email: 'anna@' }), { email: 'errorEmailInvalid' })
})
