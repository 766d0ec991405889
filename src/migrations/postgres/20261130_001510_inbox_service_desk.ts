import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_standard_replies_language" AS ENUM('nl', 'fr', 'en');
  ALTER TYPE "public"."enum_email_outbox_kind" ADD VALUE 'ready-for-review';
  ALTER TYPE "public"."enum_email_outbox_status" ADD VALUE 'written' BEFORE 'failed';
  CREATE TABLE "standard_replies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"administration_id" integer NOT NULL,
  	"language" "enum_standard_replies_language" NOT NULL,
  	"text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "standard_replies_id" integer;
  ALTER TABLE "standard_replies" ADD CONSTRAINT "standard_replies_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "standard_replies_administration_idx" ON "standard_replies" USING btree ("administration_id");
  CREATE INDEX "standard_replies_updated_at_idx" ON "standard_replies" USING btree ("updated_at");
  CREATE INDEX "standard_replies_created_at_idx" ON "standard_replies" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_standard_replies_fk" FOREIGN KEY ("standard_replies_id") REFERENCES "public"."standard_replies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_standard_replies_id_idx" ON "payload_locked_documents_rels" USING btree ("standard_replies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "standard_replies" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "standard_replies" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_standard_replies_fk";
  
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_kind";
  CREATE TYPE "public"."enum_email_outbox_kind" AS ENUM('acknowledgement', 'notification', 'answer', 'review-reminder');
  ALTER TABLE "email_outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_outbox_kind" USING "kind"::"public"."enum_email_outbox_kind";
  ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_email_outbox_status";
  CREATE TYPE "public"."enum_email_outbox_status" AS ENUM('queued', 'sending', 'sent', 'failed');
  ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_email_outbox_status";
  ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DATA TYPE "public"."enum_email_outbox_status" USING "status"::"public"."enum_email_outbox_status";
  DROP INDEX "payload_locked_documents_rels_standard_replies_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "standard_replies_id";
  DROP TYPE "public"."enum_standard_replies_language";`)
}
