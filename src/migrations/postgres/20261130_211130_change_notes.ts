import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_change_kind" AS ENUM('major', 'minor');
  CREATE TYPE "public"."enum_pages_unpublish_reason" AS ENUM('error', 'replaced', 'outdated');
  CREATE TYPE "public"."enum__pages_v_version_change_kind" AS ENUM('major', 'minor');
  CREATE TYPE "public"."enum__pages_v_version_unpublish_reason" AS ENUM('error', 'replaced', 'outdated');
  CREATE TYPE "public"."enum_news_change_kind" AS ENUM('major', 'minor');
  CREATE TYPE "public"."enum_news_unpublish_reason" AS ENUM('error', 'replaced', 'outdated');
  CREATE TYPE "public"."enum__news_v_version_change_kind" AS ENUM('major', 'minor');
  CREATE TYPE "public"."enum__news_v_version_unpublish_reason" AS ENUM('error', 'replaced', 'outdated');
  CREATE TYPE "public"."enum_documents_change_kind" AS ENUM('major', 'minor');
  CREATE TYPE "public"."enum_documents_unpublish_reason" AS ENUM('error', 'replaced', 'outdated');
  CREATE TYPE "public"."enum__documents_v_version_change_kind" AS ENUM('major', 'minor');
  CREATE TYPE "public"."enum__documents_v_version_unpublish_reason" AS ENUM('error', 'replaced', 'outdated');
  CREATE TYPE "public"."enum_content_changes_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_content_changes_kind" AS ENUM('first-publish', 'major', 'minor', 'withdrawn');
  CREATE TYPE "public"."enum_content_changes_reason" AS ENUM('error', 'replaced', 'outdated');
  CREATE TABLE "content_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject_key" varchar NOT NULL,
  	"language" "enum_content_changes_language" NOT NULL,
  	"kind" "enum_content_changes_kind" NOT NULL,
  	"note" varchar,
  	"reason" "enum_content_changes_reason",
  	"replacement" varchar,
  	"path" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "pages" ADD COLUMN "change_kind" "enum_pages_change_kind" DEFAULT 'minor';
  ALTER TABLE "pages" ADD COLUMN "change_note_nl" varchar;
  ALTER TABLE "pages" ADD COLUMN "change_note_fr" varchar;
  ALTER TABLE "pages" ADD COLUMN "change_note_en" varchar;
  ALTER TABLE "pages" ADD COLUMN "unpublish_reason" "enum_pages_unpublish_reason";
  ALTER TABLE "pages" ADD COLUMN "unpublish_replacement" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_change_kind" "enum__pages_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_pages_v" ADD COLUMN "version_change_note_nl" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_change_note_fr" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_change_note_en" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_unpublish_reason" "enum__pages_v_version_unpublish_reason";
  ALTER TABLE "_pages_v" ADD COLUMN "version_unpublish_replacement" varchar;
  ALTER TABLE "news" ADD COLUMN "change_kind" "enum_news_change_kind" DEFAULT 'minor';
  ALTER TABLE "news" ADD COLUMN "change_note_nl" varchar;
  ALTER TABLE "news" ADD COLUMN "change_note_fr" varchar;
  ALTER TABLE "news" ADD COLUMN "change_note_en" varchar;
  ALTER TABLE "news" ADD COLUMN "unpublish_reason" "enum_news_unpublish_reason";
  ALTER TABLE "news" ADD COLUMN "unpublish_replacement" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_change_kind" "enum__news_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_news_v" ADD COLUMN "version_change_note_nl" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_change_note_fr" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_change_note_en" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_unpublish_reason" "enum__news_v_version_unpublish_reason";
  ALTER TABLE "_news_v" ADD COLUMN "version_unpublish_replacement" varchar;
  ALTER TABLE "documents" ADD COLUMN "change_kind" "enum_documents_change_kind" DEFAULT 'minor';
  ALTER TABLE "documents" ADD COLUMN "change_note_nl" varchar;
  ALTER TABLE "documents" ADD COLUMN "change_note_fr" varchar;
  ALTER TABLE "documents" ADD COLUMN "change_note_en" varchar;
  ALTER TABLE "documents" ADD COLUMN "unpublish_reason" "enum_documents_unpublish_reason";
  ALTER TABLE "documents" ADD COLUMN "unpublish_replacement" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_change_kind" "enum__documents_v_version_change_kind" DEFAULT 'minor';
  ALTER TABLE "_documents_v" ADD COLUMN "version_change_note_nl" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_change_note_fr" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_change_note_en" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_unpublish_reason" "enum__documents_v_version_unpublish_reason";
  ALTER TABLE "_documents_v" ADD COLUMN "version_unpublish_replacement" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_changes_id" integer;
  CREATE INDEX "content_changes_subject_key_idx" ON "content_changes" USING btree ("subject_key");
  CREATE INDEX "content_changes_path_idx" ON "content_changes" USING btree ("path");
  CREATE INDEX "content_changes_at_idx" ON "content_changes" USING btree ("at");
  CREATE INDEX "content_changes_updated_at_idx" ON "content_changes" USING btree ("updated_at");
  CREATE INDEX "content_changes_created_at_idx" ON "content_changes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_changes_fk" FOREIGN KEY ("content_changes_id") REFERENCES "public"."content_changes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_content_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("content_changes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "content_changes" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_content_changes_fk";
  
  DROP INDEX "payload_locked_documents_rels_content_changes_id_idx";
  ALTER TABLE "pages" DROP COLUMN "change_kind";
  ALTER TABLE "pages" DROP COLUMN "change_note_nl";
  ALTER TABLE "pages" DROP COLUMN "change_note_fr";
  ALTER TABLE "pages" DROP COLUMN "change_note_en";
  ALTER TABLE "pages" DROP COLUMN "unpublish_reason";
  ALTER TABLE "pages" DROP COLUMN "unpublish_replacement";
  ALTER TABLE "_pages_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_pages_v" DROP COLUMN "version_change_note_nl";
  ALTER TABLE "_pages_v" DROP COLUMN "version_change_note_fr";
  ALTER TABLE "_pages_v" DROP COLUMN "version_change_note_en";
  ALTER TABLE "_pages_v" DROP COLUMN "version_unpublish_reason";
  ALTER TABLE "_pages_v" DROP COLUMN "version_unpublish_replacement";
  ALTER TABLE "news" DROP COLUMN "change_kind";
  ALTER TABLE "news" DROP COLUMN "change_note_nl";
  ALTER TABLE "news" DROP COLUMN "change_note_fr";
  ALTER TABLE "news" DROP COLUMN "change_note_en";
  ALTER TABLE "news" DROP COLUMN "unpublish_reason";
  ALTER TABLE "news" DROP COLUMN "unpublish_replacement";
  ALTER TABLE "_news_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_news_v" DROP COLUMN "version_change_note_nl";
  ALTER TABLE "_news_v" DROP COLUMN "version_change_note_fr";
  ALTER TABLE "_news_v" DROP COLUMN "version_change_note_en";
  ALTER TABLE "_news_v" DROP COLUMN "version_unpublish_reason";
  ALTER TABLE "_news_v" DROP COLUMN "version_unpublish_replacement";
  ALTER TABLE "documents" DROP COLUMN "change_kind";
  ALTER TABLE "documents" DROP COLUMN "change_note_nl";
  ALTER TABLE "documents" DROP COLUMN "change_note_fr";
  ALTER TABLE "documents" DROP COLUMN "change_note_en";
  ALTER TABLE "documents" DROP COLUMN "unpublish_reason";
  ALTER TABLE "documents" DROP COLUMN "unpublish_replacement";
  ALTER TABLE "_documents_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_documents_v" DROP COLUMN "version_change_note_nl";
  ALTER TABLE "_documents_v" DROP COLUMN "version_change_note_fr";
  ALTER TABLE "_documents_v" DROP COLUMN "version_change_note_en";
  ALTER TABLE "_documents_v" DROP COLUMN "version_unpublish_reason";
  ALTER TABLE "_documents_v" DROP COLUMN "version_unpublish_replacement";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_changes_id";
  DROP TYPE "public"."enum_pages_change_kind";
  DROP TYPE "public"."enum_pages_unpublish_reason";
  DROP TYPE "public"."enum__pages_v_version_change_kind";
  DROP TYPE "public"."enum__pages_v_version_unpublish_reason";
  DROP TYPE "public"."enum_news_change_kind";
  DROP TYPE "public"."enum_news_unpublish_reason";
  DROP TYPE "public"."enum__news_v_version_change_kind";
  DROP TYPE "public"."enum__news_v_version_unpublish_reason";
  DROP TYPE "public"."enum_documents_change_kind";
  DROP TYPE "public"."enum_documents_unpublish_reason";
  DROP TYPE "public"."enum__documents_v_version_change_kind";
  DROP TYPE "public"."enum__documents_v_version_unpublish_reason";
  DROP TYPE "public"."enum_content_changes_language";
  DROP TYPE "public"."enum_content_changes_kind";
  DROP TYPE "public"."enum_content_changes_reason";`)
}
