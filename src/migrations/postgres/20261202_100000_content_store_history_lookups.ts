import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the two ways public pages read the history from the content store (src/changes/history.ts):
 * a subject's rows, newest first (every news item, page and document shows its history), and an
 * address's newest row (an address no page answers: 404, or 410 when it was unpublished), on the text
 * the store compares (sql-dialect.ts). Without them each read walked every stored history row, one
 * more with every publication.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "content_store_subject_idx" ON "content_store" USING btree ("collection", "locale", "fallback", "depth", ("keys" #>> '{subjectKey}'), ("keys" #>> '{at}'), ("keys" #>> '{createdAt}'));
  CREATE INDEX "content_store_path_idx" ON "content_store" USING btree ("collection", "locale", "fallback", "depth", ("keys" #>> '{path}'), ("keys" #>> '{at}'), ("keys" #>> '{createdAt}'));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX "content_store_path_idx"; DROP INDEX "content_store_subject_idx";`)
}
