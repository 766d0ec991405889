import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { logger } from '@/operations/logging/logger'

/** Sources that end up in the Next.js bundle: the config and everything it imports, the admin routes. */
function sourceFingerprint(root: string): string {
  const hash = createHash('sha256')
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(full)
      else if (/\.(tsx?|jsx?|css|scss|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        hash.update(path.relative(root, full)).update(readFileSync(full))
      }
    }
  }
  visit(path.join(root, 'src'))
  for (const file of ['package-lock.json', 'next.config.mjs', 'tsconfig.json']) {
    if (existsSync(path.join(root, file))) hash.update(file).update(readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

/**
 * `npm start` builds the admin when there is no build yet, so a fresh clone needs one command, and
 * again when the sources changed since the last build, so nobody runs a stale back office.
 */
export function ensureNextBuild(root: string): void {
  const marker = path.join(root, '.next', 'BELFORT_SOURCES')
  const fingerprint = sourceFingerprint(root)
  const upToDate = () =>
    existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint
  if (upToDate()) return
  // While working on public pages (which do not go through Next.js), a stale back office is fine
  // and rebuilding it on every change costs minutes.
  if (process.env.BELFORT_REUSE_ADMIN_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID'))) return
  // Servers started together (tests, several instances) build once: the others wait for it.
  const lock = path.join(root, '.next-build.lock')
  let fd: number
  try {
    fd = openSync(lock, 'wx')
  } catch {
    logger.info('Waiting for another process to finish building the back office…')
    while (existsSync(lock)) {
      // A lock older than any build is left by a process that was killed: take it over.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10 * 60_000) rmSync(lock, { force: true })
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
    }
    if (!upToDate()) ensureNextBuild(root)
    return
  }
  try {
    logger.info('Building the back office (about a minute)…')
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`)
    writeFileSync(marker, fingerprint)
  } finally {
    closeSync(fd)
    unlinkSync(lock)
  }
}
