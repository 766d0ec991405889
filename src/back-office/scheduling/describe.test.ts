import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeScheduled } from './describe'

describe('a scheduled publication in words', () => {
  const at = '2026-11-30T13:05:00Z'
  it('names the language published, in the admin language, and the Brussels time', () => {
    assert.match(
      describeScheduled({ type: 'publish', locale: 'fr', at }, 'nl'),
      /^publicatie in het Frans op 30 november 2026.*14:05 \(Brusselse tijd\)$/,
    )
    assert.match(
      describeScheduled({ type: 'publish', locale: 'nl', at }, 'fr'),
      /^publication en néerlandais le 30 novembre 2026.*14:05 \(heure de Bruxelles\)$/,
    )
  })
  it('says "all languages" and unpublication in words, never a raw value', () => {
    assert.match(describeScheduled({ type: 'publish', at }, 'nl'), /^publicatie in alle talen op /)
    assert.match(describeScheduled({ type: 'unpublish', locale: 'fr', at }, 'fr'), /^dépublication le 30 novembre 2026/)
  })
})
