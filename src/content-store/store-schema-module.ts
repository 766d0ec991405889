import type { StoreSchema } from './store-schema'

/** The text of store-schema.generated.ts for a description: written by a script, compared by a test. */
export function storeSchemaModule(schema: StoreSchema): string {
  return `// Written by \`npm run content-store:schema\` from the Payload config (src/content-store/store-schema.ts): do not edit.
import type { StoreSchema } from './store-schema'

export const STORE_SCHEMA: StoreSchema = ${JSON.stringify(schema, null, 2)}
`
}
