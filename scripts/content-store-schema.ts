/**
 * `npm run content-store:schema`: describes what the content store's reader needs of the Payload
 * config (src/content-store/store-schema.ts) and writes it to store-schema.generated.ts, after a
 * change to the languages or the default or deepest depth, to the fields, default sort or read
 * access of a collection or global the store holds, or to the relations of any collection or
 * global (the read cache's tags follow them). The unit tests fail until the committed description
 * matches the config.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { storeSchemaModule } from '../src/content-store/store-schema-module'
import { describeStoreSchema } from '../src/content-store/store-schema'
import { importPayloadConfig } from '../src/load-config'

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/content-store/store-schema.generated.ts')
writeFileSync(target, storeSchemaModule(await describeStoreSchema(await importPayloadConfig())))
console.log(`written: ${path.relative(process.cwd(), target)}`)
process.exit(0)
