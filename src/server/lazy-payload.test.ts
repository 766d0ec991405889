import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Payload } from 'payload'
import { lazyPayload, PayloadNotLoaded } from './lazy-payload'

/** Stands in for Payload's class: an arrow-function field, a prototype method that uses `this`, plain properties. */
class FakePayload {
  readonly db = { name: 'the adapter' }
  readonly calls: unknown[] = []
  find = async (options: unknown) => {
    this.calls.push(options)
    return { docs: [options] }
  }
  update(options: unknown): Promise<unknown> {
    this.calls.push(options)
    return Promise.resolve(this)
  }
}

function counted(start: () => Promise<FakePayload> = async () => new FakePayload()) {
  const reasons: string[] = []
  const lazy = lazyPayload(async (reason) => {
    reasons.push(reason)
    return (await start()) as unknown as Payload
  })
  return { lazy, reasons }
}

describe('a Payload loaded when first needed', () => {
  it('loads on an asynchronous method and answers it with the arguments given', async () => {
    const { lazy, reasons } = counted()
    assert.equal(lazy.loaded(), undefined)
    const answer = await lazy.payload.find({ collection: 'news', where: { id: { equals: 1 } } })
    assert.deepEqual(answer.docs, [{ collection: 'news', where: { id: { equals: 1 } } }])
    assert.deepEqual(reasons, ['its find()'])
    assert.ok(lazy.loaded())
  })

  it('refuses anything else until loaded, naming it, and answers it after', async () => {
    const { lazy, reasons } = counted()
    assert.throws(
      () => lazy.payload.db,
      (error: unknown) => error instanceof PayloadNotLoaded && error.property === 'db',
    )
    assert.throws(() => 'db' in lazy.payload, PayloadNotLoaded)
    assert.throws(() => {
      ;(lazy.payload as unknown as Record<string, unknown>).extra = 1
    }, PayloadNotLoaded)
    assert.deepEqual(reasons, [], 'asking does not load it: the request listener does, then asks again')
    await lazy.load('its db')
    assert.deepEqual(lazy.payload.db, { name: 'the adapter' })
    assert.deepEqual(reasons, ['its db'])
  })

  it('is no promise: awaiting it does not wait for a load', async () => {
    const { lazy, reasons } = counted()
    assert.equal((lazy.payload as unknown as { then?: unknown }).then, undefined)
    assert.equal(await Promise.resolve(lazy.payload), lazy.payload)
    assert.deepEqual(reasons, [])
  })

  it('starts once for callers at the same time, and again after a failed start', async () => {
    let starts = 0
    const { lazy } = counted(async () => {
      starts++
      if (starts === 1) throw new Error('the database is not there yet')
      await new Promise((resolve) => setTimeout(resolve, 10))
      return new FakePayload()
    })
    await assert.rejects(lazy.payload.find({ collection: 'news' }), /not there yet/)
    assert.equal(lazy.loaded(), undefined)
    const [a, b] = await Promise.all([lazy.load('a'), lazy.payload.find({ collection: 'pages' })])
    assert.equal(starts, 2)
    assert.equal(lazy.loaded(), a)
    assert.deepEqual(b.docs, [{ collection: 'pages' }])
  })

  it('gives methods that use `this` the instance, not the stand-in', async () => {
    const { lazy } = counted()
    const loaded = (await lazy.load('test')) as unknown as FakePayload
    const update = lazy.payload.update as unknown as (options: unknown) => Promise<unknown>
    assert.equal(await update({ id: 1 }), loaded)
    assert.equal(lazy.payload.update, lazy.payload.update, 'bound once, not at every read')
    assert.deepEqual(loaded.calls, [{ id: 1 }])
  })
})
