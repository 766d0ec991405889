/**
 * `npm run audit:check`: `npm audit --omit=dev --audit-level=high` with the project's allow-list
 * (`audit-allow.json`: each entry an advisory, a reason and an expiry day). Fails on a high or
 * critical advisory against a production dependency that no entry accepts, and on an entry that
 * expired or explains nothing.
 *
 *   --unreachable=warn   when the advisory service cannot be asked, say so and still check the
 *                        allow-list (CI here: the registry it may reach refuses npm's bulk advisory
 *                        query); without it, that fails like an advisory would.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Advisory, advisoriesIn, auditVerdict, checkAllowList } from '@/operations/dependency-audit'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const unreachableWarns = process.argv.includes('--unreachable=warn')
const today = new Date().toISOString().slice(0, 10)

let allowList: unknown
try {
  allowList = JSON.parse(readFileSync(path.join(root, 'audit-allow.json'), 'utf8'))
} catch (error) {
  console.error(`audit-allow.json could not be read: ${(error as Error).message}`)
  process.exit(1)
}

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
let report: unknown
try {
  report = JSON.parse(result.stdout || 'null')
} catch {
  report = null
}

let advisories: Advisory[]
try {
  advisories = advisoriesIn(report)
} catch (error) {
  const { bad } = checkAllowList(allowList, today)
  for (const { entry, problem } of bad) console.error(`audit-allow.json: ${problem}: ${JSON.stringify(entry)}`)
  console.error((error as Error).message)
  if (unreachableWarns && bad.length === 0) {
    console.log('Dependency audit skipped: no advisories could be read. The allow-list is valid.')
    process.exit(0)
  }
  process.exit(1)
}

const verdict = auditVerdict(advisories, allowList, today)
for (const advisory of verdict.accepted)
  console.log(`accepted until its entry expires: ${advisory.id} (${advisory.package}) ${advisory.title}`)
for (const entry of verdict.unused) console.log(`audit-allow.json: ${entry.advisory} is no longer reported: remove the entry`)
for (const { entry, problem } of verdict.badEntries) console.error(`audit-allow.json: ${problem}: ${JSON.stringify(entry)}`)
for (const advisory of verdict.open) console.error(`${advisory.severity}: ${advisory.id} in ${advisory.package}: ${advisory.title}`)
if (verdict.open.length > 0 || verdict.badEntries.length > 0) process.exit(1)
console.log(`Dependency audit passed: ${advisories.length} high or critical advisories, all accepted by a current entry.`)
