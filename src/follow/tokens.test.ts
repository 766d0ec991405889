import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Payload } from 'payload'
import { sentTo, signToken, verifyToken } from './tokens'

const payload = { secret: 'a-test-secret-of-at-least-32-characters' } as Payload
const other = { secret: 'another-secret-of-at-least-32-characters' } as Payload

describe('follow tokens', () => {
  it('verifies what it signed, for its purpose only, and ties it to the address', () => {
    const token = signToken(payload, { purpose: 'manage', id: 42, email: 'Anna@Example.be', expiresAt: Date.now() + 60_000 })
    const verdict = verifyToken(payload, 'manage', token)
    assert.ok(verdict.ok)
    assert.equal(verdict.id, 42)
    assert.ok(sentTo(payload, verdict.emailTag, 'anna@example.be'))
    assert.ok(!sentTo(payload, verdict.emailTag, 'bert@example.be'))
    assert.deepEqual(verifyToken(payload, 'unsubscribe', token), { ok: false, problem: 'forged' })
    assert.deepEqual(verifyToken(other, 'manage', token), { ok: false, problem: 'forged' })
  })

  it('tells a forged token from an expired one, and lets an unsubscribe token live on', () => {
    const expired = signToken(payload, { purpose: 'confirm', id: 7, email: 'a@example.be', expiresAt: Date.now() - 1 })
    assert.deepEqual(verifyToken(payload, 'confirm', expired), { ok: false, problem: 'expired' })
    const [id, expires, tag, signature] = expired.split('.')
    const later = `${id}.${(Number.parseInt(expires!, 36) + 3600).toString(36)}.${tag}.${signature}`
    assert.deepEqual(verifyToken(payload, 'confirm', later), { ok: false, problem: 'forged' }, 'a changed date breaks the signature')
    for (const junk of ['', 'x', 'a.b.c.d', `${'1'.repeat(12)}.0.${'a'.repeat(12)}.${'b'.repeat(43)}`]) {
      assert.deepEqual(verifyToken(payload, 'confirm', junk), { ok: false, problem: 'forged' }, junk)
    }
    const forever = signToken(payload, { purpose: 'unsubscribe', id: 9, email: 'a@example.be' })
    assert.ok(verifyToken(payload, 'unsubscribe', forever, Date.now() + 10 * 365 * 24 * 3600 * 1000).ok)
  })
})
