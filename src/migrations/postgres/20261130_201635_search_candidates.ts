import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A broad query picks its candidates from `search_candidates`: each entry's key with its terms
 * without positions (`strip`), a few hundred bytes a row instead of the entry's text, term
 * positions and TOASTed body that `search_entries` rows carry. It is partitioned by language (the
 * key ranges of src/search/ranking.ts: keyRange), so the planner keeps statistics per language: in
 * one table, a word of one language is in a third of the rows at most, and several words were
 * estimated to match a few hundred entries where they matched 20,000, so every match was read and
 * sorted instead of walking the key backwards to the first 1,000. Filled from the entries already
 * indexed, so no rebuild is needed, and analysed at once; `title_tsv`, which it replaces, goes.
 * No foreign key to `search_entries`: a restore drops and adds back every foreign key, which a
 * partitioned table's (cloned on each partition) does not survive; the search deletes both.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "search_candidates" (
    "id" bigint PRIMARY KEY,
    "title_terms" tsvector NOT NULL,
    "terms" tsvector NOT NULL
  ) PARTITION BY RANGE ("id");
  CREATE TABLE "search_candidates_nl" PARTITION OF "search_candidates" FOR VALUES FROM (2251799813685248) TO (4503599627370496);
  CREATE TABLE "search_candidates_fr" PARTITION OF "search_candidates" FOR VALUES FROM (4503599627370496) TO (6755399441055744);
  CREATE TABLE "search_candidates_en" PARTITION OF "search_candidates" FOR VALUES FROM (6755399441055744) TO (9007199254740992);
  CREATE INDEX "search_candidates_terms_idx" ON "search_candidates" USING gin ("terms");
  CREATE INDEX "search_candidates_title_terms_idx" ON "search_candidates" USING gin ("title_terms");
  INSERT INTO "search_candidates" ("id", "title_terms", "terms")
    SELECT "id", strip(ts_filter("tsv", '{a}')), strip("tsv") FROM "search_entries" WHERE "id" >= 2251799813685248;
  DROP INDEX "search_entries_title_tsv_idx";
  ALTER TABLE "search_entries" DROP COLUMN "title_tsv";
  ANALYZE "search_candidates";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "search_candidates";
  ALTER TABLE "search_entries" ADD COLUMN "title_tsv" tsvector GENERATED ALWAYS AS (ts_filter("tsv", '{a}')) STORED;
  CREATE INDEX "search_entries_title_tsv_idx" ON "search_entries" USING gin ("title_tsv");`)
}
