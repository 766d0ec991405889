import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ROLE_TABLE_FILES, withRolesTable } from './roles-table'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

for (const name of ROLE_TABLE_FILES) {
  it(`the role table in ${name} is the one the matrix renders (npm run roles:table rewrites it)`, () => {
    const text = readFileSync(path.join(root, name), 'utf8')
    assert.equal(text, withRolesTable(text))
  })
}
