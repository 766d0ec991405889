import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_corrections_subject" AS ENUM('report', 'observation');
  CREATE TYPE "public"."enum_corrections_new_status" AS ENUM('not-started', 'on-track', 'at-risk', 'late', 'done', 'stopped');
  CREATE TYPE "public"."enum_corrections_old_status" AS ENUM('not-started', 'on-track', 'at-risk', 'late', 'done', 'stopped');
  CREATE TABLE "corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"subject" "enum_corrections_subject" DEFAULT 'report' NOT NULL,
  	"report_id" integer,
  	"observation_id" integer,
  	"new_status" "enum_corrections_new_status",
  	"new_percent" numeric,
  	"new_value" numeric,
  	"reason_nl" varchar NOT NULL,
  	"reason_fr" varchar NOT NULL,
  	"reason_en" varchar NOT NULL,
  	"old_status" "enum_corrections_old_status",
  	"old_percent" numeric,
  	"old_value" numeric,
  	"plan_version_id" integer,
  	"corrected_at" timestamp(3) with time zone,
  	"corrected_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "corrections_id" integer;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_observation_id_indicator_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."indicator_observations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_corrected_by_id_users_id_fk" FOREIGN KEY ("corrected_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "corrections_report_idx" ON "corrections" USING btree ("report_id");
  CREATE INDEX "corrections_observation_idx" ON "corrections" USING btree ("observation_id");
  CREATE INDEX "corrections_plan_version_idx" ON "corrections" USING btree ("plan_version_id");
  CREATE INDEX "corrections_corrected_at_idx" ON "corrections" USING btree ("corrected_at");
  CREATE INDEX "corrections_corrected_by_idx" ON "corrections" USING btree ("corrected_by_id");
  CREATE INDEX "corrections_updated_at_idx" ON "corrections" USING btree ("updated_at");
  CREATE INDEX "corrections_created_at_idx" ON "corrections" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_corrections_fk" FOREIGN KEY ("corrections_id") REFERENCES "public"."corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("corrections_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "corrections" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "corrections" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_corrections_fk";
  
  DROP INDEX "payload_locked_documents_rels_corrections_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "corrections_id";
  DROP TYPE "public"."enum_corrections_subject";
  DROP TYPE "public"."enum_corrections_new_status";
  DROP TYPE "public"."enum_corrections_old_status";`)
}
