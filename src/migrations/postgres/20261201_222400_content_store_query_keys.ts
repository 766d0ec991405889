import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The content store's query keys (src/content-store/query-keys.ts): the scalar fields and relation
 * ids of each stored document as jsonb, which conditions and sorts read instead of casting the whole
 * answer's text to jsonb on every row, and indexes on the two dates lists are sorted by (news and
 * services by publication, documents by date; Payload's createdAt breaks ties), as the ISO text the
 * store compares them as (sql-dialect.ts), so that a page of the newest items reads that page, not
 * the collection. Rows stored before have no keys: the next start of a back-office instance finds
 * them and rebuilds the store (writer.ts: differences), and public-only instances wait for it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "content_store" ADD COLUMN "keys" jsonb;
  CREATE INDEX "content_store_published_at_idx" ON "content_store" USING btree ("collection", "locale", "fallback", "depth", ("keys" #>> '{publishedAt}'), ("keys" #>> '{createdAt}'));
  CREATE INDEX "content_store_date_idx" ON "content_store" USING btree ("collection", "locale", "fallback", "depth", ("keys" #>> '{date}'), ("keys" #>> '{createdAt}'));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX "content_store_date_idx"; DROP INDEX "content_store_published_at_idx"; ALTER TABLE "content_store" DROP COLUMN "keys";`)
}
