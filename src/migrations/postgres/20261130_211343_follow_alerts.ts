import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_follow_pending_digests_frequency" AS ENUM('daily', 'weekly');
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'follow-alert';
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'follow-digest';
  ALTER TYPE "public"."enum_content_changes_kind" ADD VALUE 'progress';
  ALTER TYPE "public"."enum_content_changes_kind" ADD VALUE 'status';
  ALTER TYPE "public"."enum_content_changes_kind" ADD VALUE 'value';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'follow-alerts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'follow-digest-daily' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'follow-digest-weekly' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'follow-alerts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'follow-digest-daily' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'follow-digest-weekly' BEFORE 'schedulePublish';
  CREATE TABLE "follow_pending_digests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"subscription" numeric NOT NULL,
  	"change" numeric NOT NULL,
  	"frequency" "enum_follow_pending_digests_frequency" NOT NULL,
  	"kind" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"note" varchar,
  	"url" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_alerted_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"change" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_pending_digests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_alerted_changes_id" integer;
  ALTER TABLE "follow_pending_digests" ADD CONSTRAINT "follow_pending_digests_subscriber_id_follow_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."follow_subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "follow_pending_digests_subscriber_idx" ON "follow_pending_digests" USING btree ("subscriber_id");
  CREATE INDEX "follow_pending_digests_subscription_idx" ON "follow_pending_digests" USING btree ("subscription");
  CREATE INDEX "follow_pending_digests_frequency_idx" ON "follow_pending_digests" USING btree ("frequency");
  CREATE INDEX "follow_pending_digests_updated_at_idx" ON "follow_pending_digests" USING btree ("updated_at");
  CREATE INDEX "follow_pending_digests_created_at_idx" ON "follow_pending_digests" USING btree ("created_at");
  CREATE UNIQUE INDEX "subscriber_change_idx" ON "follow_pending_digests" USING btree ("subscriber_id","change");
  CREATE UNIQUE INDEX "follow_alerted_changes_change_idx" ON "follow_alerted_changes" USING btree ("change");
  CREATE INDEX "follow_alerted_changes_updated_at_idx" ON "follow_alerted_changes" USING btree ("updated_at");
  CREATE INDEX "follow_alerted_changes_created_at_idx" ON "follow_alerted_changes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_pending_digests_fk" FOREIGN KEY ("follow_pending_digests_id") REFERENCES "public"."follow_pending_digests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_alerted_changes_fk" FOREIGN KEY ("follow_alerted_changes_id") REFERENCES "public"."follow_alerted_changes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_follow_pending_digests_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_pending_digests_id");
  CREATE INDEX "payload_locked_documents_rels_follow_alerted_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_alerted_changes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "follow_pending_digests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_alerted_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "follow_pending_digests" CASCADE;
  DROP TABLE "follow_alerted_changes" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_follow_pending_digests_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_follow_alerted_changes_fk";
  
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_kind";
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer', 'review-reminder', 'ready-for-review', 'follow-confirmation', 'follow-link');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_outbox_kind" USING "kind"::"public"."enum_email_outbox_kind";
  ALTER TABLE "content_changes" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_content_changes_kind";
  CREATE TYPE "public"."enum_content_changes_kind" AS ENUM('first-publish', 'major', 'minor', 'withdrawn');
  ALTER TABLE "content_changes" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_content_changes_kind" USING "kind"::"public"."enum_content_changes_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'search-query-retention', 'follow-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'search-query-retention', 'follow-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_follow_pending_digests_id_idx";
  DROP INDEX "payload_locked_documents_rels_follow_alerted_changes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_pending_digests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_alerted_changes_id";
  DROP TYPE "public"."enum_follow_pending_digests_frequency";`)
}
