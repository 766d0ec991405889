import assert from 'node:assert/strict'
import { it } from 'node:test'
import { countDatabaseReads, timeRender } from './render-timing'

it('counts the database reads of a render, and only of the render', async () => {
  const db = {
    calls: 0,
    async find(this: { calls: number }) {
      this.calls++
      await new Promise((resolve) => setTimeout(resolve, 5))
      return { docs: [] }
    },
    async create() {
      return {}
    },
  }
  countDatabaseReads(db)
  await db.find()
  const { result, timing } = await timeRender(async () => {
    await Promise.all([db.find(), db.find()])
    await db.create()
    return 'page'
  })
  assert.equal(result, 'page')
  assert.equal(timing.queries, 2, 'two reads inside; the write and the read outside are not counted')
  assert.equal(db.calls, 3, 'the wrapped method still runs with its own this')
  assert.ok(timing.databaseMs >= 8, `summed database time ${timing.databaseMs}`)
  assert.match(timing.header, /^db;dur=[\d.]+;desc="2 queries", render;dur=[\d.]+, total;dur=[\d.]+$/)
})
