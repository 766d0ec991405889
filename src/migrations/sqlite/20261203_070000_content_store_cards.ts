import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The content store's cards (src/content-store/stored.ts: STORED_CARDS): beside a stored answer,
 * the same answer with only the fields lists show, which a list reads instead of the whole answer.
 * Rows stored before have none; the store's shape mark (STORE_SHAPE) makes the next start of a
 * back-office instance rebuild it, and until then a read falls back on the whole answer.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`content_store\` ADD \`card\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`content_store\` DROP COLUMN \`card\`;`)
}
