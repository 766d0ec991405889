import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search index's vocabulary for spelling suggestions (src/search/lookups/postgres.ts): every
 * term per language, filled as entries are written and here from the index as it is, searched by
 * their start and, where pg_trgm can be installed (a trusted extension: the database owner may), by
 * trigrams.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DO $$ BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: spelling suggestions compare terms with the same start';
  END $$;
  CREATE TABLE "search_terms" (
  	"locale" varchar NOT NULL,
  	"term" varchar NOT NULL,
  	PRIMARY KEY ("locale", "term")
  );
  CREATE INDEX "search_terms_start_idx" ON "search_terms" USING btree ("locale", "term" text_pattern_ops);
  DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
      CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);
    END IF;
  END $$;
  INSERT INTO "search_terms" ("locale", "term")
    SELECT DISTINCT "locale", unnest(tsvector_to_array("tsv")) FROM "search_entries" WHERE "locale" <> '#'
    ON CONFLICT DO NOTHING;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "search_terms";`)
}
