import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { anyTag, docTag, globalTag, tagsForChange } from './cache-tags'

describe('tagsForChange', () => {
  it('purges the document and the lists of its collection', () => {
    assert.deepEqual(tagsForChange({ source: 'news', kind: 'collection', id: 7 }), [anyTag('news'), docTag('news', 7)])
  })
  it('purges only pages showing a global, except those on every page', () => {
    assert.deepEqual(tagsForChange({ source: 'home', kind: 'global' }), [globalTag('home')])
    assert.equal(tagsForChange({ source: 'navigation', kind: 'global' }), 'all')
    assert.equal(tagsForChange({ source: 'site-settings', kind: 'global' }), 'all')
  })
  it('clears everything for media and for unknown changes', () => {
    assert.equal(tagsForChange({ source: 'media', kind: 'collection', id: 1 }), 'all')
    assert.equal(tagsForChange({ source: 'cluster', kind: 'everything' }), 'all')
  })
})
