import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search entries are keyed by language, type, day and item (src/search/ranking.ts: entryKey), 53
 * bits, so a broad query reads a bounded part of the index along the primary key; `title_tsv` is
 * the title's part of `tsv` (weight A), so "every word in the title" is found by its own GIN index
 * without reading bodies. Entries written before have other ids and would be out of every key range:
 * the index is emptied, and the server fills it again at start, before it answers (src/server/main.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "search_entries";
  ALTER TABLE "search_entries" ALTER COLUMN "id" TYPE bigint;
  ALTER TABLE "search_entries" ADD COLUMN "title_tsv" tsvector GENERATED ALWAYS AS (ts_filter("tsv", '{a}')) STORED;
  CREATE INDEX "search_entries_title_tsv_idx" ON "search_entries" USING gin ("title_tsv");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "search_entries";
  DROP INDEX "search_entries_title_tsv_idx";
  ALTER TABLE "search_entries" DROP COLUMN "title_tsv";
  ALTER TABLE "search_entries" ALTER COLUMN "id" TYPE integer;`)
}
