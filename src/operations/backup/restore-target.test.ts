import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { createClient } from '@libsql/client'
import type { SanitizedConfig } from 'payload'
import { fileStores } from './file-stores'
import { clearTarget, targetState } from './restore-target'

const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-target-'))
const saved = process.env.DATA_DIR
process.env.DATA_DIR = dataDir
after(() => {
  process.env.DATA_DIR = saved
  rmSync(dataDir, { recursive: true, force: true })
})

const stores = fileStores({
  collections: [{ slug: 'media', upload: { staticDir: path.join(dataDir, 'media') } }],
} as unknown as SanitizedConfig)

describe('the target of a restore', () => {
  it('is empty when there is no database and no stored file', async () => {
    assert.deepEqual((await targetState(undefined, stores)).occupied, [])
  })

  it('names what is in the way, and a forced restore removes it', async () => {
    const client = createClient({ url: `file:${path.join(dataDir, 'belfort.db')}` })
    await client.execute('CREATE TABLE pages (id INTEGER PRIMARY KEY)')
    client.close()
    mkdirSync(path.join(dataDir, 'media'))
    writeFileSync(path.join(dataDir, 'media', 'belfort.png'), 'png')
    assert.deepEqual((await targetState(undefined, stores)).occupied, [
      'the SQLite database is not empty (tables: 1)',
      'the folder of media holds files',
    ])
    await clearTarget(undefined, stores)
    assert.deepEqual((await targetState(undefined, stores)).occupied, [])
  })
})
