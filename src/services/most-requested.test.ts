import assert from 'node:assert/strict'
import { it } from 'node:test'
import { mostRequested } from './most-requested'

it('lists the ranked services by rank, leaves out the unranked ones and stops at the limit', () => {
  const services = [
    { title: 'C', mostRequested: 3 },
    { title: 'none' },
    { title: 'A', mostRequested: 1 },
    { title: 'null', mostRequested: null },
    { title: 'B', mostRequested: 2 },
  ]
  assert.deepEqual(
    mostRequested(services, 2).map((s) => s.title),
    ['A', 'B'],
  )
  assert.deepEqual(
    mostRequested(services, 6).map((s) => s.title),
    ['A', 'B', 'C'],
  )
})
