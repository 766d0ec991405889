/**
 * What importing the public site's request listener (app.ts: every mount, the router, every view)
 * loads, recorded in a child process by a module hook: none of Payload's runtime, its database
 * adapters, Next.js or the S3 SDK. A public-only instance can then start without them and load
 * Payload only for what the content store cannot answer (issue 21); a module of the public path
 * that needs Payload's functions imports them where it uses them (src/payload-runtime.ts).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { it } from 'node:test'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// Runs in the module-hooks thread of the child: notes every module loaded.
const RECORDER = `
import { appendFileSync } from 'node:fs'
let out
export function initialize(data) { out = data.out }
export async function load(url, context, next) {
  appendFileSync(out, url + '\\n')
  return next(url, context)
}`

/**
 * Packages the public path must not load by being imported. `payload/shared` (pure functions: Lexical's
 * HTML converter sanitizes links with it) is allowed; Payload's main entry, which loads the whole of it, is not.
 */
const HEAVY = [
  { name: 'Payload', pattern: /\/node_modules\/payload\/dist\/index\.js$/ },
  { name: 'a Payload database adapter', pattern: /\/node_modules\/@payloadcms\/db-/ },
  { name: 'Drizzle', pattern: /\/node_modules\/drizzle-orm\// },
  { name: 'Next.js', pattern: /\/node_modules\/(next|@payloadcms\/next)\// },
  { name: 'React', pattern: /\/node_modules\/react(-dom)?\// },
  { name: 'the S3 SDK', pattern: /\/node_modules\/@aws-sdk\// },
]

it('the public site’s modules load neither Payload, a database adapter, Next.js, React nor the S3 SDK by being imported', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-public-imports-'))
  const out = path.join(dir, 'loaded.txt')
  const script = `
    import { writeFileSync } from 'node:fs'
    import { register } from 'node:module'
    writeFileSync(${JSON.stringify(out)}, '')
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(RECORDER)}), { data: { out: ${JSON.stringify(out)} } })
    await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/server/app.ts')).href)})
  `
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, PAYLOAD_SECRET: 'public-imports-test-secret-of-at-least-32-chars' }
  delete env.NODE_TEST_CONTEXT
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    })
    assert.equal(child.status, 0, child.stderr)
    const loaded = readFileSync(out, 'utf8').trim().split('\n')
    assert.ok(
      loaded.some((url) => url.endsWith('/src/site/router.ts')),
      'the recorder saw the public views being loaded',
    )
    for (const { name, pattern } of HEAVY) {
      const found = loaded.filter((url) => pattern.test(url))
      assert.deepEqual(found, [], `importing the public site loaded ${name}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
