import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { holdsPersonalData } from './personal-data'

describe('personal data in a search query', () => {
  it('finds email addresses, phone numbers and national numbers however they are written', () => {
    for (const query of [
      'jan.peeters@example.be',
      'premie voor jan@telenet',
      'bel 0470 12 34 56',
      '+32 2 123 45 67',
      '02/123.45.67',
      '0032470123456',
      '85.07.30-033.28',
      'rijksregisternummer 85073003328',
      'BE68 5390 0754 7034',
    ])
      assert.equal(holdsPersonalData(query), true, query)
  })

  it('leaves ordinary queries, codes and years alone', () => {
    for (const query of ['renovatiepremie', '1.1.2', 'Go4Brussels 2030', 'begroting 2025', 'postcode 1000', 'l’emploi des jeunes'])
      assert.equal(holdsPersonalData(query), false, query)
  })
})
