import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { storedPdfName } from './stored-name'

describe('storedPdfName', () => {
  it('keeps the uploaded name readable and ends it with letters, never a number', () => {
    const name = storedPdfName('Plan 2026.PDF')
    assert.match(name, /^plan-2026-[bcdfghjkmnpqrstvwxz]{6}\.pdf$/)
  })
  it('gives two uploads of one name two names', () => {
    assert.notEqual(storedPdfName('plan-2026.pdf'), storedPdfName('plan-2026.pdf'))
  })
  it('names a file whose name has no letters or digits', () => {
    assert.match(storedPdfName('—.pdf'), /^document-[a-z]{6}\.pdf$/)
  })
})
