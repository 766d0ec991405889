import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_approval_requests_target_collection" AS ENUM('pages', 'news', 'documents');
  CREATE TYPE "public"."enum_approval_requests_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_approval_requests_state" AS ENUM('submitted', 'approved', 'returned', 'withdrawn');
  CREATE TYPE "public"."enum_site_settings_approval_required_for" AS ENUM('pages', 'news', 'documents');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'approval-requested' BEFORE 'preview-link-used';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'approval-granted' BEFORE 'preview-link-used';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'approval-returned' BEFORE 'preview-link-used';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'approval-withdrawn' BEFORE 'preview-link-used';
  CREATE TABLE "approval_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"target_collection" "enum_approval_requests_target_collection" NOT NULL,
  	"target_id" varchar NOT NULL,
  	"language" "enum_approval_requests_language",
  	"state" "enum_approval_requests_state" DEFAULT 'submitted' NOT NULL,
  	"requested_by_id" integer NOT NULL,
  	"note" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"comment" varchar,
  	"settled" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_approval_required_for" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_site_settings_approval_required_for",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approval_requests_id" integer;
  ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_approval_required_for" ADD CONSTRAINT "site_settings_approval_required_for_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "approval_requests_target_collection_idx" ON "approval_requests" USING btree ("target_collection");
  CREATE INDEX "approval_requests_target_id_idx" ON "approval_requests" USING btree ("target_id");
  CREATE INDEX "approval_requests_state_idx" ON "approval_requests" USING btree ("state");
  CREATE INDEX "approval_requests_requested_by_idx" ON "approval_requests" USING btree ("requested_by_id");
  CREATE INDEX "approval_requests_decided_by_idx" ON "approval_requests" USING btree ("decided_by_id");
  CREATE INDEX "approval_requests_settled_idx" ON "approval_requests" USING btree ("settled");
  CREATE INDEX "approval_requests_updated_at_idx" ON "approval_requests" USING btree ("updated_at");
  CREATE INDEX "approval_requests_created_at_idx" ON "approval_requests" USING btree ("created_at");
  CREATE INDEX "site_settings_approval_required_for_order_idx" ON "site_settings_approval_required_for" USING btree ("order");
  CREATE INDEX "site_settings_approval_required_for_parent_idx" ON "site_settings_approval_required_for" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_requests_fk" FOREIGN KEY ("approval_requests_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_approval_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "approval_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_approval_required_for" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "approval_requests" CASCADE;
  DROP TABLE "site_settings_approval_required_for" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_approval_requests_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('sign-in', 'sign-in-failed', 'sign-out', 'throttled', 'factor-enrolled', 'factor-reset', 'factor-verified', 'factor-failed', 'recovery-code-used', 'passkey-added', 'passkey-removed', 'passkey-used', 'password-changed', 'password-reset-requested', 'email-changed', 'roles-changed', 'scope-changed', 'session-ended', 'account-created', 'account-deleted', 'publish', 'unpublish', 'schedule', 'restore', 'delete', 'message-opened', 'messages-exported', 'attachment-downloaded', 'message-deleted', 'report-validated', 'report-returned', 'preview-link-used', 'audit-exported');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "payload_locked_documents_rels_approval_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_requests_id";
  DROP TYPE "public"."enum_approval_requests_target_collection";
  DROP TYPE "public"."enum_approval_requests_language";
  DROP TYPE "public"."enum_approval_requests_state";
  DROP TYPE "public"."enum_site_settings_approval_required_for";`)
}
