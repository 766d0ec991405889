import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'attachment-downloaded' BEFORE 'message-deleted';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('sign-in', 'sign-in-failed', 'sign-out', 'throttled', 'factor-enrolled', 'factor-reset', 'factor-verified', 'factor-failed', 'recovery-code-used', 'passkey-added', 'passkey-removed', 'passkey-used', 'password-changed', 'password-reset-requested', 'email-changed', 'roles-changed', 'scope-changed', 'session-ended', 'account-created', 'account-deleted', 'publish', 'unpublish', 'schedule', 'restore', 'delete', 'message-opened', 'messages-exported', 'message-deleted', 'report-validated', 'report-returned', 'audit-exported');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";`)
}
