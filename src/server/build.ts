import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/** `npm start` builds the admin once when there is no build yet, so a fresh clone needs one command. */
export function ensureNextBuild(root: string): void {
  if (existsSync(path.join(root, '.next', 'BUILD_ID'))) return
  console.log('No build found: building the back office once (about a minute)…')
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`)
}
