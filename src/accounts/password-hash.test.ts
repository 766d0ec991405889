import assert from 'node:assert/strict'
import { pbkdf2Sync, randomBytes } from 'node:crypto'
import { describe, it } from 'node:test'
import { passwordMatches } from './password-hash'

// Payload's formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js); the
// integration tests check a hash Payload itself made.
const salt = randomBytes(32).toString('hex')
const current = `pbkdf2-sha256-v1:${pbkdf2Sync('the right one here', salt, 600_000, 32, 'sha256').toString('hex')}`
const legacy = pbkdf2Sync('the right one here', salt, 25_000, 512, 'sha256').toString('hex')

describe('password hash check', () => {
  it('accepts the right password and refuses a wrong one, in the current and the legacy format', async () => {
    assert.equal(await passwordMatches({ hash: current, salt }, 'the right one here'), true)
    assert.equal(await passwordMatches({ hash: current, salt }, 'the wrong one here'), false)
    assert.equal(await passwordMatches({ hash: legacy, salt }, 'the right one here'), true)
    assert.equal(await passwordMatches({ hash: legacy, salt }, 'the wrong one'), false)
  })

  it('refuses any password for an unknown account, after the same work as for a known one', async () => {
    const time = async (stored: { hash: string; salt: string } | null) => {
      const started = performance.now()
      assert.equal(await passwordMatches(stored, 'a guess at random'), false)
      return performance.now() - started
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 3; i++) {
      known.push(await time({ hash: current, salt }))
      unknown.push(await time(null))
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[1]!
    const ratio = median(unknown) / median(known)
    assert.ok(ratio > 0.5 && ratio < 2, `unknown/known = ${ratio.toFixed(2)}`)
  })
})
