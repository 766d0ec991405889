import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { accountLanguage, columnIndex, columnLetter, columnsFor } from './columns'

describe('the spreadsheet’s columns', () => {
  it('are named by letter as spreadsheets do', () => {
    assert.deepEqual([0, 11, 25, 26, 27, 701, 702].map(columnLetter), ['A', 'L', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
    assert.deepEqual(['A', 'L', 'Z', 'AA', 'AB', 'ZZ', 'AAA'].map(columnIndex), [0, 11, 25, 26, 27, 701, 702])
  })
  it('say the account’s language in its key', () => {
    assert.equal(columnsFor('fr').at(-1), 'account_fr')
    assert.equal(accountLanguage(columnsFor('en')), 'en')
    assert.equal(accountLanguage(['status']), undefined)
  })
})
