import assert from 'node:assert/strict'
import { test } from 'node:test'
import { recipientsOf } from './recipients'

test('one email per subscriber, however many subscriptions match', () => {
  const recipients = recipientsOf([
    { subscription: 1, subscriber: 10, subject: 'all-news', frequency: 'daily' },
    { subscription: 2, subscriber: 10, subject: 'theme:3', frequency: 'daily' },
    { subscription: 3, subscriber: 11, subject: 'theme:3', frequency: 'weekly' },
  ])
  assert.deepEqual(
    recipients.map((r) => [r.subscriber, r.frequency]),
    [
      [10, 'daily'],
      [11, 'weekly'],
    ],
  )
})

test('immediately wins over a digest, and the narrowest subject gives the unsubscribe link', () => {
  const [only] = recipientsOf([
    { subscription: 1, subscriber: 10, subject: 'all-news', frequency: 'weekly' },
    { subscription: 4, subscriber: 10, subject: 'theme:3', frequency: 'immediately' },
    { subscription: 5, subscriber: 10, subject: 'news:8', frequency: 'immediately' },
  ])
  assert.deepEqual(only, { subscriber: 10, frequency: 'immediately', subscription: 5, subject: 'news:8' })
})

test('no match, no email', () => {
  assert.deepEqual(recipientsOf([]), [])
})
