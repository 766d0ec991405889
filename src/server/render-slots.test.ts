import assert from 'node:assert/strict'
import { it } from 'node:test'
import { RenderSlots } from './render-slots'

it('runs at most its size at once, the rest in arrival order, and frees slots after failures', async () => {
  const slots = new RenderSlots(2)
  let running = 0
  let peak = 0
  const order: number[] = []
  const job =
    (n: number, fail = false) =>
    async () => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      order.push(n)
      if (fail) throw new Error(`job ${n}`)
      return n
    }
  const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => slots.run(job(n, n === 2))))
  assert.equal(peak, 2)
  assert.deepEqual(order, [1, 2, 3, 4, 5])
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'],
  )
  assert.deepEqual(slots.load, { running: 0, waiting: 0 })
  assert.throws(() => new RenderSlots(0))
})
