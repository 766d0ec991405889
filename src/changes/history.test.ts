import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { ContentChange } from '@/payload-types'
import { publicHistory } from './history'

const row = (kind: ContentChange['kind'], at: string, note?: string): ContentChange =>
  ({ id: 1, subjectKey: 'page:1', language: 'nl', kind, at, note, path: '/nl/x', createdAt: at, updatedAt: at }) as ContentChange

it('tells the first publication, the newest major change and every note, newest first; minor changes stay quiet', () => {
  const rows = [
    row('minor', '2026-05-01T10:00:00Z'),
    row('major', '2026-04-01T10:00:00Z', 'Nieuwe termijnen'),
    row('major', '2026-03-01T10:00:00Z', 'Formulier toegevoegd'),
    row('first-publish', '2026-02-01T10:00:00Z'),
  ]
  assert.deepEqual(publicHistory(rows, '2025-01-01T00:00:00Z'), {
    published: '2026-02-01T10:00:00Z',
    lastUpdated: '2026-04-01T10:00:00Z',
    updates: [
      { at: '2026-04-01T10:00:00Z', note: 'Nieuwe termijnen' },
      { at: '2026-03-01T10:00:00Z', note: 'Formulier toegevoegd' },
    ],
  })
})

it('falls back on the document’s own date for content published before the history was kept', () => {
  assert.deepEqual(publicHistory([], '2025-01-01T00:00:00Z'), { published: '2025-01-01T00:00:00Z', lastUpdated: undefined, updates: [] })
})
