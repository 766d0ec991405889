import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatCell, toCsv } from './csv'

describe('CSV writer', () => {
  it('writes RFC 4180: header, CRLF records, quotes only where needed and doubled inside', () => {
    assert.equal(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          ['has, comma', 'has "quote"'],
          ['line\nbreak', null],
        ],
      ),
      'a,b\r\nx,1\r\n"has, comma","has ""quote"""\r\n"line\nbreak",\r\n',
    )
    assert.equal(toCsv(['a'], []), 'a\r\n')
  })

  it('guards text a spreadsheet would run, and leaves numbers alone, negative ones included', () => {
    assert.equal(formatCell('=1+1'), "'=1+1")
    assert.equal(formatCell('+32 2 000 00 00'), "'+32 2 000 00 00")
    assert.equal(formatCell('-minus'), "'-minus")
    assert.equal(formatCell('@SUM(A1)'), "'@SUM(A1)")
    assert.equal(formatCell('\tTab'), "'\tTab")
    assert.equal(formatCell(-2.5), '-2.5')
    assert.equal(formatCell(0), '0')
    assert.equal(formatCell(Number.NaN), '')
    assert.equal(formatCell(true), 'true')
    assert.equal(formatCell(null), '')
    assert.equal(formatCell('a=b'), 'a=b')
  })
})
