/** `npm run roles:table`: rewrites the role table in the README and SECURITY.md from the role matrix (src/access/matrix.ts). */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROLE_TABLE_FILES, withRolesTable } from '../src/access/roles-table'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
for (const name of ROLE_TABLE_FILES) {
  const file = path.join(root, name)
  const before = readFileSync(file, 'utf8')
  const after = withRolesTable(before)
  if (after === before) console.log(`The role table in ${name} is up to date.`)
  else {
    writeFileSync(file, after)
    console.log(`Rewrote the role table in ${name} from src/access/matrix.ts.`)
  }
}
