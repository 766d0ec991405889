import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readPageNumber } from './page-number'

describe('readPageNumber', () => {
  it('reads 1 when there is no page, and whole numbers from 1', () => {
    assert.equal(readPageNumber(new URLSearchParams('')), 1)
    assert.equal(readPageNumber(new URLSearchParams('page=1')), 1)
    assert.equal(readPageNumber(new URLSearchParams('page=42&x=1')), 42)
    assert.equal(readPageNumber(new URLSearchParams('page=999999')), 999_999)
  })

  it('refuses what is not a page number', () => {
    for (const value of ['', '0', '-1', '01', '1.5', 'abc', ' 2', '1e3', '1000000']) {
      assert.equal(readPageNumber(new URLSearchParams({ page: value })), undefined, value)
    }
  })
})
