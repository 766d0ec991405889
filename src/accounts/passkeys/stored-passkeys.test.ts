import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  checkPasskeyName,
  knownTransports,
  MAX_NAME_LENGTH,
  passkeysOf,
  type StoredPasskey,
  summariesOf,
  withoutPasskey,
  withPasskeyUsed,
} from './stored-passkeys'

const laptop: StoredPasskey = {
  id: 'AAAA',
  publicKey: 'pQECAyYgASFYIA',
  counter: 3,
  transports: ['internal'],
  name: 'Laptop',
  createdAt: '2026-11-30T10:00:00.000Z',
  lastUsedAt: null,
}
const key: StoredPasskey = { ...laptop, id: 'BBBB', name: 'Key', transports: ['usb', 'nfc'] }

describe('stored passkeys', () => {
  it('reads the column, leaving out what is not a passkey', () => {
    assert.deepEqual(passkeysOf(null), [])
    assert.deepEqual(passkeysOf('x'), [])
    assert.deepEqual(passkeysOf([laptop, null, { id: 'CCCC' }, { ...key, counter: -1, transports: ['usb', 'carrier-pigeon'] }]), [
      laptop,
      { ...key, counter: 0, transports: ['usb'] },
    ])
  })

  it('shows id, name and dates only', () => {
    assert.deepEqual(summariesOf([laptop]), [{ id: 'AAAA', name: 'Laptop', createdAt: laptop.createdAt, lastUsedAt: null }])
  })

  it('notes a use on the passkey used, and removes one by id', () => {
    const at = new Date('2026-12-01T08:00:00.000Z')
    const used = withPasskeyUsed([laptop, key], 'BBBB', 7, at)
    assert.deepEqual(used[0], laptop)
    assert.deepEqual(used[1], { ...key, counter: 7, lastUsedAt: at.toISOString() })
    assert.deepEqual(withoutPasskey([laptop, key], 'AAAA'), { passkeys: [key], removed: laptop })
    assert.deepEqual(withoutPasskey([laptop], 'ZZZZ'), { passkeys: [laptop], removed: undefined })
  })

  it('takes a name trimmed, with control characters and runs of spaces made one space, within the limit', () => {
    assert.deepEqual(checkPasskeyName('  Work\u0000 \tlaptop \n'), { ok: true, name: 'Work laptop' })
    assert.deepEqual(checkPasskeyName('   '), { ok: false, reason: 'passkeyNameRequired' })
    assert.deepEqual(checkPasskeyName(42), { ok: false, reason: 'passkeyNameRequired' })
    assert.deepEqual(checkPasskeyName('é'.repeat(MAX_NAME_LENGTH)), { ok: true, name: 'é'.repeat(MAX_NAME_LENGTH) })
    assert.deepEqual(checkPasskeyName('x'.repeat(MAX_NAME_LENGTH + 1)), { ok: false, reason: 'passkeyNameTooLong' })
  })

  it('keeps only the transports WebAuthn defines, once each', () => {
    assert.deepEqual(knownTransports(['internal', 'hybrid', 'internal', 'telepathy']), ['internal', 'hybrid'])
    assert.deepEqual(knownTransports(undefined), [])
  })
})
