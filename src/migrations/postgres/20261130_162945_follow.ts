import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_follow_subscribers_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_follow_subscriptions_frequency" AS ENUM('immediately', 'daily', 'weekly');
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'follow-confirmation';
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'follow-link';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'follow-retention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'follow-retention' BEFORE 'schedulePublish';
  CREATE TABLE "follow_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_follow_subscribers_language" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"subject" varchar NOT NULL,
  	"frequency" "enum_follow_subscriptions_frequency" NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "email_outbox" ADD COLUMN "list_unsubscribe" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_subscriptions_id" integer;
  ALTER TABLE "follow_subscriptions" ADD CONSTRAINT "follow_subscriptions_subscriber_id_follow_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."follow_subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "follow_subscribers_email_idx" ON "follow_subscribers" USING btree ("email");
  CREATE INDEX "follow_subscribers_updated_at_idx" ON "follow_subscribers" USING btree ("updated_at");
  CREATE INDEX "follow_subscribers_created_at_idx" ON "follow_subscribers" USING btree ("created_at");
  CREATE INDEX "follow_subscriptions_subscriber_idx" ON "follow_subscriptions" USING btree ("subscriber_id");
  CREATE INDEX "follow_subscriptions_subject_idx" ON "follow_subscriptions" USING btree ("subject");
  CREATE INDEX "follow_subscriptions_confirmed_at_idx" ON "follow_subscriptions" USING btree ("confirmed_at");
  CREATE INDEX "follow_subscriptions_updated_at_idx" ON "follow_subscriptions" USING btree ("updated_at");
  CREATE INDEX "follow_subscriptions_created_at_idx" ON "follow_subscriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "subscriber_subject_idx" ON "follow_subscriptions" USING btree ("subscriber_id","subject");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_subscribers_fk" FOREIGN KEY ("follow_subscribers_id") REFERENCES "public"."follow_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_subscriptions_fk" FOREIGN KEY ("follow_subscriptions_id") REFERENCES "public"."follow_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_follow_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_follow_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "follow_subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "follow_subscribers" CASCADE;
  DROP TABLE "follow_subscriptions" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_follow_subscribers_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_follow_subscriptions_fk";
  
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_kind";
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer', 'review-reminder', 'ready-for-review');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_outbox_kind" USING "kind"::"public"."enum_email_outbox_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'search-query-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'review-reminders', 'documents-unused-pdfs', 'backup', 'search-query-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_follow_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_follow_subscriptions_id_idx";
  ALTER TABLE "email_outbox" DROP COLUMN "list_unsubscribe";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_subscriptions_id";
  DROP TYPE "public"."enum_follow_subscribers_language";
  DROP TYPE "public"."enum_follow_subscriptions_frequency";`)
}
