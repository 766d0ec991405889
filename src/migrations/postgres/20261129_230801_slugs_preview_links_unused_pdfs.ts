import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_slug_redirects_collection" AS ENUM('pages', 'news', 'documents', 'administrations');
  CREATE TYPE "public"."enum_slug_redirects_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_preview_links_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_preview_links_end_reason" AS ENUM('revoked', 'published');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'preview-link-used' BEFORE 'audit-exported';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'documents-unused-pdfs' BEFORE 'schedulePublish';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "slug_redirects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "preview_links_id" integer;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_slug_redirects_fk" FOREIGN KEY ("slug_redirects_id") REFERENCES "public"."slug_redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_preview_links_fk" FOREIGN KEY ("preview_links_id") REFERENCES "public"."preview_links"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_slug_redirects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_preview_links_fk";
  
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
  DROP INDEX "payload_locked_documents_rels_slug_redirects_id_idx";
  DROP INDEX "payload_locked_documents_rels_preview_links_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "slug_redirects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "preview_links_id";
  DROP TYPE "public"."enum_slug_redirects_collection";
  DROP TYPE "public"."enum_slug_redirects_language";
  DROP TYPE "public"."enum_preview_links_language";
  DROP TYPE "public"."enum_preview_links_end_reason";`)
}
