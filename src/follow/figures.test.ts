import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countsPerSubject } from './figures'

describe('countsPerSubject', () => {
  it('counts confirmed and pending per subject, the most followed first', () => {
    const rows = [
      { subject: 'theme:1', confirmedAt: null },
      { subject: 'all-news', confirmedAt: '2026-01-01T00:00:00Z' },
      { subject: 'all-news', confirmedAt: '2026-01-02T00:00:00Z' },
      { subject: 'theme:1', confirmedAt: '2026-01-02T00:00:00Z' },
    ]
    assert.deepEqual(countsPerSubject(rows), [
      { subject: 'all-news', confirmed: 2, pending: 0 },
      { subject: 'theme:1', confirmed: 1, pending: 1 },
    ])
  })
})
