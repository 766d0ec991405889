/** @jsxImportSource @/site/html */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { translator } from '@/site/i18n'
import { Pagination } from './Pagination'

const ctx = { t: translator('en'), locale: 'en' as const }
const href = (n: number) => `/en/news?page=${n}`
const render = (page: number, pages: number, numbers = false) =>
  String((<Pagination ctx={ctx} page={page} pages={pages} href={href} numbers={numbers} />)?.value ?? '')

describe('Pagination', () => {
  it('shows nothing for a single page', () => {
    assert.equal(render(1, 1), '')
  })

  it('links the previous and next pages, not past either end', () => {
    const first = render(1, 3)
    assert.match(first, /Page 1 of 3/)
    assert.doesNotMatch(first, /rel="prev"/)
    assert.match(first, /<a href="\/en\/news\?page=2" rel="next">Next page<\/a>/)
    const last = render(3, 3)
    assert.match(last, /<a href="\/en\/news\?page=2" rel="prev">Previous page<\/a>/)
    assert.doesNotMatch(last, /rel="next"/)
  })

  it('numbers every page on request, marking the current one', () => {
    const html = render(2, 3, true)
    assert.match(html, /<span aria-current="page">2<\/span>/)
    assert.match(html, /<a href="\/en\/news\?page=1">1<\/a>/)
    assert.match(html, /<a href="\/en\/news\?page=3">3<\/a>/)
    assert.doesNotMatch(render(2, 3), /aria-current/)
  })
})
