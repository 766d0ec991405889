import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { relyingPartyOf } from './relying-party'

describe('relyingPartyOf', () => {
  it('binds passkeys to the host name and accepts the origin with its port', () => {
    assert.deepEqual(relyingPartyOf('http://localhost:3000'), { id: 'localhost', name: 'Belfort', origin: 'http://localhost:3000' })
  })
  it('drops a path and a default port, as the browser does', () => {
    assert.deepEqual(relyingPartyOf('https://www.example.brussels:443/sub/'), {
      id: 'www.example.brussels',
      name: 'Belfort',
      origin: 'https://www.example.brussels',
    })
  })
})
