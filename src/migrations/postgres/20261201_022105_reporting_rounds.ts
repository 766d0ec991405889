import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reporting_rounds_scope" AS ENUM('all', 'pillars', 'measures');
  CREATE TYPE "public"."enum_reporting_rounds_state" AS ENUM('open', 'closed');
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'round-reminder';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'round-reminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'round-reminders' BEFORE 'schedulePublish';
  CREATE TABLE "reporting_rounds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"plan_version_id" integer NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"scope" "enum_reporting_rounds_scope" DEFAULT 'all' NOT NULL,
  	"state" "enum_reporting_rounds_state" DEFAULT 'open' NOT NULL,
  	"announced_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reporting_rounds_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"plan_items_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reporting_rounds_id" integer;
  ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reporting_rounds_rels" ADD CONSTRAINT "reporting_rounds_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reporting_rounds_rels" ADD CONSTRAINT "reporting_rounds_rels_plan_items_fk" FOREIGN KEY ("plan_items_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reporting_rounds_plan_version_idx" ON "reporting_rounds" USING btree ("plan_version_id");
  CREATE INDEX "reporting_rounds_deadline_idx" ON "reporting_rounds" USING btree ("deadline");
  CREATE INDEX "reporting_rounds_state_idx" ON "reporting_rounds" USING btree ("state");
  CREATE INDEX "reporting_rounds_updated_at_idx" ON "reporting_rounds" USING btree ("updated_at");
  CREATE INDEX "reporting_rounds_created_at_idx" ON "reporting_rounds" USING btree ("created_at");
  CREATE INDEX "reporting_rounds_rels_order_idx" ON "reporting_rounds_rels" USING btree ("order");
  CREATE INDEX "reporting_rounds_rels_parent_idx" ON "reporting_rounds_rels" USING btree ("parent_id");
  CREATE INDEX "reporting_rounds_rels_path_idx" ON "reporting_rounds_rels" USING btree ("path");
  CREATE INDEX "reporting_rounds_rels_plan_items_id_idx" ON "reporting_rounds_rels" USING btree ("plan_items_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reporting_rounds_fk" FOREIGN KEY ("reporting_rounds_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reporting_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("reporting_rounds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reporting_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reporting_rounds_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reporting_rounds" CASCADE;
  DROP TABLE "reporting_rounds_rels" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_reporting_rounds_fk";
  
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_kind";
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer', 'review-reminder', 'ready-for-review', 'follow-confirmation', 'follow-link', 'follow-alert', 'follow-digest');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_outbox_kind" USING "kind"::"public"."enum_email_outbox_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'search-query-retention', 'follow-retention', 'follow-alerts', 'follow-digest-daily', 'follow-digest-weekly', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'search-query-retention', 'follow-retention', 'follow-alerts', 'follow-digest-daily', 'follow-digest-weekly', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_reporting_rounds_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reporting_rounds_id";
  DROP TYPE "public"."enum_reporting_rounds_scope";
  DROP TYPE "public"."enum_reporting_rounds_state";`)
}
