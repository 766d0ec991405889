import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SEARCH_TYPES } from './entries'
import { cappedSum, dayOf, entryKey, keyRange, pastCap } from './ranking'

const within = (key: number, [first, last]: [number, number]) => key >= first && key <= last

describe('search entry keys', () => {
  it('put every entry in the range of its language and of its type, and in no other', () => {
    for (const locale of ['nl', 'fr', 'en'] as const) {
      for (const type of SEARCH_TYPES) {
        const key = entryKey(type, locale, '2026-11-30T10:00:00.000Z', 2 ** 28 - 1)
        assert.ok(Number.isSafeInteger(key), `${locale} ${type}: an exact number`)
        assert.ok(within(key, keyRange(locale, type)) && within(key, keyRange(locale)))
        for (const other of SEARCH_TYPES.filter((t) => t !== type)) assert.ok(!within(key, keyRange(locale, other)))
        for (const language of (['nl', 'fr', 'en'] as const).filter((l) => l !== locale)) assert.ok(!within(key, keyRange(language)))
      }
    }
  })

  it('order a type’s entries by day, undated ones first, so the most recent are read first backwards', () => {
    const older = entryKey('news', 'nl', '2024-01-01T23:00:00.000Z', 900)
    const newer = entryKey('news', 'nl', '2024-01-02T01:00:00.000Z', 3)
    const undated = entryKey('news', 'nl', undefined, 999_999)
    assert.ok(undated < older && older < newer)
    assert.equal(dayOf(null), 0)
    assert.equal(dayOf('1850-01-01'), 1, 'dates before 1900 count as its first day, not as undated')
  })

  it('refuse an item id that would not fit', () => {
    assert.throws(() => entryKey('news', 'nl', undefined, 2 ** 28))
    assert.throws(() => entryKey('news', 'nl', undefined, 0))
  })
})

describe('capped counts', () => {
  it('stop one past the cap, meaning "more than" it', () => {
    const limits = { rankAllUpTo: 5, window: 6, countCap: 8 }
    assert.equal(cappedSum([4, 4], limits), 8)
    assert.equal(cappedSum([9, 4], limits), 9)
    assert.ok(!pastCap(8, limits) && pastCap(9, limits))
  })
})
