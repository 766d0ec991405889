/** `npm run build`: builds the back office when its sources changed since the last build. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureNextBuild } from '../src/server/build'

ensureNextBuild(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'))
