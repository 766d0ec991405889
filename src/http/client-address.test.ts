import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { describe, it } from 'node:test'
import { clientAddress } from './client-address'

const from = (remoteAddress: string, forwarded?: string) =>
  ({ headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded }, socket: { remoteAddress } }) as unknown as IncomingMessage

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless the proxy is trusted, since any client can send one', () => {
    assert.equal(clientAddress(from('10.0.0.1', '203.0.113.9'), false), '10.0.0.1')
  })
  it('behind a trusted proxy, takes the address the proxy appended last', () => {
    assert.equal(clientAddress(from('10.0.0.1', '198.51.100.7, 203.0.113.9'), true), '203.0.113.9')
    assert.equal(clientAddress(from('10.0.0.1', ' '), true), '10.0.0.1')
    assert.equal(clientAddress(from('10.0.0.1'), true), '10.0.0.1')
  })
})
