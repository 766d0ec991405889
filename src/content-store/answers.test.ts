import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applySelect, fitsCard, pageRequest, paginated } from './answers'

describe("the content store's answers have Payload's shape", () => {
  it('pages as Payload settles page, limit and pagination', () => {
    assert.deepEqual(pageRequest({}), { page: 1, limit: 10, offset: 0, paginated: true, named: 10 })
    assert.deepEqual(pageRequest({ page: 3, limit: 5 }), { page: 3, limit: 5, offset: 10, paginated: true, named: 5 })
    assert.deepEqual(pageRequest({ pagination: false }), { page: 1, limit: undefined, offset: 0, paginated: false, named: 0 })
    assert.deepEqual(pageRequest({ limit: 0 }), { page: 1, limit: undefined, offset: 0, paginated: false, named: 0 })
    assert.deepEqual(pageRequest({ pagination: false, limit: 1 }), { page: 1, limit: 1, offset: 0, paginated: false, named: 1 })
  })

  it('counts pages, the previous and the next', () => {
    const second = paginated([{ id: 1 }], pageRequest({ page: 2, limit: 10 }), 25)
    assert.deepEqual(
      { ...second, docs: undefined },
      {
        docs: undefined,
        hasNextPage: true,
        hasPrevPage: true,
        limit: 10,
        nextPage: 3,
        page: 2,
        pagingCounter: 11,
        prevPage: 1,
        totalDocs: 25,
        totalPages: 3,
      },
    )
    const all = paginated([{ id: 1 }, { id: 2 }], pageRequest({ pagination: false }), undefined)
    assert.equal(all.totalDocs, 2)
    assert.equal(all.totalPages, 1)
    assert.equal(all.pagingCounter, 1)
  })

  it('answers an empty joined query with page 1 of 0, as drizzle does', () => {
    const empty = paginated([], pageRequest({ page: 4, limit: 10 }), 0, true)
    assert.equal(empty.page, 1)
    assert.equal(empty.totalPages, 0)
    assert.equal(empty.pagingCounter, 0)
    const plain = paginated([], pageRequest({ page: 4, limit: 10 }), 0)
    assert.equal(plain.page, 4)
    assert.equal(plain.totalPages, 1)
  })

  it('keeps the selected fields and the id, or drops the unselected', () => {
    const doc = { id: 7, title: 'T', slug: 's', group: { a: 1, b: 2 } }
    assert.deepEqual(applySelect(doc, { title: true }), { id: 7, title: 'T' })
    assert.deepEqual(applySelect(doc, { group: { b: true } }), { id: 7, group: { b: 2 } })
    assert.deepEqual(applySelect(doc, { slug: false, group: { a: false } }), { id: 7, title: 'T', group: { b: 2 } })
    assert.equal(applySelect(doc, undefined), doc)
  })

  it('reads a card only for a select the card answers as the whole answer would', () => {
    const card = { title: true, slug: true, group: true } as const
    const doc = { id: 7, title: 'T', slug: 's', body: { root: {} }, group: { a: 1, b: 2 }, other: 3 }
    const stored = applySelect(doc, card)
    for (const select of [{ title: true }, { id: true, slug: true }, { group: { b: true } }, { title: true, body: false }, card]) {
      assert.equal(fitsCard(card, select), true, JSON.stringify(select))
      assert.deepEqual(applySelect(stored, select), applySelect(doc, select), JSON.stringify(select))
    }
    assert.equal(fitsCard(card, { title: true, body: true }), false, 'a field the card leaves out')
    assert.equal(fitsCard(card, { body: false }), false, 'a select that drops fields keeps the others, not all on the card')
    assert.equal(fitsCard(card, undefined), false, 'no select: the whole answer')
    assert.equal(fitsCard(card, {}), false)
    assert.equal(fitsCard(undefined, { title: true }), false, 'a collection without cards')
  })
})
