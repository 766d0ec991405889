import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allowedEdits, editDistance } from './edit-distance'

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    assert.equal(editDistance('renovatei', 'renovatie', 2), 1)
    assert.equal(editDistance('renovatie', 'renovatie', 2), 0)
    assert.equal(editDistance('renovtie', 'renovatie', 2), 1)
    assert.equal(editDistance('logemnt', 'logement', 2), 1)
    assert.equal(editDistance('kat', 'kap', 2), 1)
    assert.equal(editDistance('abcd', 'badc', 2), 2)
  })

  it('gives up past the maximum', () => {
    assert.equal(editDistance('renovatie', 'werkloosheid', 2), 3)
    assert.equal(editDistance('a', 'abcdef', 2), 3)
  })

  it('allows fewer edits to short words', () => {
    assert.equal(allowedEdits(3), 1)
    assert.equal(allowedEdits(9), 2)
  })
})
