import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { groupByInitial, initialOf } from './a-to-z'

const names = (groups: { letter: string; items: string[] }[]) => groups.map((g) => [g.letter, g.items])
const same = (s: string) => s

describe('the A–Z list of services', () => {
  it('files a name under its first letter without accents', () => {
    assert.equal(initialOf('Écoles', 'fr'), 'E')
    assert.equal(initialOf('  ouverture', 'fr'), 'O')
    assert.equal(initialOf('Œuvres', 'fr'), 'O')
    assert.equal(initialOf('2030', 'nl'), '#')
    assert.equal(initialOf('‘Quoted’', 'en'), '#')
  })

  it('sorts "Écoles" with E in French, not after Z as code points would', () => {
    const groups = groupByInitial(['Zones', 'Écoles', 'Emploi', 'Aide', 'Entreprises'], same, 'fr')
    assert.deepEqual(names(groups), [
      ['A', ['Aide']],
      ['E', ['Écoles', 'Emploi', 'Entreprises']],
      ['Z', ['Zones']],
    ])
  })

  it('ignores case when sorting: lower-case names are not put last', () => {
    const groups = groupByInitial(['huurtoelage', 'Bouwvergunning', 'taxivergunning', 'Arbeidskaart'], same, 'nl')
    assert.deepEqual(names(groups), [
      ['A', ['Arbeidskaart']],
      ['B', ['Bouwvergunning']],
      ['H', ['huurtoelage']],
      ['T', ['taxivergunning']],
    ])
  })

  it('sorts numbers in names by value and puts names without a letter first', () => {
    const groups = groupByInitial(['Premie 10', 'Premie 9', '3D-plan'], same, 'en')
    assert.deepEqual(names(groups), [
      ['#', ['3D-plan']],
      ['P', ['Premie 9', 'Premie 10']],
    ])
  })

  it('reads the name through the function it is given and keeps the items', () => {
    const items = [{ title: 'Taxi licence' }, { title: 'Rent allowance' }]
    const groups = groupByInitial(items, (s) => s.title, 'en')
    assert.deepEqual(
      groups.map((g) => g.items),
      [[items[1]], [items[0]]],
    )
  })
})
