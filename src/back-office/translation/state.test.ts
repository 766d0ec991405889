import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { languageList, withStates } from './state'

const facts = (fr: boolean, en: boolean, live = false) => ({
  nl: { hasText: true, live },
  fr: { hasText: fr, live },
  en: { hasText: en, live },
})

describe('translation states', () => {
  it('marks a translation outdated, per field, when the Dutch text changed after it', () => {
    const { record, outdatedIn, waitingIn } = withStates(
      {
        nl: { changed: { title: '2026-11-02T10:00:00Z', summary: '2026-11-01T10:00:00Z' } },
        fr: { changed: { title: '2026-11-01T12:00:00Z', summary: '2026-11-01T12:00:00Z' }, ready: true },
      },
      facts(true, false),
      () => true,
    )
    assert.equal(record.fr?.state, 'outdated')
    assert.deepEqual(record.fr?.outdatedFields, ['title'])
    assert.equal(record.en?.state, 'missing')
    assert.deepEqual(outdatedIn, ['fr'])
    assert.deepEqual(waitingIn, ['fr', 'en'])
  })

  it('says ready, then live or draft, when nothing is outdated', () => {
    const ready = withStates(
      { nl: { changed: { title: '2026-11-01T10:00:00Z' } }, fr: { changed: {}, ready: true } },
      facts(true, true),
      () => false,
    )
    assert.equal(ready.record.fr?.state, 'ready')
    assert.deepEqual(ready.readyIn, ['fr'])
    assert.equal(ready.record.en?.state, 'draft')
    assert.equal(withStates({}, facts(true, true, true), () => true).record.en?.state, 'live')
  })

  it('stores a set of languages as a list lists can filter on', () => {
    assert.equal(languageList(['fr', 'en']), 'fr en')
    assert.equal(languageList([]), null)
  })
})
