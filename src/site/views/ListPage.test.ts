import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { translator } from '@/site/i18n'
import { listTitle } from './ListPage'

describe('listTitle', () => {
  const nl = { t: translator('nl'), locale: 'nl' as const }
  const en = { t: translator('en'), locale: 'en' as const }

  it('is the heading alone for the first page of an unfiltered list', () => {
    assert.equal(listTitle(nl, 'Nieuws', { page: 1, pages: 4 }), 'Nieuws')
  })

  it('names what was chosen and the page, so filtered and paged lists do not share one title', () => {
    assert.equal(
      listTitle(nl, 'Nieuws', { chosen: ['Wonen', 'Ondernemers'], page: 2, pages: 5 }),
      'Nieuws: Wonen, Ondernemers – Pagina 2 van 5',
    )
    assert.equal(listTitle(en, 'Documents', { chosen: ['2021'] }), 'Documents: 2021')
    assert.equal(listTitle(en, 'Search', { page: 3, pages: 3 }), 'Search – Page 3 of 3')
  })

  it('leaves out a page it cannot trust (a refused query string)', () => {
    assert.equal(listTitle(en, 'News', { page: Number.NaN, pages: 2 }), 'News')
    assert.equal(listTitle(en, 'News', { page: 2 }), 'News')
  })
})
