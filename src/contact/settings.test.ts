import assert from 'node:assert/strict'
import { it } from 'node:test'
import { signingSecretOf } from './settings'

it('derives the signing secret from PAYLOAD_SECRET as Payload does: the first 32 hex digits of its SHA-256', () => {
  // Worked out apart (Python's hashlib) for this secret.
  assert.equal(signingSecretOf('a-test-secret-of-at-least-32-characters'), '8efc8ada7fc453c2dfe11bfa9902d35a')
  assert.notEqual(signingSecretOf('another-secret-of-at-least-32-characters'), signingSecretOf('a-test-secret-of-at-least-32-characters'))
})
