import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_slug_redirects_collection" AS ENUM('pages', 'news', 'documents', 'administrations');
  CREATE TYPE "public"."enum_slug_redirects_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_preview_links_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_preview_links_end_reason" AS ENUM('revoked', 'published');
  CREATE TYPE "public"."enum_users_working_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_users_language" AS ENUM('nl', 'fr', 'en');
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'review-reminder';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'preview-link-used' BEFORE 'audit-exported';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'review-reminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'documents-unused-pdfs' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'review-reminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'documents-unused-pdfs' BEFORE 'schedulePublish';
  CREATE TABLE "slug_redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from_path" varchar NOT NULL,
  	"collection" "enum_slug_redirects_collection" NOT NULL,
  	"document" varchar NOT NULL,
  	"language" "enum_slug_redirects_language" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "preview_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"language" "enum_preview_links_language" DEFAULT 'nl' NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"token" varchar,
  	"end_reason" "enum_preview_links_end_reason",
  	"ended_at" timestamp(3) with time zone,
  	"uses" numeric DEFAULT 0,
  	"last_used_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "preview_links_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"news_id" integer,
  	"documents_id" integer,
  	"administrations_id" integer
  );
  
  ALTER TABLE "pages" ADD COLUMN "owner_administration_id" integer;
  ALTER TABLE "pages" ADD COLUMN "owner_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "edited_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "version_note" varchar;
  ALTER TABLE "pages" ADD COLUMN "translation" jsonb;
  ALTER TABLE "pages" ADD COLUMN "ready_in" varchar;
  ALTER TABLE "pages" ADD COLUMN "outdated_in" varchar;
  ALTER TABLE "pages" ADD COLUMN "waiting_in" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "version_owner_administration_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_edited_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_version_note" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "_pages_v" ADD COLUMN "version_ready_in" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_outdated_in" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_waiting_in" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "news" ADD COLUMN "owner_administration_id" integer;
  ALTER TABLE "news" ADD COLUMN "owner_id" integer;
  ALTER TABLE "news" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "edited_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "version_note" varchar;
  ALTER TABLE "news" ADD COLUMN "translation" jsonb;
  ALTER TABLE "news" ADD COLUMN "ready_in" varchar;
  ALTER TABLE "news" ADD COLUMN "outdated_in" varchar;
  ALTER TABLE "news" ADD COLUMN "waiting_in" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_news_v" ADD COLUMN "version_owner_administration_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_edited_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_version_note" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "_news_v" ADD COLUMN "version_ready_in" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_outdated_in" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_waiting_in" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "documents" ADD COLUMN "owner_administration_id" integer;
  ALTER TABLE "documents" ADD COLUMN "owner_id" integer;
  ALTER TABLE "documents" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "edited_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "version_note" varchar;
  ALTER TABLE "documents" ADD COLUMN "translation" jsonb;
  ALTER TABLE "documents" ADD COLUMN "ready_in" varchar;
  ALTER TABLE "documents" ADD COLUMN "outdated_in" varchar;
  ALTER TABLE "documents" ADD COLUMN "waiting_in" varchar;
  ALTER TABLE "documents_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_documents_v" ADD COLUMN "version_owner_administration_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_edited_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_version_note" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "_documents_v" ADD COLUMN "version_ready_in" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_outdated_in" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_waiting_in" varchar;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "users" ADD COLUMN "working_language" "enum_users_working_language";
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'nl';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "slug_redirects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "preview_links_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "contact_answer_days" numeric DEFAULT 10;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "preview_links_rels" ADD CONSTRAINT "preview_links_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."preview_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "preview_links_rels" ADD CONSTRAINT "preview_links_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "preview_links_rels" ADD CONSTRAINT "preview_links_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "preview_links_rels" ADD CONSTRAINT "preview_links_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "preview_links_rels" ADD CONSTRAINT "preview_links_rels_administrations_fk" FOREIGN KEY ("administrations_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "slug_redirects_from_path_idx" ON "slug_redirects" USING btree ("from_path");
  CREATE INDEX "slug_redirects_updated_at_idx" ON "slug_redirects" USING btree ("updated_at");
  CREATE INDEX "slug_redirects_created_at_idx" ON "slug_redirects" USING btree ("created_at");
  CREATE UNIQUE INDEX "preview_links_token_idx" ON "preview_links" USING btree ("token");
  CREATE INDEX "preview_links_created_by_idx" ON "preview_links" USING btree ("created_by_id");
  CREATE INDEX "preview_links_updated_at_idx" ON "preview_links" USING btree ("updated_at");
  CREATE INDEX "preview_links_created_at_idx" ON "preview_links" USING btree ("created_at");
  CREATE INDEX "preview_links_rels_order_idx" ON "preview_links_rels" USING btree ("order");
  CREATE INDEX "preview_links_rels_parent_idx" ON "preview_links_rels" USING btree ("parent_id");
  CREATE INDEX "preview_links_rels_path_idx" ON "preview_links_rels" USING btree ("path");
  CREATE INDEX "preview_links_rels_pages_id_idx" ON "preview_links_rels" USING btree ("pages_id");
  CREATE INDEX "preview_links_rels_news_id_idx" ON "preview_links_rels" USING btree ("news_id");
  CREATE INDEX "preview_links_rels_documents_id_idx" ON "preview_links_rels" USING btree ("documents_id");
  CREATE INDEX "preview_links_rels_administrations_id_idx" ON "preview_links_rels" USING btree ("administrations_id");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_owner_administration_id_administrations_id_fk" FOREIGN KEY ("owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_owner_administration_id_administrations_id_fk" FOREIGN KEY ("version_owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_owner_administration_id_administrations_id_fk" FOREIGN KEY ("owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_owner_administration_id_administrations_id_fk" FOREIGN KEY ("version_owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_administration_id_administrations_id_fk" FOREIGN KEY ("owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_owner_administration_id_administrations_id_fk" FOREIGN KEY ("version_owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_slug_redirects_fk" FOREIGN KEY ("slug_redirects_id") REFERENCES "public"."slug_redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_preview_links_fk" FOREIGN KEY ("preview_links_id") REFERENCES "public"."preview_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_owner_administration_idx" ON "pages" USING btree ("owner_administration_id");
  CREATE INDEX "pages_owner_idx" ON "pages" USING btree ("owner_id");
  CREATE INDEX "pages_review_by_idx" ON "pages" USING btree ("review_by");
  CREATE INDEX "pages_edited_by_idx" ON "pages" USING btree ("edited_by_id");
  CREATE INDEX "pages_ready_in_idx" ON "pages" USING btree ("ready_in");
  CREATE INDEX "pages_outdated_in_idx" ON "pages" USING btree ("outdated_in");
  CREATE INDEX "pages_waiting_in_idx" ON "pages" USING btree ("waiting_in");
  CREATE INDEX "_pages_v_version_version_owner_administration_idx" ON "_pages_v" USING btree ("version_owner_administration_id");
  CREATE INDEX "_pages_v_version_version_owner_idx" ON "_pages_v" USING btree ("version_owner_id");
  CREATE INDEX "_pages_v_version_version_review_by_idx" ON "_pages_v" USING btree ("version_review_by");
  CREATE INDEX "_pages_v_version_version_edited_by_idx" ON "_pages_v" USING btree ("version_edited_by_id");
  CREATE INDEX "_pages_v_version_version_ready_in_idx" ON "_pages_v" USING btree ("version_ready_in");
  CREATE INDEX "_pages_v_version_version_outdated_in_idx" ON "_pages_v" USING btree ("version_outdated_in");
  CREATE INDEX "_pages_v_version_version_waiting_in_idx" ON "_pages_v" USING btree ("version_waiting_in");
  CREATE INDEX "news_owner_administration_idx" ON "news" USING btree ("owner_administration_id");
  CREATE INDEX "news_owner_idx" ON "news" USING btree ("owner_id");
  CREATE INDEX "news_review_by_idx" ON "news" USING btree ("review_by");
  CREATE INDEX "news_edited_by_idx" ON "news" USING btree ("edited_by_id");
  CREATE INDEX "news_ready_in_idx" ON "news" USING btree ("ready_in");
  CREATE INDEX "news_outdated_in_idx" ON "news" USING btree ("outdated_in");
  CREATE INDEX "news_waiting_in_idx" ON "news" USING btree ("waiting_in");
  CREATE INDEX "_news_v_version_version_owner_administration_idx" ON "_news_v" USING btree ("version_owner_administration_id");
  CREATE INDEX "_news_v_version_version_owner_idx" ON "_news_v" USING btree ("version_owner_id");
  CREATE INDEX "_news_v_version_version_review_by_idx" ON "_news_v" USING btree ("version_review_by");
  CREATE INDEX "_news_v_version_version_edited_by_idx" ON "_news_v" USING btree ("version_edited_by_id");
  CREATE INDEX "_news_v_version_version_ready_in_idx" ON "_news_v" USING btree ("version_ready_in");
  CREATE INDEX "_news_v_version_version_outdated_in_idx" ON "_news_v" USING btree ("version_outdated_in");
  CREATE INDEX "_news_v_version_version_waiting_in_idx" ON "_news_v" USING btree ("version_waiting_in");
  CREATE INDEX "documents_owner_administration_idx" ON "documents" USING btree ("owner_administration_id");
  CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_id");
  CREATE INDEX "documents_review_by_idx" ON "documents" USING btree ("review_by");
  CREATE INDEX "documents_edited_by_idx" ON "documents" USING btree ("edited_by_id");
  CREATE INDEX "documents_ready_in_idx" ON "documents" USING btree ("ready_in");
  CREATE INDEX "documents_outdated_in_idx" ON "documents" USING btree ("outdated_in");
  CREATE INDEX "documents_waiting_in_idx" ON "documents" USING btree ("waiting_in");
  CREATE INDEX "_documents_v_version_version_owner_administration_idx" ON "_documents_v" USING btree ("version_owner_administration_id");
  CREATE INDEX "_documents_v_version_version_owner_idx" ON "_documents_v" USING btree ("version_owner_id");
  CREATE INDEX "_documents_v_version_version_review_by_idx" ON "_documents_v" USING btree ("version_review_by");
  CREATE INDEX "_documents_v_version_version_edited_by_idx" ON "_documents_v" USING btree ("version_edited_by_id");
  CREATE INDEX "_documents_v_version_version_ready_in_idx" ON "_documents_v" USING btree ("version_ready_in");
  CREATE INDEX "_documents_v_version_version_outdated_in_idx" ON "_documents_v" USING btree ("version_outdated_in");
  CREATE INDEX "_documents_v_version_version_waiting_in_idx" ON "_documents_v" USING btree ("version_waiting_in");
  CREATE INDEX "payload_locked_documents_rels_slug_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("slug_redirects_id");
  CREATE INDEX "payload_locked_documents_rels_preview_links_id_idx" ON "payload_locked_documents_rels" USING btree ("preview_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "slug_redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "preview_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "preview_links_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "slug_redirects" CASCADE;
  DROP TABLE "preview_links" CASCADE;
  DROP TABLE "preview_links_rels" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_owner_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_edited_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_owner_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_edited_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_owner_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_edited_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_edited_by_id_users_id_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_slug_redirects_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_preview_links_fk";
  
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_kind";
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_outbox_kind" USING "kind"::"public"."enum_email_outbox_kind";
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('sign-in', 'sign-in-failed', 'sign-out', 'throttled', 'factor-enrolled', 'factor-reset', 'factor-verified', 'factor-failed', 'recovery-code-used', 'passkey-added', 'passkey-removed', 'passkey-used', 'password-changed', 'password-reset-requested', 'email-changed', 'roles-changed', 'scope-changed', 'session-ended', 'account-created', 'account-deleted', 'publish', 'unpublish', 'schedule', 'restore', 'delete', 'message-opened', 'messages-exported', 'attachment-downloaded', 'message-deleted', 'report-validated', 'report-returned', 'audit-exported');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-outbox', 'contact-retention', 'audit-retention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "pages_owner_administration_idx";
  DROP INDEX "pages_owner_idx";
  DROP INDEX "pages_review_by_idx";
  DROP INDEX "pages_edited_by_idx";
  DROP INDEX "pages_ready_in_idx";
  DROP INDEX "pages_outdated_in_idx";
  DROP INDEX "pages_waiting_in_idx";
  DROP INDEX "_pages_v_version_version_owner_administration_idx";
  DROP INDEX "_pages_v_version_version_owner_idx";
  DROP INDEX "_pages_v_version_version_review_by_idx";
  DROP INDEX "_pages_v_version_version_edited_by_idx";
  DROP INDEX "_pages_v_version_version_ready_in_idx";
  DROP INDEX "_pages_v_version_version_outdated_in_idx";
  DROP INDEX "_pages_v_version_version_waiting_in_idx";
  DROP INDEX "news_owner_administration_idx";
  DROP INDEX "news_owner_idx";
  DROP INDEX "news_review_by_idx";
  DROP INDEX "news_edited_by_idx";
  DROP INDEX "news_ready_in_idx";
  DROP INDEX "news_outdated_in_idx";
  DROP INDEX "news_waiting_in_idx";
  DROP INDEX "_news_v_version_version_owner_administration_idx";
  DROP INDEX "_news_v_version_version_owner_idx";
  DROP INDEX "_news_v_version_version_review_by_idx";
  DROP INDEX "_news_v_version_version_edited_by_idx";
  DROP INDEX "_news_v_version_version_ready_in_idx";
  DROP INDEX "_news_v_version_version_outdated_in_idx";
  DROP INDEX "_news_v_version_version_waiting_in_idx";
  DROP INDEX "documents_owner_administration_idx";
  DROP INDEX "documents_owner_idx";
  DROP INDEX "documents_review_by_idx";
  DROP INDEX "documents_edited_by_idx";
  DROP INDEX "documents_ready_in_idx";
  DROP INDEX "documents_outdated_in_idx";
  DROP INDEX "documents_waiting_in_idx";
  DROP INDEX "_documents_v_version_version_owner_administration_idx";
  DROP INDEX "_documents_v_version_version_owner_idx";
  DROP INDEX "_documents_v_version_version_review_by_idx";
  DROP INDEX "_documents_v_version_version_edited_by_idx";
  DROP INDEX "_documents_v_version_version_ready_in_idx";
  DROP INDEX "_documents_v_version_version_outdated_in_idx";
  DROP INDEX "_documents_v_version_version_waiting_in_idx";
  DROP INDEX "payload_locked_documents_rels_slug_redirects_id_idx";
  DROP INDEX "payload_locked_documents_rels_preview_links_id_idx";
  ALTER TABLE "pages" DROP COLUMN "owner_administration_id";
  ALTER TABLE "pages" DROP COLUMN "owner_id";
  ALTER TABLE "pages" DROP COLUMN "review_by";
  ALTER TABLE "pages" DROP COLUMN "last_reviewed_at";
  ALTER TABLE "pages" DROP COLUMN "edited_by_id";
  ALTER TABLE "pages" DROP COLUMN "version_note";
  ALTER TABLE "pages" DROP COLUMN "translation";
  ALTER TABLE "pages" DROP COLUMN "ready_in";
  ALTER TABLE "pages" DROP COLUMN "outdated_in";
  ALTER TABLE "pages" DROP COLUMN "waiting_in";
  ALTER TABLE "pages_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_pages_v" DROP COLUMN "version_owner_administration_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_pages_v" DROP COLUMN "version_last_reviewed_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_version_note";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation";
  ALTER TABLE "_pages_v" DROP COLUMN "version_ready_in";
  ALTER TABLE "_pages_v" DROP COLUMN "version_outdated_in";
  ALTER TABLE "_pages_v" DROP COLUMN "version_waiting_in";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "news" DROP COLUMN "owner_administration_id";
  ALTER TABLE "news" DROP COLUMN "owner_id";
  ALTER TABLE "news" DROP COLUMN "review_by";
  ALTER TABLE "news" DROP COLUMN "last_reviewed_at";
  ALTER TABLE "news" DROP COLUMN "edited_by_id";
  ALTER TABLE "news" DROP COLUMN "version_note";
  ALTER TABLE "news" DROP COLUMN "translation";
  ALTER TABLE "news" DROP COLUMN "ready_in";
  ALTER TABLE "news" DROP COLUMN "outdated_in";
  ALTER TABLE "news" DROP COLUMN "waiting_in";
  ALTER TABLE "news_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_news_v" DROP COLUMN "version_owner_administration_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_news_v" DROP COLUMN "version_last_reviewed_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_version_note";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation";
  ALTER TABLE "_news_v" DROP COLUMN "version_ready_in";
  ALTER TABLE "_news_v" DROP COLUMN "version_outdated_in";
  ALTER TABLE "_news_v" DROP COLUMN "version_waiting_in";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "documents" DROP COLUMN "owner_administration_id";
  ALTER TABLE "documents" DROP COLUMN "owner_id";
  ALTER TABLE "documents" DROP COLUMN "review_by";
  ALTER TABLE "documents" DROP COLUMN "last_reviewed_at";
  ALTER TABLE "documents" DROP COLUMN "edited_by_id";
  ALTER TABLE "documents" DROP COLUMN "version_note";
  ALTER TABLE "documents" DROP COLUMN "translation";
  ALTER TABLE "documents" DROP COLUMN "ready_in";
  ALTER TABLE "documents" DROP COLUMN "outdated_in";
  ALTER TABLE "documents" DROP COLUMN "waiting_in";
  ALTER TABLE "documents_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_documents_v" DROP COLUMN "version_owner_administration_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_documents_v" DROP COLUMN "version_last_reviewed_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_version_note";
  ALTER TABLE "_documents_v" DROP COLUMN "version_translation";
  ALTER TABLE "_documents_v" DROP COLUMN "version_ready_in";
  ALTER TABLE "_documents_v" DROP COLUMN "version_outdated_in";
  ALTER TABLE "_documents_v" DROP COLUMN "version_waiting_in";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "users" DROP COLUMN "working_language";
  ALTER TABLE "users" DROP COLUMN "language";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "slug_redirects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "preview_links_id";
  ALTER TABLE "site_settings" DROP COLUMN "contact_answer_days";
  DROP TYPE "public"."enum_slug_redirects_collection";
  DROP TYPE "public"."enum_slug_redirects_language";
  DROP TYPE "public"."enum_preview_links_language";
  DROP TYPE "public"."enum_preview_links_end_reason";
  DROP TYPE "public"."enum_users_working_language";
  DROP TYPE "public"."enum_users_language";`)
}
