/**
 * What importing the public site's request listener (app.ts: every mount, the router, every view)
 * loads, recorded in a child process by a module hook: none of Payload's runtime, its database
 * adapters, Next.js or the S3 SDK. A public-only instance can then start without them and load
 * Payload only for what the content store cannot answer (issue 21); a module of the public path
 * that needs Payload's functions imports them where it uses them (src/payload-runtime.ts).
 */
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { modulesLoaded, projectModule } from '../../tests/support/modules-loaded'

/** Packages the public path must not load by being imported. */
const HEAVY = [
  { name: 'a Payload database adapter', pattern: /\/node_modules\/@payloadcms\/db-/ },
  { name: 'Drizzle', pattern: /\/node_modules\/drizzle-orm\// },
  { name: 'Next.js', pattern: /\/node_modules\/(next|@payloadcms\/next)\// },
  { name: 'React', pattern: /\/node_modules\/react(-dom)?\// },
  { name: 'the S3 SDK', pattern: /\/node_modules\/@aws-sdk\// },
  // 870 KB of source, needed by a search only (src/search/text.ts).
  { name: 'the Snowball stemmers', pattern: /\/node_modules\/snowball-stemmers\// },
]

const PAYLOAD = /\/node_modules\/payload\//

it('the public site’s modules load neither Payload, a database adapter, Next.js, React, the S3 SDK nor the stemmers by being imported', () => {
  const loaded = modulesLoaded(`await import(${JSON.stringify(projectModule('src/server/app.ts'))})`)
  // The recorder sees the views, and a CommonJS package's entry (pino's) as well as ES modules.
  assert.ok(loaded.some((url) => url.endsWith('/src/site/router.ts')))
  assert.ok(loaded.some((url) => /\/node_modules\/pino\//.test(url)))
  for (const { name, pattern } of HEAVY) {
    const found = loaded.filter((url) => pattern.test(url))
    assert.deepEqual(found, [], `importing the public site loaded ${name}`)
  }
  // Payload's pure functions (`payload/shared`: Lexical's HTML converter sanitizes links with it), and nothing more of it.
  const shared = new Set(modulesLoaded(`await import('payload/shared')`, PAYLOAD))
  const beyond = loaded.filter((url) => PAYLOAD.test(url) && !shared.has(url))
  assert.deepEqual(beyond.slice(0, 5), [], `importing the public site loaded ${beyond.length} modules of Payload beyond payload/shared`)
})
