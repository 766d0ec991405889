import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { KIND_SHAPE } from '@/tracker/lineage/kinds'
import { levelsFit } from '@/tracker/lineage/rules'
import { seedLineage } from './lineage'
import { currentPlan, previousPlan } from './plan'
import { levelOfCode } from './types'

describe('the seeded lineage from 2020 to the 2021 update', () => {
  const pair = seedLineage.find((p) => p.from === 2020 && p.to === 2021)
  const links = pair?.links ?? []
  it('gives every item of the 2021 update its origin, once', () => {
    const placed = links.flatMap((link) => (link.item ? [link.item] : []))
    assert.deepEqual(
      currentPlan.map((item) => item.code).filter((code) => !placed.includes(code)),
      [],
    )
    assert.equal(new Set(placed).size, placed.length, 'one link per item')
  })
  it('names only 2020 items, on a level next to the item’s, as each kind takes them', () => {
    const earlier = new Set(previousPlan.map((item) => item.code))
    for (const link of links) {
      const from = link.from ?? []
      assert.equal(from.length === 0, KIND_SHAPE[link.kind].from === 'none', `${link.kind} ${link.item}`)
      for (const code of from) {
        assert.ok(earlier.has(code), `${code} is a 2020 item`)
        if (link.item) assert.ok(levelsFit(levelOfCode(code), levelOfCode(link.item)), `${code} → ${link.item}`)
      }
    }
  })
})
