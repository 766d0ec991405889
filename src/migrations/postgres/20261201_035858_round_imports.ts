import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_round_imports_state" AS ENUM('pending', 'refused', 'applied');
  CREATE TABLE "round_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"round_id" integer NOT NULL,
  	"owner_id" integer NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"file_name" varchar,
  	"fingerprint" varchar,
  	"state" "enum_round_imports_state" DEFAULT 'pending' NOT NULL,
  	"plan" jsonb,
  	"problem" jsonb,
  	"outcome" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "round_imports_id" integer;
  ALTER TABLE "round_imports" ADD CONSTRAINT "round_imports_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "round_imports" ADD CONSTRAINT "round_imports_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "round_imports_round_idx" ON "round_imports" USING btree ("round_id");
  CREATE INDEX "round_imports_owner_idx" ON "round_imports" USING btree ("owner_id");
  CREATE INDEX "round_imports_expires_at_idx" ON "round_imports" USING btree ("expires_at");
  CREATE INDEX "round_imports_updated_at_idx" ON "round_imports" USING btree ("updated_at");
  CREATE INDEX "round_imports_created_at_idx" ON "round_imports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_round_imports_fk" FOREIGN KEY ("round_imports_id") REFERENCES "public"."round_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_round_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("round_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "round_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "round_imports" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_round_imports_fk";
  
  DROP INDEX "payload_locked_documents_rels_round_imports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "round_imports_id";
  DROP TYPE "public"."enum_round_imports_state";`)
}
