import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_language" AS ENUM('nl', 'fr', 'en');
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'review-reminder';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'review-reminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'review-reminders' BEFORE 'schedulePublish';
  ALTER TABLE "pages" ADD COLUMN "owner_administration_id" integer;
  ALTER TABLE "pages" ADD COLUMN "owner_id" integer;
  ALTER TABLE "pages" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_owner_administration_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "owner_administration_id" integer;
  ALTER TABLE "news" ADD COLUMN "owner_id" integer;
  ALTER TABLE "news" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_owner_administration_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "owner_administration_id" integer;
  ALTER TABLE "documents" ADD COLUMN "owner_id" integer;
  ALTER TABLE "documents" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_owner_administration_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'nl';
  ALTER TABLE "site_settings" ADD COLUMN "contact_answer_days" numeric DEFAULT 10;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_owner_administration_id_administrations_id_fk" FOREIGN KEY ("owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_owner_administration_id_administrations_id_fk" FOREIGN KEY ("version_owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_owner_administration_id_administrations_id_fk" FOREIGN KEY ("owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_owner_administration_id_administrations_id_fk" FOREIGN KEY ("version_owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_administration_id_administrations_id_fk" FOREIGN KEY ("owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_owner_administration_id_administrations_id_fk" FOREIGN KEY ("version_owner_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_owner_administration_idx" ON "pages" USING btree ("owner_administration_id");
  CREATE INDEX "pages_owner_idx" ON "pages" USING btree ("owner_id");
  CREATE INDEX "pages_review_by_idx" ON "pages" USING btree ("review_by");
  CREATE INDEX "_pages_v_version_version_owner_administration_idx" ON "_pages_v" USING btree ("version_owner_administration_id");
  CREATE INDEX "_pages_v_version_version_owner_idx" ON "_pages_v" USING btree ("version_owner_id");
  CREATE INDEX "_pages_v_version_version_review_by_idx" ON "_pages_v" USING btree ("version_review_by");
  CREATE INDEX "news_owner_administration_idx" ON "news" USING btree ("owner_administration_id");
  CREATE INDEX "news_owner_idx" ON "news" USING btree ("owner_id");
  CREATE INDEX "news_review_by_idx" ON "news" USING btree ("review_by");
  CREATE INDEX "_news_v_version_version_owner_administration_idx" ON "_news_v" USING btree ("version_owner_administration_id");
  CREATE INDEX "_news_v_version_version_owner_idx" ON "_news_v" USING btree ("version_owner_id");
  CREATE INDEX "_news_v_version_version_review_by_idx" ON "_news_v" USING btree ("version_review_by");
  CREATE INDEX "documents_owner_administration_idx" ON "documents" USING btree ("owner_administration_id");
  CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_id");
  CREATE INDEX "documents_review_by_idx" ON "documents" USING btree ("review_by");
  CREATE INDEX "_documents_v_version_version_owner_administration_idx" ON "_documents_v" USING btree ("version_owner_administration_id");
  CREATE INDEX "_documents_v_version_version_owner_idx" ON "_documents_v" USING btree ("version_owner_id");
  CREATE INDEX "_documents_v_version_version_review_by_idx" ON "_documents_v" USING btree ("version_review_by");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" DROP CONSTRAINT "pages_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_owner_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_owner_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_owner_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_owner_administration_id_administrations_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_kind";
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_outbox_kind" USING "kind"::"public"."enum_email_outbox_kind";
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
  DROP INDEX "_pages_v_version_version_owner_administration_idx";
  DROP INDEX "_pages_v_version_version_owner_idx";
  DROP INDEX "_pages_v_version_version_review_by_idx";
  DROP INDEX "news_owner_administration_idx";
  DROP INDEX "news_owner_idx";
  DROP INDEX "news_review_by_idx";
  DROP INDEX "_news_v_version_version_owner_administration_idx";
  DROP INDEX "_news_v_version_version_owner_idx";
  DROP INDEX "_news_v_version_version_review_by_idx";
  DROP INDEX "documents_owner_administration_idx";
  DROP INDEX "documents_owner_idx";
  DROP INDEX "documents_review_by_idx";
  DROP INDEX "_documents_v_version_version_owner_administration_idx";
  DROP INDEX "_documents_v_version_version_owner_idx";
  DROP INDEX "_documents_v_version_version_review_by_idx";
  ALTER TABLE "pages" DROP COLUMN "owner_administration_id";
  ALTER TABLE "pages" DROP COLUMN "owner_id";
  ALTER TABLE "pages" DROP COLUMN "review_by";
  ALTER TABLE "pages" DROP COLUMN "last_reviewed_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_owner_administration_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_pages_v" DROP COLUMN "version_last_reviewed_at";
  ALTER TABLE "news" DROP COLUMN "owner_administration_id";
  ALTER TABLE "news" DROP COLUMN "owner_id";
  ALTER TABLE "news" DROP COLUMN "review_by";
  ALTER TABLE "news" DROP COLUMN "last_reviewed_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_owner_administration_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_news_v" DROP COLUMN "version_last_reviewed_at";
  ALTER TABLE "documents" DROP COLUMN "owner_administration_id";
  ALTER TABLE "documents" DROP COLUMN "owner_id";
  ALTER TABLE "documents" DROP COLUMN "review_by";
  ALTER TABLE "documents" DROP COLUMN "last_reviewed_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_owner_administration_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_documents_v" DROP COLUMN "version_last_reviewed_at";
  ALTER TABLE "users" DROP COLUMN "language";
  ALTER TABLE "site_settings" DROP COLUMN "contact_answer_days";
  DROP TYPE "public"."enum_users_language";`)
}
