import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { it } from 'node:test'
import { withRolesTable } from './roles-table'

it('the README’s role table is the one the matrix renders (npm run roles:table rewrites it)', () => {
  const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8')
  assert.equal(readme, withRolesTable(readme))
})
