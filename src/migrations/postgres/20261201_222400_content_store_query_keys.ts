import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The content store's query keys (src/content-store/query-keys.ts): the scalar fields and relation
 * ids of each stored document as jsonb, which conditions and sorts read instead of casting the whole
 * answer's text to jsonb on every row. (Its dates are compared as timestamptz, a cast PostgreSQL
 * does not allow in an index; the keys make the rows a sort reads small instead.) Rows stored before
 * have no keys: the next start of a back-office instance finds them and rebuilds the store
 * (writer.ts: differences), and public-only instances wait for it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "content_store" ADD COLUMN "keys" jsonb;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "content_store" DROP COLUMN "keys";`)
}
