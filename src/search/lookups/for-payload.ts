/** The index lookups (lookups.ts) of the database a Payload instance runs on. */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import type { IndexLookups } from './lookups'
import { postgresLookups } from './postgres'
import { sqliteLookups } from './sqlite'

const lookups = new WeakMap<object, IndexLookups>()

export function indexLookups(payload: Payload): IndexLookups {
  let found = lookups.get(payload.db)
  if (!found) {
    found =
      payload.db.name === 'postgres'
        ? postgresLookups((payload.db as unknown as { pool: Pool }).pool)
        : sqliteLookups((payload.db as unknown as { client: Client }).client)
    lookups.set(payload.db, found)
  }
  return found
}
