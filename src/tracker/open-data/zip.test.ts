import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { zipEntries } from '../../../tests/support/zip-entries'
import { zip } from './zip'

const modified = new Date('2026-11-30T14:05:08Z')

describe('the bulk download’s ZIP', () => {
  it('holds each file whole, deflated or stored, with its UTF-8 name and time', async () => {
    const csv = Buffer.from('code;title\n1;Économie\n'.repeat(200))
    const tiny = Buffer.from('{}')
    const archive = zip([
      { name: 'plan-2021.csv', data: csv, modified },
      { name: 'données/tiny.json', data: tiny, modified },
    ])
    assert.ok(archive.length < csv.length, 'the repeated CSV is deflated')
    const read = await zipEntries(archive)
    assert.deepEqual(
      read.map((entry) => entry.name),
      ['plan-2021.csv', 'données/tiny.json'],
    )
    assert.deepEqual(read[0]!.data, csv)
    assert.deepEqual(read[1]!.data, tiny)
    // 14:05:08 → hours 14, minutes 5, seconds 8/2; 30 November 2026 → years since 1980, month, day.
    assert.deepEqual(read[0]!.modified, { time: (14 << 11) | (5 << 5) | 4, day: (46 << 9) | (11 << 5) | 30 })
  })

  it('is an archive the system’s unzip tests as sound, when it is installed', (t) => {
    if (spawnSync('unzip', ['-v']).status !== 0) return t.skip('no unzip here')
    const dir = mkdtempSync(path.join(tmpdir(), 'belfort-zip-'))
    try {
      const file = path.join(dir, 'a.zip')
      writeFileSync(file, zip([{ name: 'a.txt', data: Buffer.from('abc'.repeat(100)), modified }]))
      const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' })
      assert.equal(tested.status, 0, tested.stdout + tested.stderr)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('holds nothing when given nothing, and still reads as an archive', async () => {
    assert.deepEqual(await zipEntries(zip([])), [])
  })
})
