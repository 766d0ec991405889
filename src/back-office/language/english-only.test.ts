import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sayInAdminLanguage } from './english-only'

describe('names Payload’s building blocks write in English only', () => {
  it('are said in the admin’s language, keeping what they name', () => {
    assert.equal(sayInAdminLanguage('Add block', 'nl'), 'Blok toevoegen')
    assert.equal(sayInAdminLanguage('Previous Month', 'fr'), 'Mois précédent')
    assert.equal(sayInAdminLanguage('Choose zondag 9 juni 2002', 'nl'), 'Kies zondag 9 juni 2002')
    assert.equal(sayInAdminLanguage('Choose Date', 'nl'), 'Kies een datum')
    assert.equal(sayInAdminLanguage('Edit Burgers', 'nl'), 'Burgers bewerken')
    assert.equal(sayInAdminLanguage('Edit Burgers', 'fr'), 'Modifier Burgers')
  })

  it('leave everything else alone, and English as it is', () => {
    assert.equal(sayInAdminLanguage('Blok toevoegen', 'nl'), undefined)
    assert.equal(sayInAdminLanguage('Kies zondag 9 juni 2002', 'nl'), undefined)
    assert.equal(sayInAdminLanguage('Edit link', 'en'), undefined)
  })
})
