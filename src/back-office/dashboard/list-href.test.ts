import assert from 'node:assert/strict'
import { test } from 'node:test'
import { listHref } from './list-href'

test('a where becomes the bracketed query of Payload’s list filters', () => {
  assert.equal(
    listHref('contact-messages', {
      and: [{ administration: { equals: 3 } }, { assignee: { exists: false } }, { status: { in: ['new', 'assigned'] } }],
    }),
    '/admin/collections/contact-messages?where[and][0][administration][equals]=3&where[and][1][assignee][exists]=false' +
      '&where[and][2][status][in][0]=new&where[and][2][status][in][1]=assigned',
  )
})

test('values are encoded, keys keep their brackets', () => {
  assert.equal(
    listHref('pages', { reviewBy: { less_than: '2026-11-29T00:00:00.000Z' } }),
    '/admin/collections/pages?where[reviewBy][less_than]=2026-11-29T00%3A00%3A00.000Z',
  )
})
