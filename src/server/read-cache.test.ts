import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Payload } from 'payload'
import { ReadCache, withReadTags } from './read-cache'

/** A stand-in for the parts of Payload the cache wraps, counting the reads that reach it. */
function fakePayload() {
  const calls: { method: string; args: Record<string, unknown> }[] = []
  const answer = (method: string) => async (args: Record<string, unknown>) => {
    calls.push({ method, args })
    if (args.where === 'nothing') return { docs: [], totalDocs: 0 }
    return { docs: [{ id: calls.length, title: `read ${calls.length}`, tags: ['a'] }], totalDocs: 1 }
  }
  const payload = {
    find: answer('find'),
    findByID: answer('findByID'),
    findGlobal: answer('findGlobal'),
    count: answer('count'),
    create: answer('create'),
    config: { name: 'config' },
  }
  return { payload: payload as unknown as Payload, calls }
}

describe('read cache', () => {
  it('answers a repeated read from memory, and reads again after a change', async () => {
    const cache = new ReadCache(10)
    const { payload, calls } = fakePayload()
    const reader = cache.wrap(payload)
    const first = await reader.find({ collection: 'news', locale: 'nl' })
    const second = await reader.find({ collection: 'news', locale: 'nl' })
    assert.equal(second, first)
    assert.equal(calls.length, 1)
    await reader.find({ collection: 'news', locale: 'fr' })
    assert.equal(calls.length, 2, 'other arguments are another read')
    cache.clear()
    const third = await reader.find({ collection: 'news', locale: 'nl' })
    assert.equal(calls.length, 3)
    assert.notEqual(third, first)
    assert.deepEqual(cache.stats(), { entries: 1, maxEntries: 10, hits: 1, misses: 3 })
  })

  it('lets concurrent renders share one read', async () => {
    const cache = new ReadCache(10)
    const { payload, calls } = fakePayload()
    const reader = cache.wrap(payload)
    const answers = await Promise.all([1, 2, 3].map(() => reader.findGlobal({ slug: 'home', locale: 'nl' })))
    assert.equal(calls.length, 1)
    assert.ok(answers.every((a) => a === answers[0]))
  })

  it('does not keep a read that overlapped a change', async () => {
    const cache = new ReadCache(10)
    let release: (value: { docs: unknown[] }) => void = () => undefined
    const slow = cache.read('k', () => new Promise<{ docs: unknown[] }>((resolve) => (release = resolve)))
    cache.clear()
    release({ docs: [{ id: 1 }] })
    await slow
    assert.equal(cache.stats().entries, 0)
  })

  it('keeps neither failures nor reads that found nothing', async () => {
    const cache = new ReadCache(10)
    const { payload, calls } = fakePayload()
    const reader = cache.wrap(payload)
    await reader.find({ collection: 'news', where: 'nothing' } as never)
    await reader.find({ collection: 'news', where: 'nothing' } as never)
    assert.equal(calls.length, 2)
    await assert.rejects(cache.read('failing', () => Promise.reject(new Error('boom'))))
    assert.equal(cache.stats().entries, 0)
  })

  it('stays within its number of entries, dropping the least recently used', async () => {
    const cache = new ReadCache(2)
    await cache.read('a', async () => ({ v: 'a' }))
    await cache.read('b', async () => ({ v: 'b' }))
    await cache.read('a', async () => ({ v: 'a2' }))
    await cache.read('c', async () => ({ v: 'c' }))
    assert.equal(cache.stats().entries, 2)
    assert.deepEqual(await cache.read('a', async () => ({ v: 'a3' })), { v: 'a' }, 'a was used last, so b went')
    assert.deepEqual(await cache.read('b', async () => ({ v: 'b2' })), { v: 'b2' })
  })

  it('freezes what it shares, so no render can change it for the next', async () => {
    const cache = new ReadCache(10)
    const { payload } = fakePayload()
    const found = (await cache.wrap(payload).find({ collection: 'news' })) as unknown as { docs: { title: string; tags: string[] }[] }
    assert.throws(() => {
      found.docs[0]!.title = 'changed'
    }, TypeError)
    assert.throws(() => found.docs[0]!.tags.push('b'), TypeError)
  })

  it('passes drafts, reads for a request or a user, and writes straight to Payload', async () => {
    const cache = new ReadCache(10)
    const { payload, calls } = fakePayload()
    const reader = cache.wrap(payload)
    for (let i = 0; i < 2; i++) {
      await reader.find({ collection: 'news', draft: true })
      await reader.find({ collection: 'news', user: { id: 1 } } as never)
      await reader.find({ collection: 'news', req: {} } as never)
      await reader.create({ collection: 'news', data: {} } as never)
    }
    assert.equal(calls.length, 8)
    assert.equal(cache.stats().entries, 0)
    assert.equal(reader.config, payload.config)
  })

  it('drops only the answers whose tags a change touches, and one still being read', async () => {
    const cache = new ReadCache(10)
    await cache.read(
      'news list',
      async () => ({ v: 1 }),
      () => ['news:*'],
    )
    await cache.read(
      'page 12',
      async () => ({ v: 2 }),
      () => ['pages:12', 'documents:*'],
    )
    await cache.read('unknown', async () => ({ v: 3 }))
    let release: (value: { v: number }) => void = () => undefined
    const running = cache.read(
      'running',
      () => new Promise<{ v: number }>((resolve) => (release = resolve)),
      () => ['themes:*'],
    )
    assert.equal(cache.purge(['news:*', 'news:7']), 3, 'the news list, the answer tagged with anything, the read still running')
    release({ v: 4 })
    await running
    assert.deepEqual(await cache.read('page 12', async () => ({ v: 5 })), { v: 2 }, 'kept')
    assert.equal(cache.purge(['documents:*', 'documents:3']), 1)
    assert.equal(cache.stats().entries, 0)
  })

  it('tells a render the tags of every read it made, hits included', async () => {
    const cache = new ReadCache(10)
    const read = () =>
      cache.read(
        'page 12',
        async () => ({ v: 1 }),
        () => ['pages:12'],
      )
    const first = await withReadTags(read)
    const second = await withReadTags(read)
    assert.deepEqual([...first.tags], ['pages:12'])
    assert.deepEqual([...second.tags], ['pages:12'])
  })

  it('keeps an answer whose dependencies cannot be told only until the next change', async () => {
    const cache = new ReadCache(10)
    const value = await cache.read(
      'odd',
      async () => ({ v: 1 }),
      () => {
        throw new Error('unknown shape')
      },
    )
    assert.deepEqual(value, { v: 1 }, 'the render still gets its answer')
    assert.equal(cache.purge(['themes:*']), 1)
  })
})
