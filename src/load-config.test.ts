import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { it } from 'node:test'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Runs in the module-hooks thread of the child: notes every Lexical top-level-await wrapper loaded.
const RECORDER = `
import { appendFileSync } from 'node:fs'
let out
export function initialize(data) { out = data.out }
export async function load(url, context, next) {
  if (/\\/(lexical|@lexical\\/[^/]+)\\/dist\\/[^/]+\\.node\\.mjs$/.test(url)) appendFileSync(out, url + '\\n')
  return next(url, context)
}`

it('settles every Lexical wrapper the Payload config reaches before the config is imported', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-load-config-'))
  const out = path.join(dir, 'loaded.txt')
  const script = `
    import { appendFileSync, writeFileSync } from 'node:fs'
    import { register } from 'node:module'
    writeFileSync(${JSON.stringify(out)}, '')
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(RECORDER)}), { data: { out: ${JSON.stringify(out)} } })
    const { settleLexical } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/load-config.ts')).href)})
    await settleLexical()
    appendFileSync(${JSON.stringify(out)}, 'settled\\n')
    await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/payload.config.ts')).href)})
    appendFileSync(${JSON.stringify(out)}, 'config\\n')
  `
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, PAYLOAD_SECRET: 'load-config-test-secret-of-at-least-32-chars' }
  delete env.NODE_TEST_CONTEXT
  delete env.DATABASE_URL
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    })
    assert.equal(child.status, 0, child.stderr)
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    const settled = lines.indexOf('settled')
    assert.ok(settled > 0, `no wrapper loaded while settling: ${lines.join(', ')}`)
    assert.deepEqual(lines.slice(settled + 1), ['config'], 'the config reached Lexical wrappers missing from LEXICAL_ENTRY_POINTS')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
