import assert from 'node:assert/strict'
import { it } from 'node:test'
import { pageFigures } from './figures'

it('counts yes and no per page and language, the most “no” first, comments newest first', () => {
  const figures = pageFigures([
    { path: '/nl/a', language: 'nl', answer: 'yes', createdAt: '2026-01-01T10:00:00Z' },
    { path: '/nl/b', language: 'nl', answer: 'no', comment: 'oud', createdAt: '2026-01-01T10:00:00Z' },
    { path: '/nl/b', language: 'nl', answer: 'no', comment: 'nieuw', createdAt: '2026-01-02T10:00:00Z' },
    { path: '/nl/b', language: 'nl', answer: 'yes', createdAt: '2026-01-02T10:00:00Z' },
    { path: '/fr/b', language: 'fr', answer: 'no', createdAt: '2026-01-02T10:00:00Z' },
  ])
  assert.deepEqual(
    figures.map((f) => [f.path, f.yes, f.no, f.comments.map((c) => c.text)]),
    [
      ['/nl/b', 1, 2, ['nieuw', 'oud']],
      ['/fr/b', 0, 1, []],
      ['/nl/a', 1, 0, []],
    ],
  )
})
