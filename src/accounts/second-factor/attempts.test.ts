import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { WrongCodeCounter } from './attempts'

describe('WrongCodeCounter', () => {
  it('refuses an account after the limit until the window has passed, others not', () => {
    const counter = new WrongCodeCounter(3, 1000)
    assert.equal(counter.fail('a', 0), 2)
    assert.equal(counter.fail('a', 10), 1)
    assert.equal(counter.allows('a', 20), true)
    assert.equal(counter.fail('a', 20), 0)
    assert.equal(counter.allows('a', 30), false)
    assert.equal(counter.allows('b', 30), true)
    assert.equal(counter.allows('a', 1000), true)
  })
  it('forgets the count after a right code', () => {
    const counter = new WrongCodeCounter(1, 1000)
    counter.fail('a', 0)
    assert.equal(counter.allows('a', 1), false)
    counter.succeed('a')
    assert.equal(counter.allows('a', 1), true)
  })
})
