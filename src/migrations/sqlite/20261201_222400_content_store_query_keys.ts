import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The content store's query keys (src/content-store/query-keys.ts): the scalar fields and relation
 * ids of each stored document as JSONB, which conditions and sorts read instead of the whole answer,
 * and indexes on the two dates lists are sorted by (news and services by publication, documents by
 * date; Payload's createdAt breaks ties), so that a page of the newest items reads that page, not
 * the collection. Rows stored before have no keys: the next start of a back-office instance finds
 * them and rebuilds the store (writer.ts: differences), and public-only instances wait for it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`content_store\` ADD \`keys\` blob;`)
  await db.run(
    sql`CREATE INDEX \`content_store_published_at_idx\` ON \`content_store\` (\`collection\`, \`locale\`, \`fallback\`, \`depth\`, json_extract(\`keys\`, '$.publishedAt'), json_extract(\`keys\`, '$.createdAt'));`,
  )
  await db.run(
    sql`CREATE INDEX \`content_store_date_idx\` ON \`content_store\` (\`collection\`, \`locale\`, \`fallback\`, \`depth\`, json_extract(\`keys\`, '$.date'), json_extract(\`keys\`, '$.createdAt'));`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`content_store_date_idx\`;`)
  await db.run(sql`DROP INDEX \`content_store_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`content_store\` DROP COLUMN \`keys\`;`)
}
