import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_plan_versions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__plan_versions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__plan_versions_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TABLE "_plan_versions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" numeric,
  	"version_period_start" numeric,
  	"version_period_end" numeric,
  	"version_external_link_url" varchar,
  	"version_predecessor_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__plan_versions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__plan_versions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_plan_versions_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_external_link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_plan_versions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  ALTER TABLE "plan_versions" ALTER COLUMN "year" DROP NOT NULL;
  ALTER TABLE "plan_versions_locales" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "plan_versions_locales" ALTER COLUMN "summary" DROP NOT NULL;
  ALTER TABLE "plan_versions" ADD COLUMN "_status" "enum_plan_versions_status" DEFAULT 'draft';
  -- The versions that exist were all public: they stay published (a new one starts as a draft).
  UPDATE "plan_versions" SET "_status" = 'published';
  ALTER TABLE "_plan_versions_v" ADD CONSTRAINT "_plan_versions_v_parent_id_plan_versions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plan_versions_v" ADD CONSTRAINT "_plan_versions_v_version_predecessor_id_plan_versions_id_fk" FOREIGN KEY ("version_predecessor_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plan_versions_v_locales" ADD CONSTRAINT "_plan_versions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plan_versions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plan_versions_v_rels" ADD CONSTRAINT "_plan_versions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_plan_versions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plan_versions_v_rels" ADD CONSTRAINT "_plan_versions_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_plan_versions_v_parent_idx" ON "_plan_versions_v" USING btree ("parent_id");
  CREATE INDEX "_plan_versions_v_version_version_predecessor_idx" ON "_plan_versions_v" USING btree ("version_predecessor_id");
  CREATE INDEX "_plan_versions_v_version_version_updated_at_idx" ON "_plan_versions_v" USING btree ("version_updated_at");
  CREATE INDEX "_plan_versions_v_version_version_created_at_idx" ON "_plan_versions_v" USING btree ("version_created_at");
  CREATE INDEX "_plan_versions_v_version_version__status_idx" ON "_plan_versions_v" USING btree ("version__status");
  CREATE INDEX "_plan_versions_v_created_at_idx" ON "_plan_versions_v" USING btree ("created_at");
  CREATE INDEX "_plan_versions_v_updated_at_idx" ON "_plan_versions_v" USING btree ("updated_at");
  CREATE INDEX "_plan_versions_v_snapshot_idx" ON "_plan_versions_v" USING btree ("snapshot");
  CREATE INDEX "_plan_versions_v_published_locale_idx" ON "_plan_versions_v" USING btree ("published_locale");
  CREATE INDEX "_plan_versions_v_latest_idx" ON "_plan_versions_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_plan_versions_v_locales_locale_parent_id_unique" ON "_plan_versions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_plan_versions_v_rels_order_idx" ON "_plan_versions_v_rels" USING btree ("order");
  CREATE INDEX "_plan_versions_v_rels_parent_idx" ON "_plan_versions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_plan_versions_v_rels_path_idx" ON "_plan_versions_v_rels" USING btree ("path");
  CREATE INDEX "_plan_versions_v_rels_documents_id_idx" ON "_plan_versions_v_rels" USING btree ("documents_id");
  CREATE INDEX "plan_versions__status_idx" ON "plan_versions" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_plan_versions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_plan_versions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_plan_versions_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_plan_versions_v" CASCADE;
  DROP TABLE "_plan_versions_v_locales" CASCADE;
  DROP TABLE "_plan_versions_v_rels" CASCADE;
  DROP INDEX "plan_versions__status_idx";
  ALTER TABLE "plan_versions" ALTER COLUMN "year" SET NOT NULL;
  ALTER TABLE "plan_versions_locales" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "plan_versions_locales" ALTER COLUMN "summary" SET NOT NULL;
  ALTER TABLE "plan_versions" DROP COLUMN "_status";
  DROP TYPE "public"."enum_plan_versions_status";
  DROP TYPE "public"."enum__plan_versions_v_version_status";
  DROP TYPE "public"."enum__plan_versions_v_published_locale";`)
}
