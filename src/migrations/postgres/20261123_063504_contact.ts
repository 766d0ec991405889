import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contact_messages_history_kind" AS ENUM('received', 'status', 'assigned', 'note', 'answer', 'email');
  CREATE TYPE "public"."enum_contact_messages_status" AS ENUM('new', 'assigned', 'waiting', 'answered', 'closed');
  CREATE TYPE "public"."enum_contact_messages_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer');
  CREATE TYPE "public"."enum_email_outbox_status" AS ENUM('queued', 'sending', 'sent', 'failed');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'contact-handler';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliver-outbox' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'contact-retention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliver-outbox' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'contact-retention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_navigation_items_section" ADD VALUE 'contact';
  CREATE TABLE "contact_messages_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_contact_messages_history_kind" NOT NULL,
  	"actor_id" integer,
  	"text" varchar
  );
  
  CREATE TABLE "contact_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"status" "enum_contact_messages_status" DEFAULT 'new' NOT NULL,
  	"assignee_id" integer,
  	"administration_id" integer NOT NULL,
  	"topic_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"language" "enum_contact_messages_language" NOT NULL,
  	"message" varchar NOT NULL,
  	"note" varchar,
  	"reply" varchar,
  	"first_answered_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"challenge_id" varchar,
  	"emails_queued" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contact_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contact_attachments_id" integer
  );
  
  CREATE TABLE "contact_topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"administration_id" integer NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contact_topics_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "email_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_email_outbox_kind" NOT NULL,
  	"to" varchar NOT NULL,
  	"reply_to" varchar,
  	"subject" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"status" "enum_email_outbox_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"file" varchar,
  	"message_id" integer,
  	"administration_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contact_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
  	"administration_id" integer NOT NULL,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "contact_deletions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"closed_before" timestamp(3) with time zone NOT NULL,
  	"messages" numeric NOT NULL,
  	"attachments" numeric NOT NULL,
  	"emails" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contact_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"series" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"administrations_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_outbox_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_deletions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_counters_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "privacy_page_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "contact_reference_prefix" varchar DEFAULT 'GOB' NOT NULL;
  ALTER TABLE "site_settings_locales" ADD COLUMN "hours" varchar;
  ALTER TABLE "contact_messages_history" ADD CONSTRAINT "contact_messages_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_messages_history" ADD CONSTRAINT "contact_messages_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contact_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_topic_id_contact_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."contact_topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_messages_rels" ADD CONSTRAINT "contact_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_messages_rels" ADD CONSTRAINT "contact_messages_rels_contact_attachments_fk" FOREIGN KEY ("contact_attachments_id") REFERENCES "public"."contact_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_topics" ADD CONSTRAINT "contact_topics_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_topics_locales" ADD CONSTRAINT "contact_topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contact_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_message_id_contact_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."contact_messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_attachments" ADD CONSTRAINT "contact_attachments_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_administrations_fk" FOREIGN KEY ("administrations_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contact_messages_history_order_idx" ON "contact_messages_history" USING btree ("_order");
  CREATE INDEX "contact_messages_history_parent_id_idx" ON "contact_messages_history" USING btree ("_parent_id");
  CREATE INDEX "contact_messages_history_actor_idx" ON "contact_messages_history" USING btree ("actor_id");
  CREATE UNIQUE INDEX "contact_messages_reference_idx" ON "contact_messages" USING btree ("reference");
  CREATE INDEX "contact_messages_status_idx" ON "contact_messages" USING btree ("status");
  CREATE INDEX "contact_messages_assignee_idx" ON "contact_messages" USING btree ("assignee_id");
  CREATE INDEX "contact_messages_administration_idx" ON "contact_messages" USING btree ("administration_id");
  CREATE INDEX "contact_messages_topic_idx" ON "contact_messages" USING btree ("topic_id");
  CREATE INDEX "contact_messages_closed_at_idx" ON "contact_messages" USING btree ("closed_at");
  CREATE UNIQUE INDEX "contact_messages_challenge_id_idx" ON "contact_messages" USING btree ("challenge_id");
  CREATE INDEX "contact_messages_emails_queued_idx" ON "contact_messages" USING btree ("emails_queued");
  CREATE INDEX "contact_messages_updated_at_idx" ON "contact_messages" USING btree ("updated_at");
  CREATE INDEX "contact_messages_created_at_idx" ON "contact_messages" USING btree ("created_at");
  CREATE INDEX "contact_messages_rels_order_idx" ON "contact_messages_rels" USING btree ("order");
  CREATE INDEX "contact_messages_rels_parent_idx" ON "contact_messages_rels" USING btree ("parent_id");
  CREATE INDEX "contact_messages_rels_path_idx" ON "contact_messages_rels" USING btree ("path");
  CREATE INDEX "contact_messages_rels_contact_attachments_id_idx" ON "contact_messages_rels" USING btree ("contact_attachments_id");
  CREATE INDEX "contact_topics_administration_idx" ON "contact_topics" USING btree ("administration_id");
  CREATE INDEX "contact_topics_updated_at_idx" ON "contact_topics" USING btree ("updated_at");
  CREATE INDEX "contact_topics_created_at_idx" ON "contact_topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "contact_topics_locales_locale_parent_id_unique" ON "contact_topics_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "email_outbox_key_idx" ON "email_outbox" USING btree ("key");
  CREATE INDEX "email_outbox_status_idx" ON "email_outbox" USING btree ("status");
  CREATE INDEX "email_outbox_next_attempt_at_idx" ON "email_outbox" USING btree ("next_attempt_at");
  CREATE INDEX "email_outbox_message_idx" ON "email_outbox" USING btree ("message_id");
  CREATE INDEX "email_outbox_administration_idx" ON "email_outbox" USING btree ("administration_id");
  CREATE INDEX "email_outbox_updated_at_idx" ON "email_outbox" USING btree ("updated_at");
  CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox" USING btree ("created_at");
  CREATE INDEX "contact_attachments_administration_idx" ON "contact_attachments" USING btree ("administration_id");
  CREATE INDEX "contact_attachments_updated_at_idx" ON "contact_attachments" USING btree ("updated_at");
  CREATE INDEX "contact_attachments_created_at_idx" ON "contact_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "contact_attachments_filename_idx" ON "contact_attachments" USING btree ("filename");
  CREATE INDEX "contact_deletions_updated_at_idx" ON "contact_deletions" USING btree ("updated_at");
  CREATE INDEX "contact_deletions_created_at_idx" ON "contact_deletions" USING btree ("created_at");
  CREATE UNIQUE INDEX "contact_counters_series_idx" ON "contact_counters" USING btree ("series");
  CREATE INDEX "contact_counters_updated_at_idx" ON "contact_counters" USING btree ("updated_at");
  CREATE INDEX "contact_counters_created_at_idx" ON "contact_counters" USING btree ("created_at");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_administrations_id_idx" ON "users_rels" USING btree ("administrations_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_messages_fk" FOREIGN KEY ("contact_messages_id") REFERENCES "public"."contact_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_topics_fk" FOREIGN KEY ("contact_topics_id") REFERENCES "public"."contact_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_outbox_fk" FOREIGN KEY ("email_outbox_id") REFERENCES "public"."email_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_attachments_fk" FOREIGN KEY ("contact_attachments_id") REFERENCES "public"."contact_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_deletions_fk" FOREIGN KEY ("contact_deletions_id") REFERENCES "public"."contact_deletions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_counters_fk" FOREIGN KEY ("contact_counters_id") REFERENCES "public"."contact_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_privacy_page_id_pages_id_fk" FOREIGN KEY ("privacy_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contact_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_messages_id");
  CREATE INDEX "payload_locked_documents_rels_contact_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_topics_id");
  CREATE INDEX "payload_locked_documents_rels_email_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("email_outbox_id");
  CREATE INDEX "payload_locked_documents_rels_contact_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_contact_deletions_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_deletions_id");
  CREATE INDEX "payload_locked_documents_rels_contact_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_counters_id");
  CREATE INDEX "site_settings_privacy_page_idx" ON "site_settings" USING btree ("privacy_page_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_messages_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_messages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_topics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_outbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_deletions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contact_messages_history" CASCADE;
  DROP TABLE "contact_messages" CASCADE;
  DROP TABLE "contact_messages_rels" CASCADE;
  DROP TABLE "contact_topics" CASCADE;
  DROP TABLE "contact_topics_locales" CASCADE;
  DROP TABLE "email_outbox" CASCADE;
  DROP TABLE "contact_attachments" CASCADE;
  DROP TABLE "contact_deletions" CASCADE;
  DROP TABLE "contact_counters" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contact_messages_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contact_topics_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_email_outbox_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contact_attachments_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contact_deletions_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contact_counters_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_privacy_page_id_pages_id_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_navigation_items_section";
  CREATE TYPE "public"."enum_navigation_items_section" AS ENUM('missions', 'administrations', 'news');
  ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE "public"."enum_navigation_items_section" USING "section"::"public"."enum_navigation_items_section";
  DROP INDEX "payload_locked_documents_rels_contact_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_contact_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_email_outbox_id_idx";
  DROP INDEX "payload_locked_documents_rels_contact_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_contact_deletions_id_idx";
  DROP INDEX "payload_locked_documents_rels_contact_counters_id_idx";
  DROP INDEX "site_settings_privacy_page_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_outbox_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_deletions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_counters_id";
  ALTER TABLE "site_settings" DROP COLUMN "privacy_page_id";
  ALTER TABLE "site_settings" DROP COLUMN "contact_reference_prefix";
  ALTER TABLE "site_settings_locales" DROP COLUMN "hours";
  DROP TYPE "public"."enum_contact_messages_history_kind";
  DROP TYPE "public"."enum_contact_messages_status";
  DROP TYPE "public"."enum_contact_messages_language";
  DROP TYPE "public"."enum_email_outbox_kind";
  DROP TYPE "public"."enum_email_outbox_status";`)
}
