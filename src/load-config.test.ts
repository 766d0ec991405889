import assert from 'node:assert/strict'
import { it } from 'node:test'
import { modulesLoaded, projectModule } from '../tests/support/modules-loaded'

it('settles every Lexical wrapper the Payload config reaches before the config is imported', () => {
  const lines = modulesLoaded(
    `
    const { settleLexical } = await import(${JSON.stringify(projectModule('src/load-config.ts'))})
    await settleLexical()
    mark('settled')
    await import(${JSON.stringify(projectModule('src/payload.config.ts'))})
    mark('config')
  `,
    // Lexical's top-level-await wrappers.
    /\/(lexical|@lexical\/[^/]+)\/dist\/[^/]+\.node\.mjs$/,
  )
  const settled = lines.indexOf('settled')
  assert.ok(settled > 0, `no wrapper loaded while settling: ${lines.join(', ')}`)
  assert.deepEqual(lines.slice(settled + 1), ['config'], 'the config reached Lexical wrappers missing from LEXICAL_ENTRY_POINTS')
})
