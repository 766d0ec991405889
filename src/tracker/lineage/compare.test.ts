import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { adjacentPairs, compareVersions } from './compare'
import type { PublicLink } from './read'

const link = (id: number, over: Partial<PublicLink>): PublicLink => ({
  id,
  kind: 'continues',
  item: null,
  from: [],
  planVersion: 2,
  reason: { nl: null, fr: null, en: null },
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
})

describe('compareVersions', () => {
  it('counts every kind, lists each, and what neither side links', () => {
    const links = [
      link(1, { kind: 'continues', item: 11, from: [1] }),
      link(2, { kind: 'merged', item: 12, from: [2, 3] }),
      link(3, { kind: 'dropped', from: [4] }),
      link(4, { kind: 'new', item: 13 }),
      // Into this version from an older one than the one compared: not part of this pair.
      link(5, { kind: 'revised', item: 14, from: [99] }),
    ]
    const comparison = compareVersions([1, 2, 3, 4, 5], [11, 12, 13, 14], links)
    assert.deepEqual(comparison.counts, { continues: 1, revised: 0, merged: 1, split: 0, replaced: 0, dropped: 1, new: 1 })
    assert.deepEqual(
      comparison.byKind.merged.map((l) => l.id),
      [2],
    )
    assert.deepEqual(comparison.untracedBefore, [5])
    assert.deepEqual(comparison.untracedAfter, [14])
  })
})

describe('adjacentPairs', () => {
  it('pairs each version with the next by year, whatever the order given', () => {
    const pairs = adjacentPairs([{ year: 2021 }, { year: 2015 }, { year: 2020 }])
    assert.deepEqual(
      pairs.map(([a, b]) => [a.year, b.year]),
      [
        [2015, 2020],
        [2020, 2021],
      ],
    )
  })
})
