import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { followedHere } from './frame'

describe('the "Follow by email" link of a page', () => {
  it('follows the page where it is published in the page’s language, and nowhere else', () => {
    assert.equal(followedHere({ follow: 'news:5', translated: ['nl', 'fr', 'en'] }, 'en', false), 'news:5')
    assert.equal(followedHere({ follow: 'page:2' }, 'fr', false), 'page:2', 'a page that says nothing of its languages')
    assert.equal(followedHere({ follow: 'news:5', translated: ['nl', 'fr'] }, 'en', false), undefined)
    assert.equal(followedHere({ follow: 'page:2', fallbackFrom: 'nl' }, 'en', false), undefined)
    assert.equal(followedHere({ follow: 'page:2' }, 'nl', true), undefined, 'not in a preview')
  })
})
