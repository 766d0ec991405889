import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_page_feedback_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_page_feedback_answer" AS ENUM('yes', 'no');
  CREATE TABLE "page_feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"language" "enum_page_feedback_language" NOT NULL,
  	"answer" "enum_page_feedback_answer" NOT NULL,
  	"comment" varchar,
  	"administration_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_feedback_id" integer;
  ALTER TABLE "page_feedback" ADD CONSTRAINT "page_feedback_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "page_feedback_path_idx" ON "page_feedback" USING btree ("path");
  CREATE INDEX "page_feedback_answer_idx" ON "page_feedback" USING btree ("answer");
  CREATE INDEX "page_feedback_administration_idx" ON "page_feedback" USING btree ("administration_id");
  CREATE INDEX "page_feedback_updated_at_idx" ON "page_feedback" USING btree ("updated_at");
  CREATE INDEX "page_feedback_created_at_idx" ON "page_feedback" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_feedback_fk" FOREIGN KEY ("page_feedback_id") REFERENCES "public"."page_feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_page_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("page_feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "page_feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "page_feedback" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_page_feedback_fk";
  
  DROP INDEX "payload_locked_documents_rels_page_feedback_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_feedback_id";
  DROP TYPE "public"."enum_page_feedback_language";
  DROP TYPE "public"."enum_page_feedback_answer";`)
}
