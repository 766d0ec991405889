import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { archiveName } from './archive-file'
import { archivesToDelete } from './retention'

/** One archive a night at 02:00 UTC for `nights` nights up to 2026-11-30 (a Monday). */
function nightly(nights: number): string[] {
  return Array.from({ length: nights }, (_, i) => archiveName(new Date(Date.UTC(2026, 10, 30 - i, 2))))
}

describe('which archives BACKUP_KEEP keeps', () => {
  it('keeps the last seven nights and one a week for four weeks', () => {
    const names = nightly(40)
    const kept = names.filter((name) => !archivesToDelete(names, { daily: 7, weekly: 4 }).includes(name))
    assert.deepEqual(kept, [
      ...nightly(7),
      // This week's and last week's newest are among the seven nights; then the Sundays of the two weeks before.
      archiveName(new Date(Date.UTC(2026, 10, 22, 2))),
      archiveName(new Date(Date.UTC(2026, 10, 15, 2))),
    ])
  })

  it('keeps the newest of a day and never touches other files', () => {
    const names = [
      archiveName(new Date('2026-11-30T02:00:00Z')),
      archiveName(new Date('2026-11-30T10:00:00Z')),
      'last-success.json',
      'notes.txt',
    ]
    assert.deepEqual(archivesToDelete(names, { daily: 1, weekly: 0 }), [archiveName(new Date('2026-11-30T02:00:00Z'))])
  })

  it('always keeps the newest archive', () => {
    const names = nightly(3)
    assert.deepEqual(archivesToDelete(names, { daily: 0, weekly: 1 }), names.slice(1))
  })
})
