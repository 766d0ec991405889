import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type SessionRules, sessionState, type StoredSession } from './session-state'

const now = Date.parse('2026-11-30T12:00:00Z')
const rules: SessionRules = { now, maxSessionMs: 12 * 3600_000, policy: 'required' }
const hoursAgo = (hours: number) => new Date(now - hours * 3600_000).toISOString()
const session = (extra: Partial<StoredSession> = {}): StoredSession => ({
  id: 's',
  createdAt: hoursAgo(1),
  expiresAt: hoursAgo(-0.5),
  secondFactorAt: hoursAgo(1),
  secondFactor: 'totp',
  ...extra,
})
const admin = { roles: ['admin'], secondFactorSince: hoursAgo(100) }
const editor = { roles: ['editor'] }

describe('sessionState', () => {
  it('lets a session past its second step work until its idle time or lifetime is over', () => {
    assert.equal(sessionState(session(), admin, rules), 'active')
    assert.equal(sessionState(session({ expiresAt: hoursAgo(0.01) }), admin, rules), 'idle')
    // Refreshed a minute ago, but signed in thirteen hours ago: refresh does not extend the lifetime.
    assert.equal(sessionState(session({ createdAt: hoursAgo(13), expiresAt: hoursAgo(-0.5) }), admin, rules), 'expired')
    assert.equal(sessionState(session({ createdAt: null }), admin, rules), 'expired')
    assert.equal(sessionState(undefined, admin, rules), 'unknown')
  })
  it('keeps a session pending until its second step is done', () => {
    assert.equal(sessionState(session({ secondFactorAt: null, secondFactor: null }), admin, rules), 'pending')
    assert.equal(sessionState(session({ secondFactorAt: null, secondFactor: null }), editor, rules), 'pending')
  })
  it('accepts a password-only session only while the account needs no more', () => {
    const passwordOnly = session({ secondFactor: 'none' })
    assert.equal(sessionState(passwordOnly, editor, rules), 'active')
    assert.equal(sessionState(passwordOnly, { roles: ['editor'], secondFactorSince: hoursAgo(0.1) }, rules), 'pending')
    assert.equal(sessionState(passwordOnly, { roles: ['editor', 'admin'] }, rules), 'pending')
    assert.equal(sessionState(passwordOnly, { roles: ['admin'] }, { ...rules, policy: 'optional' }), 'active')
  })
})
