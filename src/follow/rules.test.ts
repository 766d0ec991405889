import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { normalizeEmail, parseSubject, subjectKey } from './rules'

describe('subject keys', () => {
  it('reads back what it writes', () => {
    for (const subject of [{ kind: 'all-news' }, { kind: 'theme', id: 3 }, { kind: 'plan-item', id: 12 }] as const) {
      assert.deepEqual(parseSubject(subjectKey(subject)), subject)
    }
  })

  it('refuses what is not a subject', () => {
    for (const key of ['', 'news', 'theme:', 'theme:0', 'theme:-1', 'theme:1.5', 'users:1', 'constructor:1', 'theme:99999999999999999']) {
      assert.equal(parseSubject(key), undefined, key)
    }
  })

  it('keeps one spelling per address', () => {
    assert.equal(normalizeEmail('  Anna@Example.BE '), 'anna@example.be')
  })
})
