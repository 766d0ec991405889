import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two more kinds of email in the outbox: the outcome of a scheduled publication, for whoever
 * scheduled it (src/back-office/scheduling/notify-scheduler.ts), and the steps of four-eyes
 * publication (src/back-office/approval/notify.ts), both sent on the spot or not at all before.
 * SQLite stores the kind as text: nothing to change there.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'scheduled-publication';
   ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'approval';`)
}

/** The earlier type cannot hold these emails: they leave the outbox (sent or not) on the way down. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "email_outbox" WHERE "kind" IN ('scheduled-publication', 'approval');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_kind";
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer', 'review-reminder', 'ready-for-review', 'follow-confirmation', 'follow-link', 'follow-alert', 'follow-digest', 'round-reminder');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_outbox_kind" USING "kind"::"public"."enum_email_outbox_kind";`)
}
