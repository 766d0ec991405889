import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { it } from 'node:test'
import { importPayloadConfig } from '@/load-config'
import { describeStoreSchema, fallbackOf, type StoreLocalization } from './store-schema'
import { storeSchemaModule } from './store-schema-module'

it('the committed description of the store’s schema is the Payload config’s (else: npm run content-store:schema)', async () => {
  const described = storeSchemaModule(await describeStoreSchema(await importPayloadConfig()))
  const committed = readFileSync(new URL('./store-schema.generated.ts', import.meta.url), 'utf8')
  assert.equal(committed, described)
})

it('describes who may read what as the config says: drafts and visitors’ conditions close a depth, facts are never open', async () => {
  const { sources } = await describeStoreSchema(await importPayloadConfig())
  // Drafts: a read that skips access checks would see them.
  assert.deepEqual(sources.news?.openAt.slice(0, 3), [false, false, false])
  assert.deepEqual(sources.news?.visitorsWhere, { _status: { equals: 'published' } })
  // Open to everyone, down to what depth 1 populates; rich text at depth 1 may populate anything.
  assert.deepEqual(sources.themes?.openAt.slice(0, 3), [true, true, true])
  assert.deepEqual(sources.missions?.openAt.slice(0, 3), [true, false, false])
  // A field only some roles read (an administration's notification address).
  assert.equal(sources.administrations?.openAt[0], false)
  // Visitors may not read the history of changes: only the server's own reads are answered.
  assert.ok(sources['content-changes']?.openAt.every((open) => !open))
  // Described down to Payload's deepest read (maxDepth), which a deeper request is read at.
  assert.equal(sources.themes?.openAt.length, 11)
})

it('describes what every collection and global points to, through groups, arrays and blocks', async () => {
  const { relations } = await describeStoreSchema(await importPayloadConfig())
  assert.deepEqual(relations.administrations, { populated: [], joined: ['missions'] })
  assert.ok(relations.news?.populated.includes('themes'))
  // The home page's featured items sit in arrays; the store does not hold the outbox, but the read cache may read it.
  assert.deepEqual(relations['global:home']?.populated, ['audiences', 'pages', 'services', 'themes'])
  assert.ok(relations['email-outbox']?.populated.includes('contact-messages'))
})

it('settles a read’s fallback language as Payload does', () => {
  const localization: StoreLocalization = { defaultLocale: 'nl', fallback: true, fallbacks: { en: 'fr' }, codes: ['nl', 'fr', 'en'] }
  assert.equal(fallbackOf(localization, 'fr', undefined), 'nl')
  assert.equal(fallbackOf(localization, 'en', undefined), 'fr')
  assert.equal(fallbackOf(localization, 'nl', undefined), '', 'the default language falls back to nothing')
  assert.equal(fallbackOf(localization, 'fr', 'none'), '')
  assert.equal(fallbackOf(localization, 'fr', false), '')
  assert.equal(fallbackOf(localization, 'fr', 'en'), 'en')
  assert.equal(fallbackOf(localization, 'fr', 'xx'), '', 'an unknown language falls back to nothing')
  assert.equal(fallbackOf(localization, 'fr', ['en', 'nl']), undefined, 'a list is not held')
  assert.equal(fallbackOf({ ...localization, fallback: false }, 'fr', undefined), '')
  assert.equal(fallbackOf(false, 'fr', undefined), '')
})
