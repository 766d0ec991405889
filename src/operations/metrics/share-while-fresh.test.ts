import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { shareWhileFresh } from './share-while-fresh'

describe('shareWhileFresh', () => {
  it('shares one read within the time given, then reads again', async () => {
    let now = 0
    let reads = 0
    const read = shareWhileFresh(
      async () => ++reads,
      1000,
      () => now,
    )
    assert.deepEqual(await Promise.all([read(), read()]), [1, 1])
    now = 999
    assert.equal(await read(), 1)
    now = 1000
    assert.equal(await read(), 2)
  })
  it('does not keep a failure', async () => {
    let fail = true
    const read = shareWhileFresh(
      async () => (fail ? Promise.reject(new Error('down')) : 'up'),
      60_000,
      () => 0,
    )
    await assert.rejects(read())
    fail = false
    assert.equal(await read(), 'up')
  })
})
