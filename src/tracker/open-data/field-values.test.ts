import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dayOf, textInEveryLanguage } from './field-values'

describe('dates', () => {
  it('are the calendar day in Brussels, as the pages show them', () => {
    assert.equal(dayOf('2024-03-14T23:30:00.000Z'), '2024-03-15')
    assert.equal(dayOf('2024-07-01T00:00:00.000Z'), '2024-07-01')
    assert.equal(dayOf(null), null)
    assert.equal(dayOf('not a date'), null)
  })
})

describe('text in every language', () => {
  it('has every language, null where a field was not written, and reads a plain string as Dutch', () => {
    assert.deepEqual(textInEveryLanguage({ nl: 'a', fr: '', en: 7 }), { nl: 'a', fr: '', en: null })
    assert.deepEqual(textInEveryLanguage('b'), { nl: 'b', fr: null, en: null })
    assert.deepEqual(textInEveryLanguage(null), { nl: null, fr: null, en: null })
  })
})
