import assert from 'node:assert/strict'
import { test } from 'node:test'
import { touchedKeys } from './touched'

test('a news item reaches all news, its themes, audiences, administration and itself', () => {
  const keys = touchedKeys({ kind: 'news', id: 7, themes: [2, 3], audiences: [5], administration: 4 })
  assert.deepEqual(keys.sort(), ['administration:4', 'all-news', 'audience:5', 'news:7', 'theme:2', 'theme:3'])
})

test('a page without an owner reaches only its own followers; with one, the administration too', () => {
  assert.deepEqual(touchedKeys({ kind: 'page', id: 9, administration: null }), ['page:9'])
  assert.deepEqual(touchedKeys({ kind: 'document', id: 9, administration: 1 }).sort(), ['administration:1', 'document:9'])
})

test('a withdrawal reaches only the followers of the withdrawn item', () => {
  assert.deepEqual(touchedKeys({ kind: 'news', id: 7, themes: [2], audiences: [], administration: 4 }, true), ['news:7'])
})

test('plan items and indicators reach their own followers', () => {
  assert.deepEqual(touchedKeys({ kind: 'plan-item', id: 12, ancestors: [] }), ['plan-item:12'])
  assert.deepEqual(touchedKeys({ kind: 'plan-item', id: 12, ancestors: [4, 1] }), ['plan-item:12', 'plan-item:4', 'plan-item:1'])
  assert.deepEqual(touchedKeys({ kind: 'indicator', id: 3 }), ['indicator:3'])
})
