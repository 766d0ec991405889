import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_published_locale" AS ENUM('nl', 'fr', 'en');
  ALTER TYPE "public"."enum_slug_redirects_collection" ADD VALUE 'services';
  ALTER TYPE "public"."enum_navigation_items_section" ADD VALUE 'services' BEFORE 'contact';
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"online_url" varchar,
  	"administration_id" integer,
  	"most_requested" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "services_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"eligibility" jsonb,
  	"requirements" jsonb,
  	"duration" varchar,
  	"cost" varchar,
  	"online_label" varchar,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "services_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer,
  	"audiences_id" integer
  );
  
  CREATE TABLE "_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_online_url" varchar,
  	"version_administration_id" integer,
  	"version_most_requested" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_services_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_eligibility" jsonb,
  	"version_requirements" jsonb,
  	"version_duration" varchar,
  	"version_cost" varchar,
  	"version_online_label" varchar,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer,
  	"audiences_id" integer
  );
  
  ALTER TABLE "home_audiences" DROP CONSTRAINT "home_audiences_administration_id_administrations_id_fk";
  
  ALTER TABLE "home_audiences" DROP CONSTRAINT "home_audiences_page_id_pages_id_fk";
  
  ALTER TABLE "home_life_situations" DROP CONSTRAINT "home_life_situations_administration_id_administrations_id_fk";
  
  ALTER TABLE "home_life_situations" DROP CONSTRAINT "home_life_situations_page_id_pages_id_fk";
  
  DROP INDEX "home_audiences_administration_idx";
  DROP INDEX "home_audiences_page_idx";
  DROP INDEX "home_life_situations_administration_idx";
  DROP INDEX "home_life_situations_page_idx";
  ALTER TABLE "news_rels" ADD COLUMN "services_id" integer;
  ALTER TABLE "_news_v_rels" ADD COLUMN "services_id" integer;
  ALTER TABLE "preview_links_rels" ADD COLUMN "services_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "services_id" integer;
  ALTER TABLE "home_audiences" ADD COLUMN "service_id" integer;
  ALTER TABLE "home_audiences" ADD COLUMN "theme_id" integer;
  ALTER TABLE "home_audiences" ADD COLUMN "audience_id" integer;
  ALTER TABLE "home_life_situations" ADD COLUMN "service_id" integer;
  ALTER TABLE "home_life_situations" ADD COLUMN "theme_id" integer;
  ALTER TABLE "home_life_situations" ADD COLUMN "audience_id" integer;
  ALTER TABLE "services" ADD CONSTRAINT "services_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_parent_id_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_administration_id_administrations_id_fk" FOREIGN KEY ("version_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v_locales" ADD CONSTRAINT "_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_administration_idx" ON "services" USING btree ("administration_id");
  CREATE INDEX "services_most_requested_idx" ON "services" USING btree ("most_requested");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE INDEX "services__status_idx" ON "services" USING btree ("_status");
  CREATE INDEX "services_slug_idx" ON "services_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "services_locales_locale_parent_id_unique" ON "services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_rels_order_idx" ON "services_rels" USING btree ("order");
  CREATE INDEX "services_rels_parent_idx" ON "services_rels" USING btree ("parent_id");
  CREATE INDEX "services_rels_path_idx" ON "services_rels" USING btree ("path");
  CREATE INDEX "services_rels_themes_id_idx" ON "services_rels" USING btree ("themes_id");
  CREATE INDEX "services_rels_audiences_id_idx" ON "services_rels" USING btree ("audiences_id");
  CREATE INDEX "_services_v_parent_idx" ON "_services_v" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_version_administration_idx" ON "_services_v" USING btree ("version_administration_id");
  CREATE INDEX "_services_v_version_version_most_requested_idx" ON "_services_v" USING btree ("version_most_requested");
  CREATE INDEX "_services_v_version_version_updated_at_idx" ON "_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_services_v_version_version_created_at_idx" ON "_services_v" USING btree ("version_created_at");
  CREATE INDEX "_services_v_version_version__status_idx" ON "_services_v" USING btree ("version__status");
  CREATE INDEX "_services_v_created_at_idx" ON "_services_v" USING btree ("created_at");
  CREATE INDEX "_services_v_updated_at_idx" ON "_services_v" USING btree ("updated_at");
  CREATE INDEX "_services_v_snapshot_idx" ON "_services_v" USING btree ("snapshot");
  CREATE INDEX "_services_v_published_locale_idx" ON "_services_v" USING btree ("published_locale");
  CREATE INDEX "_services_v_latest_idx" ON "_services_v" USING btree ("latest");
  CREATE INDEX "_services_v_version_version_slug_idx" ON "_services_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_services_v_locales_locale_parent_id_unique" ON "_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_rels_order_idx" ON "_services_v_rels" USING btree ("order");
  CREATE INDEX "_services_v_rels_parent_idx" ON "_services_v_rels" USING btree ("parent_id");
  CREATE INDEX "_services_v_rels_path_idx" ON "_services_v_rels" USING btree ("path");
  CREATE INDEX "_services_v_rels_themes_id_idx" ON "_services_v_rels" USING btree ("themes_id");
  CREATE INDEX "_services_v_rels_audiences_id_idx" ON "_services_v_rels" USING btree ("audiences_id");
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "preview_links_rels" ADD CONSTRAINT "preview_links_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_audiences" ADD CONSTRAINT "home_audiences_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_audiences" ADD CONSTRAINT "home_audiences_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_audiences" ADD CONSTRAINT "home_audiences_audience_id_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."audiences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_life_situations" ADD CONSTRAINT "home_life_situations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_life_situations" ADD CONSTRAINT "home_life_situations_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_life_situations" ADD CONSTRAINT "home_life_situations_audience_id_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."audiences"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "news_rels_services_id_idx" ON "news_rels" USING btree ("services_id");
  CREATE INDEX "_news_v_rels_services_id_idx" ON "_news_v_rels" USING btree ("services_id");
  CREATE INDEX "preview_links_rels_services_id_idx" ON "preview_links_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "home_audiences_service_idx" ON "home_audiences" USING btree ("service_id");
  CREATE INDEX "home_audiences_theme_idx" ON "home_audiences" USING btree ("theme_id");
  CREATE INDEX "home_audiences_audience_idx" ON "home_audiences" USING btree ("audience_id");
  CREATE INDEX "home_life_situations_service_idx" ON "home_life_situations" USING btree ("service_id");
  CREATE INDEX "home_life_situations_theme_idx" ON "home_life_situations" USING btree ("theme_id");
  CREATE INDEX "home_life_situations_audience_idx" ON "home_life_situations" USING btree ("audience_id");
  ALTER TABLE "home_audiences" DROP COLUMN "administration_id";
  ALTER TABLE "home_audiences" DROP COLUMN "page_id";
  ALTER TABLE "home_life_situations" DROP COLUMN "administration_id";
  ALTER TABLE "home_life_situations" DROP COLUMN "page_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_locales" CASCADE;
  DROP TABLE "services_rels" CASCADE;
  DROP TABLE "_services_v" CASCADE;
  DROP TABLE "_services_v_locales" CASCADE;
  DROP TABLE "_services_v_rels" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "news_rels" DROP CONSTRAINT IF EXISTS "news_rels_services_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "_news_v_rels" DROP CONSTRAINT IF EXISTS "_news_v_rels_services_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "preview_links_rels" DROP CONSTRAINT IF EXISTS "preview_links_rels_services_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_services_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "home_audiences" DROP CONSTRAINT IF EXISTS "home_audiences_service_id_services_id_fk";
  
  ALTER TABLE "home_audiences" DROP CONSTRAINT "home_audiences_theme_id_themes_id_fk";
  
  ALTER TABLE "home_audiences" DROP CONSTRAINT "home_audiences_audience_id_audiences_id_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "home_life_situations" DROP CONSTRAINT IF EXISTS "home_life_situations_service_id_services_id_fk";
  
  ALTER TABLE "home_life_situations" DROP CONSTRAINT "home_life_situations_theme_id_themes_id_fk";
  
  ALTER TABLE "home_life_situations" DROP CONSTRAINT "home_life_situations_audience_id_audiences_id_fk";
  
  ALTER TABLE "slug_redirects" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_slug_redirects_collection";
  CREATE TYPE "public"."enum_slug_redirects_collection" AS ENUM('pages', 'news', 'documents', 'administrations');
  ALTER TABLE "slug_redirects" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_slug_redirects_collection" USING "collection"::"public"."enum_slug_redirects_collection";
  ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_navigation_items_section";
  CREATE TYPE "public"."enum_navigation_items_section" AS ENUM('missions', 'administrations', 'news', 'contact', 'documents', 'lookBack', 'search', 'tracker');
  ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE "public"."enum_navigation_items_section" USING "section"::"public"."enum_navigation_items_section";
  DROP INDEX "news_rels_services_id_idx";
  DROP INDEX "_news_v_rels_services_id_idx";
  DROP INDEX "preview_links_rels_services_id_idx";
  DROP INDEX "payload_locked_documents_rels_services_id_idx";
  DROP INDEX "home_audiences_service_idx";
  DROP INDEX "home_audiences_theme_idx";
  DROP INDEX "home_audiences_audience_idx";
  DROP INDEX "home_life_situations_service_idx";
  DROP INDEX "home_life_situations_theme_idx";
  DROP INDEX "home_life_situations_audience_idx";
  ALTER TABLE "home_audiences" ADD COLUMN "administration_id" integer;
  ALTER TABLE "home_audiences" ADD COLUMN "page_id" integer;
  ALTER TABLE "home_life_situations" ADD COLUMN "administration_id" integer;
  ALTER TABLE "home_life_situations" ADD COLUMN "page_id" integer;
  ALTER TABLE "home_audiences" ADD CONSTRAINT "home_audiences_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_audiences" ADD CONSTRAINT "home_audiences_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_life_situations" ADD CONSTRAINT "home_life_situations_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_life_situations" ADD CONSTRAINT "home_life_situations_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "home_audiences_administration_idx" ON "home_audiences" USING btree ("administration_id");
  CREATE INDEX "home_audiences_page_idx" ON "home_audiences" USING btree ("page_id");
  CREATE INDEX "home_life_situations_administration_idx" ON "home_life_situations" USING btree ("administration_id");
  CREATE INDEX "home_life_situations_page_idx" ON "home_life_situations" USING btree ("page_id");
  ALTER TABLE "news_rels" DROP COLUMN "services_id";
  ALTER TABLE "_news_v_rels" DROP COLUMN "services_id";
  ALTER TABLE "preview_links_rels" DROP COLUMN "services_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "services_id";
  ALTER TABLE "home_audiences" DROP COLUMN "service_id";
  ALTER TABLE "home_audiences" DROP COLUMN "theme_id";
  ALTER TABLE "home_audiences" DROP COLUMN "audience_id";
  ALTER TABLE "home_life_situations" DROP COLUMN "service_id";
  ALTER TABLE "home_life_situations" DROP COLUMN "theme_id";
  ALTER TABLE "home_life_situations" DROP COLUMN "audience_id";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum__services_v_version_status";
  DROP TYPE "public"."enum__services_v_published_locale";`)
}
