import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_best_bets_language" AS ENUM('nl', 'fr', 'en');
  CREATE TABLE "search_synonyms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"terms" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_best_bets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"query" varchar NOT NULL,
  	"language" "enum_search_best_bets_language" DEFAULT 'nl' NOT NULL,
  	"query_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_best_bets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"pages_id" integer,
  	"news_id" integer,
  	"administrations_id" integer,
  	"documents_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_synonyms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_best_bets_id" integer;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_best_bets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_administrations_fk" FOREIGN KEY ("administrations_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_synonyms_updated_at_idx" ON "search_synonyms" USING btree ("updated_at");
  CREATE INDEX "search_synonyms_created_at_idx" ON "search_synonyms" USING btree ("created_at");
  CREATE INDEX "search_best_bets_query_key_idx" ON "search_best_bets" USING btree ("query_key");
  CREATE INDEX "search_best_bets_updated_at_idx" ON "search_best_bets" USING btree ("updated_at");
  CREATE INDEX "search_best_bets_created_at_idx" ON "search_best_bets" USING btree ("created_at");
  CREATE INDEX "search_best_bets_rels_order_idx" ON "search_best_bets_rels" USING btree ("order");
  CREATE INDEX "search_best_bets_rels_parent_idx" ON "search_best_bets_rels" USING btree ("parent_id");
  CREATE INDEX "search_best_bets_rels_path_idx" ON "search_best_bets_rels" USING btree ("path");
  CREATE INDEX "search_best_bets_rels_services_id_idx" ON "search_best_bets_rels" USING btree ("services_id");
  CREATE INDEX "search_best_bets_rels_pages_id_idx" ON "search_best_bets_rels" USING btree ("pages_id");
  CREATE INDEX "search_best_bets_rels_news_id_idx" ON "search_best_bets_rels" USING btree ("news_id");
  CREATE INDEX "search_best_bets_rels_administrations_id_idx" ON "search_best_bets_rels" USING btree ("administrations_id");
  CREATE INDEX "search_best_bets_rels_documents_id_idx" ON "search_best_bets_rels" USING btree ("documents_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_synonyms_fk" FOREIGN KEY ("search_synonyms_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_best_bets_fk" FOREIGN KEY ("search_best_bets_id") REFERENCES "public"."search_best_bets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_synonyms_id_idx" ON "payload_locked_documents_rels" USING btree ("search_synonyms_id");
  CREATE INDEX "payload_locked_documents_rels_search_best_bets_id_idx" ON "payload_locked_documents_rels" USING btree ("search_best_bets_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_synonyms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_best_bets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_best_bets_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_synonyms" CASCADE;
  DROP TABLE "search_best_bets" CASCADE;
  DROP TABLE "search_best_bets_rels" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_search_synonyms_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_search_best_bets_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_synonyms_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_best_bets_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_synonyms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_best_bets_id";
  DROP TYPE "public"."enum_search_best_bets_language";`)
}
