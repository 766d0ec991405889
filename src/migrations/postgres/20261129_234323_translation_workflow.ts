import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_working_language" AS ENUM('nl', 'fr', 'en');
  ALTER TABLE "pages" ADD COLUMN "translation" jsonb;
  ALTER TABLE "pages" ADD COLUMN "ready_in" varchar;
  ALTER TABLE "pages" ADD COLUMN "outdated_in" varchar;
  ALTER TABLE "pages" ADD COLUMN "waiting_in" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "_pages_v" ADD COLUMN "version_ready_in" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_outdated_in" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_waiting_in" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "news" ADD COLUMN "translation" jsonb;
  ALTER TABLE "news" ADD COLUMN "ready_in" varchar;
  ALTER TABLE "news" ADD COLUMN "outdated_in" varchar;
  ALTER TABLE "news" ADD COLUMN "waiting_in" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_news_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "_news_v" ADD COLUMN "version_ready_in" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_outdated_in" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_waiting_in" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "documents" ADD COLUMN "translation" jsonb;
  ALTER TABLE "documents" ADD COLUMN "ready_in" varchar;
  ALTER TABLE "documents" ADD COLUMN "outdated_in" varchar;
  ALTER TABLE "documents" ADD COLUMN "waiting_in" varchar;
  ALTER TABLE "documents_locales" ADD COLUMN "ready_for_review" boolean;
  ALTER TABLE "_documents_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "_documents_v" ADD COLUMN "version_ready_in" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_outdated_in" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_waiting_in" varchar;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_ready_for_review" boolean;
  ALTER TABLE "users" ADD COLUMN "working_language" "enum_users_working_language";
  CREATE INDEX "pages_ready_in_idx" ON "pages" USING btree ("ready_in");
  CREATE INDEX "pages_outdated_in_idx" ON "pages" USING btree ("outdated_in");
  CREATE INDEX "pages_waiting_in_idx" ON "pages" USING btree ("waiting_in");
  CREATE INDEX "_pages_v_version_version_ready_in_idx" ON "_pages_v" USING btree ("version_ready_in");
  CREATE INDEX "_pages_v_version_version_outdated_in_idx" ON "_pages_v" USING btree ("version_outdated_in");
  CREATE INDEX "_pages_v_version_version_waiting_in_idx" ON "_pages_v" USING btree ("version_waiting_in");
  CREATE INDEX "news_ready_in_idx" ON "news" USING btree ("ready_in");
  CREATE INDEX "news_outdated_in_idx" ON "news" USING btree ("outdated_in");
  CREATE INDEX "news_waiting_in_idx" ON "news" USING btree ("waiting_in");
  CREATE INDEX "_news_v_version_version_ready_in_idx" ON "_news_v" USING btree ("version_ready_in");
  CREATE INDEX "_news_v_version_version_outdated_in_idx" ON "_news_v" USING btree ("version_outdated_in");
  CREATE INDEX "_news_v_version_version_waiting_in_idx" ON "_news_v" USING btree ("version_waiting_in");
  CREATE INDEX "documents_ready_in_idx" ON "documents" USING btree ("ready_in");
  CREATE INDEX "documents_outdated_in_idx" ON "documents" USING btree ("outdated_in");
  CREATE INDEX "documents_waiting_in_idx" ON "documents" USING btree ("waiting_in");
  CREATE INDEX "_documents_v_version_version_ready_in_idx" ON "_documents_v" USING btree ("version_ready_in");
  CREATE INDEX "_documents_v_version_version_outdated_in_idx" ON "_documents_v" USING btree ("version_outdated_in");
  CREATE INDEX "_documents_v_version_version_waiting_in_idx" ON "_documents_v" USING btree ("version_waiting_in");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "pages_ready_in_idx";
  DROP INDEX "pages_outdated_in_idx";
  DROP INDEX "pages_waiting_in_idx";
  DROP INDEX "_pages_v_version_version_ready_in_idx";
  DROP INDEX "_pages_v_version_version_outdated_in_idx";
  DROP INDEX "_pages_v_version_version_waiting_in_idx";
  DROP INDEX "news_ready_in_idx";
  DROP INDEX "news_outdated_in_idx";
  DROP INDEX "news_waiting_in_idx";
  DROP INDEX "_news_v_version_version_ready_in_idx";
  DROP INDEX "_news_v_version_version_outdated_in_idx";
  DROP INDEX "_news_v_version_version_waiting_in_idx";
  DROP INDEX "documents_ready_in_idx";
  DROP INDEX "documents_outdated_in_idx";
  DROP INDEX "documents_waiting_in_idx";
  DROP INDEX "_documents_v_version_version_ready_in_idx";
  DROP INDEX "_documents_v_version_version_outdated_in_idx";
  DROP INDEX "_documents_v_version_version_waiting_in_idx";
  ALTER TABLE "pages" DROP COLUMN "translation";
  ALTER TABLE "pages" DROP COLUMN "ready_in";
  ALTER TABLE "pages" DROP COLUMN "outdated_in";
  ALTER TABLE "pages" DROP COLUMN "waiting_in";
  ALTER TABLE "pages_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation";
  ALTER TABLE "_pages_v" DROP COLUMN "version_ready_in";
  ALTER TABLE "_pages_v" DROP COLUMN "version_outdated_in";
  ALTER TABLE "_pages_v" DROP COLUMN "version_waiting_in";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "news" DROP COLUMN "translation";
  ALTER TABLE "news" DROP COLUMN "ready_in";
  ALTER TABLE "news" DROP COLUMN "outdated_in";
  ALTER TABLE "news" DROP COLUMN "waiting_in";
  ALTER TABLE "news_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation";
  ALTER TABLE "_news_v" DROP COLUMN "version_ready_in";
  ALTER TABLE "_news_v" DROP COLUMN "version_outdated_in";
  ALTER TABLE "_news_v" DROP COLUMN "version_waiting_in";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "documents" DROP COLUMN "translation";
  ALTER TABLE "documents" DROP COLUMN "ready_in";
  ALTER TABLE "documents" DROP COLUMN "outdated_in";
  ALTER TABLE "documents" DROP COLUMN "waiting_in";
  ALTER TABLE "documents_locales" DROP COLUMN "ready_for_review";
  ALTER TABLE "_documents_v" DROP COLUMN "version_translation";
  ALTER TABLE "_documents_v" DROP COLUMN "version_ready_in";
  ALTER TABLE "_documents_v" DROP COLUMN "version_outdated_in";
  ALTER TABLE "_documents_v" DROP COLUMN "version_waiting_in";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "users" DROP COLUMN "working_language";
  DROP TYPE "public"."enum_users_working_language";`)
}
