import assert from 'node:assert/strict'
import { it } from 'node:test'
import { publicationIntent, publicationLanguage } from './publication-intent'

it('reads what a write asks for as Payload does: a draft, a publish or an unpublish', () => {
  assert.equal(publicationIntent('update', { draft: true, data: { title: 'x' } }), 'draft')
  assert.equal(publicationIntent('update', { draft: 'true', data: { _status: 'draft' } }), 'draft')
  assert.equal(publicationIntent('update', { draft: true, data: { _status: 'published' } }), 'publish')
  assert.equal(publicationIntent('update', { draft: true, publishAllLocales: 'true', data: {} }), 'publish')
  assert.equal(publicationIntent('update', { data: { title: 'x' } }), 'publish', 'saved without the draft flag, it goes live')
  assert.equal(publicationIntent('update', { data: { _status: 'draft' } }), 'unpublish')
  assert.equal(publicationIntent('update', { unpublishAllLocales: 'true', data: { _status: 'draft' } }), 'unpublish')
  assert.equal(publicationIntent('update', { data: { _status: { nl: 'published', fr: 'draft' } } }), 'publish')
  assert.equal(publicationIntent('create', { data: { title: 'x' } }), 'draft', 'a new document defaults to a draft')
  assert.equal(publicationIntent('create', { data: { _status: 'published' } }), 'publish')
  assert.equal(publicationIntent('create', { draft: true, data: { _status: 'published' } }), 'draft')
})

it('names the language a publication touches', () => {
  assert.equal(publicationLanguage({}, 'nl', false), 'all')
  assert.equal(publicationLanguage({}, 'fr', true), 'fr')
  assert.equal(publicationLanguage({ publishAllLocales: 'true' }, 'fr', true), 'all')
  assert.equal(publicationLanguage({ publishSpecificLocale: 'en' }, 'fr', true), 'en')
})
