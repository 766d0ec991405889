/**
 * What a Node process loads: runs an ES module script in a child process (under tsx, from the
 * project's root, on a data folder of its own) with a module hook that writes the URL of every
 * module loaded (or those `only` matches) into a file, one per line, and answers the lines. The
 * script may write lines of its own there too (`mark('…')`), to tell what loaded when.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// Runs in the module-hooks thread of the child.
const RECORDER = `
import { appendFileSync } from 'node:fs'
let out
let only
export function initialize(data) { out = data.out; only = data.only ? new RegExp(data.only) : undefined }
export async function load(url, context, next) {
  if (!only || only.test(url)) appendFileSync(out, url + '\\n')
  return next(url, context)
}`

/** A project file's URL, for an `import()` in the script. */
export const projectModule = (file: string): string => pathToFileURL(path.join(ROOT, file)).href

export function modulesLoaded(script: string, only?: RegExp): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-modules-loaded-'))
  const out = path.join(dir, 'loaded.txt')
  const child = `
    import { appendFileSync, writeFileSync } from 'node:fs'
    import { register } from 'node:module'
    writeFileSync(${JSON.stringify(out)}, '')
    const mark = (line) => appendFileSync(${JSON.stringify(out)}, line + '\\n')
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(RECORDER)}), { data: { out: ${JSON.stringify(out)}, only: ${JSON.stringify(only?.source)} } })
    ${script}
  `
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, PAYLOAD_SECRET: 'modules-loaded-test-secret-of-at-least-32-chars' }
  delete env.NODE_TEST_CONTEXT
  delete env.DATABASE_URL
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], { cwd: ROOT, env, encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    return readFileSync(out, 'utf8').trim().split('\n')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
