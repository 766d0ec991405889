/** `npm run roles:table`: rewrites the README's role table from the role matrix (src/access/matrix.ts). */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withRolesTable } from '../src/access/roles-table'

const readme = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../README.md')
const before = readFileSync(readme, 'utf8')
const after = withRolesTable(before)
if (after === before) console.log('The README’s role table is up to date.')
else {
  writeFileSync(readme, after)
  console.log('Rewrote the README’s role table from src/access/matrix.ts.')
}
