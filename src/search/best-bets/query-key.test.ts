import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { queryKey } from './query-key'

describe('best bets’ query key', () => {
  it('is the same for word forms, order, case, accents and stop words', () => {
    assert.equal(queryKey('Premies voor renovatie', 'nl'), queryKey('renovatie premie', 'nl'))
    assert.equal(queryKey('la Rénovation', 'fr'), queryKey('renovation', 'fr'))
  })

  it('is empty for a query without words', () => {
    assert.equal(queryKey(' *** ', 'en'), '')
  })
})
