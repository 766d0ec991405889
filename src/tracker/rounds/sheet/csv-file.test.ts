import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readSheetCsv, writeSheetCsv } from './csv-file'

const cellsOf = async (bytes: Uint8Array) => {
  const read = await readSheetCsv(bytes)
  assert.ok(read.ok, JSON.stringify(read))
  return read.rows.map((row) => row.cells)
}

describe('the round’s CSV', () => {
  it('is UTF-8 with a BOM, guards text that starts like a formula, and reads back as written', async () => {
    const bytes = writeSheetCsv(
      ['Ronde', 'Titel'],
      ['round_id', 'measure_title'],
      [
        [1, '=1+1'],
        [2, 'Één, "twee"\nen drie'],
      ],
    )
    assert.equal(bytes.subarray(0, 3).toString('hex'), 'efbbbf')
    assert.ok(bytes.toString('utf8').includes("'=1+1"))
    assert.deepEqual(await cellsOf(bytes), [
      ['Ronde', 'Titel'],
      ['round_id', 'measure_title'],
      ['1', '=1+1'],
      ['2', 'Één, "twee"\nen drie'],
    ])
  })
  it('reads Excel’s semicolons and Windows-1252', async () => {
    const latin = Buffer.from([0x61, 0x3b, 0x62, 0x0d, 0x0a, 0xe9, 0x3b, 0x32, 0x0d, 0x0a])
    assert.deepEqual(await cellsOf(latin), [
      ['a', 'b'],
      ['é', '2'],
    ])
  })
  it('numbers rows as a spreadsheet does, a quoted line break inside one row', async () => {
    const read = await readSheetCsv(Buffer.from('a,b\n"x\ny",2\nz,3\n'))
    assert.ok(read.ok)
    assert.deepEqual(
      read.rows.map((row) => row.number),
      [1, 2, 3],
    )
  })
})
