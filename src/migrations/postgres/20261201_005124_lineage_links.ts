import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_lineage_links_kind" AS ENUM('continues', 'revised', 'merged', 'split', 'replaced', 'dropped', 'new');
  CREATE TABLE "lineage_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_lineage_links_kind" DEFAULT 'continues' NOT NULL,
  	"item_id" integer,
  	"plan_version_id" integer,
  	"reason_nl" varchar,
  	"reason_fr" varchar,
  	"reason_en" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "lineage_links_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"plan_items_id" integer
  );
  
  ALTER TABLE "plan_items" DROP CONSTRAINT "plan_items_previous_id_plan_items_id_fk";
  
  DROP INDEX "plan_items_previous_idx";
  ALTER TABLE "plan_versions" ADD COLUMN "plan_is_summary" boolean DEFAULT false;
  ALTER TABLE "_plan_versions_v" ADD COLUMN "version_plan_is_summary" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lineage_links_id" integer;
  ALTER TABLE "lineage_links" ADD CONSTRAINT "lineage_links_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lineage_links" ADD CONSTRAINT "lineage_links_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lineage_links_rels" ADD CONSTRAINT "lineage_links_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lineage_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lineage_links_rels" ADD CONSTRAINT "lineage_links_rels_plan_items_fk" FOREIGN KEY ("plan_items_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "lineage_links_kind_idx" ON "lineage_links" USING btree ("kind");
  CREATE INDEX "lineage_links_item_idx" ON "lineage_links" USING btree ("item_id");
  CREATE INDEX "lineage_links_plan_version_idx" ON "lineage_links" USING btree ("plan_version_id");
  CREATE INDEX "lineage_links_updated_at_idx" ON "lineage_links" USING btree ("updated_at");
  CREATE INDEX "lineage_links_created_at_idx" ON "lineage_links" USING btree ("created_at");
  CREATE INDEX "lineage_links_rels_order_idx" ON "lineage_links_rels" USING btree ("order");
  CREATE INDEX "lineage_links_rels_parent_idx" ON "lineage_links_rels" USING btree ("parent_id");
  CREATE INDEX "lineage_links_rels_path_idx" ON "lineage_links_rels" USING btree ("path");
  CREATE INDEX "lineage_links_rels_plan_items_id_idx" ON "lineage_links_rels" USING btree ("plan_items_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lineage_links_fk" FOREIGN KEY ("lineage_links_id") REFERENCES "public"."lineage_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_lineage_links_id_idx" ON "payload_locked_documents_rels" USING btree ("lineage_links_id");
  -- Hand edit: every item's counterpart in the previous version becomes a "continues" link, before the column goes.
  INSERT INTO "lineage_links" ("kind", "item_id", "plan_version_id", "updated_at", "created_at")
    SELECT 'continues'::"enum_lineage_links_kind", "id", "plan_version_id", "updated_at", "created_at" FROM "plan_items" WHERE "previous_id" IS NOT NULL;
  INSERT INTO "lineage_links_rels" ("order", "parent_id", "path", "plan_items_id")
    SELECT 1, l."id", 'from', p."previous_id" FROM "lineage_links" l JOIN "plan_items" p ON p."id" = l."item_id" WHERE p."previous_id" IS NOT NULL;
  ALTER TABLE "plan_items" DROP COLUMN "previous_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   -- Hand edit: the column comes back first and takes each item's "continues" source, before the links go.
  ALTER TABLE "plan_items" ADD COLUMN "previous_id" integer;
  UPDATE "plan_items" p SET "previous_id" = (SELECT r."plan_items_id" FROM "lineage_links" l
    JOIN "lineage_links_rels" r ON r."parent_id" = l."id" AND r."path" = 'from'
    WHERE l."item_id" = p."id" AND l."kind" = 'continues' ORDER BY l."id" LIMIT 1);
  ALTER TABLE "lineage_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lineage_links_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "lineage_links" CASCADE;
  DROP TABLE "lineage_links_rels" CASCADE;
  -- Hand edit: IF EXISTS, as dropping "lineage_links" with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_lineage_links_fk";
  
  DROP INDEX "payload_locked_documents_rels_lineage_links_id_idx";
  ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_previous_id_plan_items_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "plan_items_previous_idx" ON "plan_items" USING btree ("previous_id");
  ALTER TABLE "plan_versions" DROP COLUMN "plan_is_summary";
  ALTER TABLE "_plan_versions_v" DROP COLUMN "version_plan_is_summary";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lineage_links_id";
  DROP TYPE "public"."enum_lineage_links_kind";`)
}
