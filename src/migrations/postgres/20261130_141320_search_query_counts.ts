import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'search-query-retention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'search-query-retention' BEFORE 'schedulePublish';
  CREATE TABLE "search_query_counts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"language" varchar NOT NULL,
  	"query_key" varchar NOT NULL,
  	"sample" varchar NOT NULL,
  	"searches" numeric DEFAULT 0 NOT NULL,
  	"zero_results" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "search_best_bets" ALTER COLUMN "language" DROP DEFAULT;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_query_counts_id" integer;
  CREATE INDEX "search_query_counts_day_idx" ON "search_query_counts" USING btree ("day");
  CREATE INDEX "search_query_counts_updated_at_idx" ON "search_query_counts" USING btree ("updated_at");
  CREATE INDEX "search_query_counts_created_at_idx" ON "search_query_counts" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_language_queryKey_idx" ON "search_query_counts" USING btree ("day","language","query_key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_query_counts_fk" FOREIGN KEY ("search_query_counts_id") REFERENCES "public"."search_query_counts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_query_counts_id_idx" ON "payload_locked_documents_rels" USING btree ("search_query_counts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_query_counts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_query_counts" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_search_query_counts_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_search_query_counts_id_idx";
  ALTER TABLE "search_best_bets" ALTER COLUMN "language" SET DEFAULT 'nl';
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_query_counts_id";`)
}
