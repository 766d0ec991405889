import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Payload } from 'payload'
import { guardedJwtAuthentication, guardStaffSessions } from './guard'

describe('guardStaffSessions', () => {
  it('replaces Payload’s local-jwt strategy with the guarded one, keeping the others', () => {
    const other = { name: 'other', authenticate: () => ({ user: null }) }
    const payload = { authStrategies: [other, { name: 'local-jwt', authenticate: () => ({ user: null }) }] } as unknown as Payload
    guardStaffSessions(payload)
    assert.equal(payload.authStrategies[0], other)
    assert.equal(payload.authStrategies[1]?.authenticate, guardedJwtAuthentication)
  })
  it('refuses to start when there is no strategy to guard', () => {
    assert.throws(() => guardStaffSessions({ authStrategies: [] } as unknown as Payload), /session guard/)
  })
})
