import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { describe, it } from 'node:test'
import { bodyProblem } from './body-limit'

const LIMITS = { parsedBytes: 1000, uploadBytes: 5000 }
const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage

describe('bodyProblem', () => {
  it('refuses a whole-parsed body over its limit, by its declared length', () => {
    assert.deepEqual(bodyProblem(request({ 'content-type': 'application/json', 'content-length': '1001' }), LIMITS), {
      kind: 'too-large',
      limit: 1000,
    })
    assert.equal(bodyProblem(request({ 'content-type': 'application/json', 'content-length': '1000' }), LIMITS), undefined)
    assert.equal(bodyProblem(request({ 'content-length': '2000' }), LIMITS)?.kind, 'too-large')
  })
  it('gives uploads their own limit', () => {
    const upload = (length: number) => request({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(length) })
    assert.equal(bodyProblem(upload(4000), LIMITS), undefined)
    assert.deepEqual(bodyProblem(upload(6000), LIMITS), { kind: 'too-large', limit: 5000 })
  })
  it('does not read a body of unknown length, and has nothing against no body', () => {
    assert.deepEqual(bodyProblem(request({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }), LIMITS), {
      kind: 'length-required',
    })
    assert.equal(bodyProblem(request({}), LIMITS), undefined)
  })
})
