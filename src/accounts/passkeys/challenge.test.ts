import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { StoredSession } from '../sessions/session-state'
import { CHALLENGE_MS, takeChallenge, withChallenge } from './challenge'

const NOW = 1_700_000_000_000
const sessions: StoredSession[] = [
  { id: 'a', expiresAt: new Date(NOW + 60_000).toISOString() },
  { id: 'b', expiresAt: new Date(NOW + 60_000).toISOString() },
]

describe('passkey challenges', () => {
  it('keeps a challenge on its own session only', () => {
    const kept = withChallenge(sessions, 'a', 'abc', 'sign-in', NOW)
    assert.deepEqual(kept[0]?.passkeyChallenge, { value: 'abc', purpose: 'sign-in', expiresAt: new Date(NOW + CHALLENGE_MS).toISOString() })
    assert.equal(kept[1]?.passkeyChallenge, undefined)
  })

  it('gives a challenge once: taking it clears it', () => {
    const kept = withChallenge(sessions, 'a', 'abc', 'sign-in', NOW)
    const taken = takeChallenge(kept, 'a', 'sign-in', NOW + 1000)
    assert.equal(taken.value, 'abc')
    assert.equal(taken.changed, true)
    assert.equal(taken.sessions[0]?.passkeyChallenge, null)
    const again = takeChallenge(taken.sessions, 'a', 'sign-in', NOW + 2000)
    assert.equal(again.value, undefined)
    assert.equal(again.changed, false)
  })

  it('gives nothing to another session, and leaves that session’s challenge alone', () => {
    const kept = withChallenge(sessions, 'a', 'abc', 'sign-in', NOW)
    const taken = takeChallenge(kept, 'b', 'sign-in', NOW)
    assert.equal(taken.value, undefined)
    assert.equal(taken.changed, false)
    assert.equal((taken.sessions[0]?.passkeyChallenge as { value?: string } | undefined)?.value, 'abc')
  })

  it('refuses, and uses up, a challenge of another purpose or past its time', () => {
    const kept = withChallenge(sessions, 'a', 'abc', 'add', NOW)
    const wrongPurpose = takeChallenge(kept, 'a', 'sign-in', NOW)
    assert.equal(wrongPurpose.value, undefined)
    assert.equal(wrongPurpose.sessions[0]?.passkeyChallenge, null)
    const late = takeChallenge(withChallenge(sessions, 'a', 'abc', 'add', NOW), 'a', 'add', NOW + CHALLENGE_MS)
    assert.equal(late.value, undefined)
    assert.equal(late.changed, true)
  })
})
