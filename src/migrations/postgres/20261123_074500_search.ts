import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The site search index (src/search/postgres.ts), outside Payload's schema: one row per published
 * text and language with its tsvector, built with the language's text search configuration.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" varchar NOT NULL,
  	"ref_id" integer NOT NULL,
  	"locale" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"body" text NOT NULL,
  	"url" varchar NOT NULL,
  	"date" timestamp(3) with time zone,
  	"tsv" tsvector NOT NULL
  );
  CREATE UNIQUE INDEX "search_entries_ref_idx" ON "search_entries" USING btree ("type", "ref_id", "locale");
  CREATE INDEX "search_entries_tsv_idx" ON "search_entries" USING gin ("tsv");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "search_entries";`)
}
