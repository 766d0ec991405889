import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { queryTerms } from '../text'
import { parseMembers, synonymTable, withSynonyms } from './expand'

describe('synonym groups', () => {
  it('reads the members as editors write them', () => {
    assert.deepEqual(parseMembers(' GOB, SPRB;BRPS = gob\nBrussel  Huisvesting ,,'), ['GOB', 'SPRB', 'BRPS', 'Brussel Huisvesting'])
  })

  it('adds a word’s group to its alternatives, through the index’s terms', () => {
    const table = synonymTable(
      [
        ['GOB', 'SPRB', 'BRPS'],
        ['werkloosheid', 'werkzoekenden'],
      ],
      'nl',
    )
    assert.deepEqual(withSynonyms(queryTerms('sprb cijfers', 'nl'), table), [[['sprb'], ['gob'], ['brps']], [['cijfer']]])
    const [alternatives] = withSynonyms(queryTerms('Werkzoekende', 'nl'), table)
    assert.ok(alternatives?.some((alternative) => alternative.join() === queryTerms('werkloosheid', 'nl')[0]![0]!.join()))
  })

  it('matches a member of several words by all its words, and leaves other words alone', () => {
    const table = synonymTable([['Actiris', 'Office régional bruxellois de l’emploi']], 'fr')
    const [alternatives] = withSynonyms(queryTerms('actiris', 'fr'), table)
    assert.equal(alternatives?.length, 2)
    assert.ok(alternatives?.[1]?.includes(queryTerms('emploi', 'fr')[0]![0]![0]!))
    assert.deepEqual(withSynonyms(queryTerms('logement', 'fr'), table), queryTerms('logement', 'fr'))
  })
})
