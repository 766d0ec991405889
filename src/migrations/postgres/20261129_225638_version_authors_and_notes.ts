import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" ADD COLUMN "edited_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "version_note" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_edited_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_version_note" varchar;
  ALTER TABLE "news" ADD COLUMN "edited_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "version_note" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_edited_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_version_note" varchar;
  ALTER TABLE "documents" ADD COLUMN "edited_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "version_note" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_edited_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_version_note" varchar;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_edited_by_id_users_id_fk" FOREIGN KEY ("version_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_edited_by_idx" ON "pages" USING btree ("edited_by_id");
  CREATE INDEX "_pages_v_version_version_edited_by_idx" ON "_pages_v" USING btree ("version_edited_by_id");
  CREATE INDEX "news_edited_by_idx" ON "news" USING btree ("edited_by_id");
  CREATE INDEX "_news_v_version_version_edited_by_idx" ON "_news_v" USING btree ("version_edited_by_id");
  CREATE INDEX "documents_edited_by_idx" ON "documents" USING btree ("edited_by_id");
  CREATE INDEX "_documents_v_version_version_edited_by_idx" ON "_documents_v" USING btree ("version_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" DROP CONSTRAINT "pages_edited_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_edited_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_edited_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_edited_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_edited_by_id_users_id_fk";
  
  DROP INDEX "pages_edited_by_idx";
  DROP INDEX "_pages_v_version_version_edited_by_idx";
  DROP INDEX "news_edited_by_idx";
  DROP INDEX "_news_v_version_version_edited_by_idx";
  DROP INDEX "documents_edited_by_idx";
  DROP INDEX "_documents_v_version_version_edited_by_idx";
  ALTER TABLE "pages" DROP COLUMN "edited_by_id";
  ALTER TABLE "pages" DROP COLUMN "version_note";
  ALTER TABLE "_pages_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_version_note";
  ALTER TABLE "news" DROP COLUMN "edited_by_id";
  ALTER TABLE "news" DROP COLUMN "version_note";
  ALTER TABLE "_news_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_version_note";
  ALTER TABLE "documents" DROP COLUMN "edited_by_id";
  ALTER TABLE "documents" DROP COLUMN "version_note";
  ALTER TABLE "_documents_v" DROP COLUMN "version_edited_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_version_note";`)
}
