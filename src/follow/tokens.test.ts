import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createHmac } from 'node:crypto'
import { sentTo, signToken, verifyToken } from './tokens'

// Read when the first token is signed (contact/settings.ts); a test must not write a secret into a data folder.
process.env.PAYLOAD_SECRET = 'a-test-secret-of-at-least-32-characters'

describe('follow tokens', () => {
  it('verifies what it signed, for its purpose only, and ties it to the address', () => {
    const token = signToken({ purpose: 'manage', id: 42, email: 'Anna@Example.be', expiresAt: Date.now() + 60_000 })
    const verdict = verifyToken('manage', token)
    assert.ok(verdict.ok)
    assert.equal(verdict.id, 42)
    assert.ok(sentTo(verdict.emailTag, 'anna@example.be'))
    assert.ok(!sentTo(verdict.emailTag, 'bert@example.be'))
    assert.deepEqual(verifyToken('unsubscribe', token), { ok: false, problem: 'forged' })
    // The same token signed with another key is not this server's.
    const body = token.split('.').slice(0, 3).join('.')
    const otherKey = createHmac('sha256', 'another-secret-of-at-least-32-characters').update(`manage.${body}`).digest('base64url')
    assert.deepEqual(verifyToken('manage', `${body}.${otherKey}`), { ok: false, problem: 'forged' })
  })

  it('tells a forged token from an expired one, and lets an unsubscribe token live on', () => {
    const expired = signToken({ purpose: 'confirm', id: 7, email: 'a@example.be', expiresAt: Date.now() - 1 })
    assert.deepEqual(verifyToken('confirm', expired), { ok: false, problem: 'expired' })
    const [id, expires, tag, signature] = expired.split('.')
    const later = `${id}.${(Number.parseInt(expires!, 36) + 3600).toString(36)}.${tag}.${signature}`
    assert.deepEqual(verifyToken('confirm', later), { ok: false, problem: 'forged' }, 'a changed date breaks the signature')
    for (const junk of ['', 'x', 'a.b.c.d', `${'1'.repeat(12)}.0.${'a'.repeat(12)}.${'b'.repeat(43)}`]) {
      assert.deepEqual(verifyToken('confirm', junk), { ok: false, problem: 'forged' }, junk)
    }
    const forever = signToken({ purpose: 'unsubscribe', id: 9, email: 'a@example.be' })
    assert.ok(verifyToken('unsubscribe', forever, Date.now() + 10 * 365 * 24 * 3600 * 1000).ok)
  })
})
