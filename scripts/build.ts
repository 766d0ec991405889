/** `npm run build`: builds the back office and bundles the server when their sources changed since the last build. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureNextBuild } from '../src/server/build'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
ensureNextBuild(root)
const bundled = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs'), '--bundle-only'], { stdio: 'inherit' })
if (bundled.status !== 0) process.exit(bundled.status ?? 1)
