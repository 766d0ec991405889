import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { brusselsMidnight, holdUntil } from './fresh-until'

describe('brusselsMidnight', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer', () => {
    assert.equal(brusselsMidnight('2026-12-02').toISOString(), '2026-12-01T23:00:00.000Z')
    assert.equal(brusselsMidnight('2026-07-15').toISOString(), '2026-07-14T22:00:00.000Z')
  })

  it('follows the change of clocks', () => {
    // Summer time begins on 29 March 2026 at 02:00 and ends on 25 October 2026 at 03:00.
    assert.equal(brusselsMidnight('2026-03-29').toISOString(), '2026-03-28T23:00:00.000Z')
    assert.equal(brusselsMidnight('2026-03-30').toISOString(), '2026-03-29T22:00:00.000Z')
    assert.equal(brusselsMidnight('2026-10-26').toISOString(), '2026-10-25T23:00:00.000Z')
  })
})

describe('holdUntil', () => {
  it('keeps the earliest instant', () => {
    const ctx: { freshUntil?: Date } = {}
    holdUntil(ctx, new Date('2026-12-03T23:00:00.000Z'))
    holdUntil(ctx, new Date('2026-12-01T23:00:00.000Z'))
    holdUntil(ctx, new Date('2026-12-05T23:00:00.000Z'))
    assert.equal(ctx.freshUntil?.toISOString(), '2026-12-01T23:00:00.000Z')
  })
})
