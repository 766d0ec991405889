import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_plan_items_partners_role" AS ENUM('lead', 'contributor');
  CREATE TYPE "public"."enum_plan_items_level" AS ENUM('pillar', 'objective', 'worksite', 'measure');
  CREATE TYPE "public"."enum_partners_kind" AS ENUM('public', 'private', 'social-partner', 'community');
  CREATE TYPE "public"."enum_progress_reports_status" AS ENUM('not-started', 'on-track', 'at-risk', 'late', 'done', 'stopped');
  CREATE TYPE "public"."enum_progress_reports_workflow" AS ENUM('draft', 'submitted', 'validated', 'sent-back');
  CREATE TYPE "public"."enum_indicators_unit" AS ENUM('percent', 'people', 'euro', 'tonne-co2e', 'kilometre', 'count', 'index');
  CREATE TYPE "public"."enum_indicators_direction" AS ENUM('higher', 'lower');
  CREATE TYPE "public"."enum_indicator_observations_unit" AS ENUM('percent', 'people', 'euro', 'tonne-co2e', 'kilometre', 'count', 'index');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'follow-up';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'evaluator';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'partner';
  ALTER TYPE "public"."enum_navigation_items_section" ADD VALUE 'tracker';
  CREATE TABLE "plan_items_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"partner_id" integer,
  	"role" "enum_plan_items_partners_role" DEFAULT 'contributor'
  );
  
  CREATE TABLE "plan_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum_plan_items_level" NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" integer,
  	"plan_version_id" integer NOT NULL,
  	"lead_administration_id" integer,
  	"start_date" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"weight" numeric DEFAULT 1,
  	"previous_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plan_items_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "plan_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_partners_kind" NOT NULL,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partners_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"slug" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "progress_reports_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "progress_reports_evidence_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "progress_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"measure_id" integer NOT NULL,
  	"partner_id" integer NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"status" "enum_progress_reports_status" NOT NULL,
  	"percent" numeric NOT NULL,
  	"workflow" "enum_progress_reports_workflow" DEFAULT 'draft' NOT NULL,
  	"review_note" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"validated_at" timestamp(3) with time zone,
  	"validated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "progress_reports_locales" (
  	"account" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "progress_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "indicators_evaluations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"author" varchar NOT NULL
  );
  
  CREATE TABLE "indicators_evaluations_locales" (
  	"note" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"objective_id" integer NOT NULL,
  	"unit" "enum_indicators_unit" NOT NULL,
  	"direction" "enum_indicators_direction" NOT NULL,
  	"source_url" varchar,
  	"baseline_value" numeric NOT NULL,
  	"baseline_date" timestamp(3) with time zone NOT NULL,
  	"target_value" numeric NOT NULL,
  	"target_date" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicators_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"source" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "indicator_observations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"value" numeric NOT NULL,
  	"unit" "enum_indicator_observations_unit",
  	"provisional" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_observations_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "social_summits_priorities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"objective_id" integer NOT NULL
  );
  
  CREATE TABLE "social_summits_priorities_locales" (
  	"text" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "social_summits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"plan_version_id" integer NOT NULL,
  	"snapshot_taken_at" timestamp(3) with time zone,
  	"snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "social_summits_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"participants" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "social_summits_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  ALTER TABLE "users_rels" ADD COLUMN "partners_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "plan_items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "partners_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "progress_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicators_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicator_observations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "social_summits_id" integer;
  ALTER TABLE "plan_items_partners" ADD CONSTRAINT "plan_items_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_items_partners" ADD CONSTRAINT "plan_items_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_parent_id_plan_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_lead_administration_id_administrations_id_fk" FOREIGN KEY ("lead_administration_id") REFERENCES "public"."administrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_previous_id_plan_items_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_items_locales" ADD CONSTRAINT "plan_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plan_items_rels" ADD CONSTRAINT "plan_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plan_items_rels" ADD CONSTRAINT "plan_items_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_locales" ADD CONSTRAINT "partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports_evidence" ADD CONSTRAINT "progress_reports_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports_evidence_locales" ADD CONSTRAINT "progress_reports_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."progress_reports_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_measure_id_plan_items_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "progress_reports_locales" ADD CONSTRAINT "progress_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports_rels" ADD CONSTRAINT "progress_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports_rels" ADD CONSTRAINT "progress_reports_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_evaluations" ADD CONSTRAINT "indicators_evaluations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_evaluations_locales" ADD CONSTRAINT "indicators_evaluations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators_evaluations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_objective_id_plan_items_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators_locales" ADD CONSTRAINT "indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicator_observations" ADD CONSTRAINT "indicator_observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_observations_locales" ADD CONSTRAINT "indicator_observations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicator_observations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_summits_priorities" ADD CONSTRAINT "social_summits_priorities_objective_id_plan_items_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_summits_priorities" ADD CONSTRAINT "social_summits_priorities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."social_summits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_summits_priorities_locales" ADD CONSTRAINT "social_summits_priorities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."social_summits_priorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_summits" ADD CONSTRAINT "social_summits_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "social_summits_locales" ADD CONSTRAINT "social_summits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."social_summits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_summits_rels" ADD CONSTRAINT "social_summits_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."social_summits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "social_summits_rels" ADD CONSTRAINT "social_summits_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "plan_items_partners_order_idx" ON "plan_items_partners" USING btree ("_order");
  CREATE INDEX "plan_items_partners_parent_id_idx" ON "plan_items_partners" USING btree ("_parent_id");
  CREATE INDEX "plan_items_partners_partner_idx" ON "plan_items_partners" USING btree ("partner_id");
  CREATE INDEX "plan_items_level_idx" ON "plan_items" USING btree ("level");
  CREATE INDEX "plan_items_code_idx" ON "plan_items" USING btree ("code");
  CREATE INDEX "plan_items_parent_idx" ON "plan_items" USING btree ("parent_id");
  CREATE INDEX "plan_items_plan_version_idx" ON "plan_items" USING btree ("plan_version_id");
  CREATE INDEX "plan_items_lead_administration_idx" ON "plan_items" USING btree ("lead_administration_id");
  CREATE INDEX "plan_items_previous_idx" ON "plan_items" USING btree ("previous_id");
  CREATE INDEX "plan_items_updated_at_idx" ON "plan_items" USING btree ("updated_at");
  CREATE INDEX "plan_items_created_at_idx" ON "plan_items" USING btree ("created_at");
  CREATE UNIQUE INDEX "plan_items_locales_locale_parent_id_unique" ON "plan_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "plan_items_rels_order_idx" ON "plan_items_rels" USING btree ("order");
  CREATE INDEX "plan_items_rels_parent_idx" ON "plan_items_rels" USING btree ("parent_id");
  CREATE INDEX "plan_items_rels_path_idx" ON "plan_items_rels" USING btree ("path");
  CREATE INDEX "plan_items_rels_themes_id_idx" ON "plan_items_rels" USING btree ("themes_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners_slug_idx" ON "partners_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "partners_locales_locale_parent_id_unique" ON "partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "progress_reports_evidence_order_idx" ON "progress_reports_evidence" USING btree ("_order");
  CREATE INDEX "progress_reports_evidence_parent_id_idx" ON "progress_reports_evidence" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "progress_reports_evidence_locales_locale_parent_id_unique" ON "progress_reports_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "progress_reports_measure_idx" ON "progress_reports" USING btree ("measure_id");
  CREATE INDEX "progress_reports_partner_idx" ON "progress_reports" USING btree ("partner_id");
  CREATE INDEX "progress_reports_period_end_idx" ON "progress_reports" USING btree ("period_end");
  CREATE INDEX "progress_reports_workflow_idx" ON "progress_reports" USING btree ("workflow");
  CREATE INDEX "progress_reports_validated_at_idx" ON "progress_reports" USING btree ("validated_at");
  CREATE INDEX "progress_reports_validated_by_idx" ON "progress_reports" USING btree ("validated_by_id");
  CREATE INDEX "progress_reports_updated_at_idx" ON "progress_reports" USING btree ("updated_at");
  CREATE INDEX "progress_reports_created_at_idx" ON "progress_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "progress_reports_locales_locale_parent_id_unique" ON "progress_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "progress_reports_rels_order_idx" ON "progress_reports_rels" USING btree ("order");
  CREATE INDEX "progress_reports_rels_parent_idx" ON "progress_reports_rels" USING btree ("parent_id");
  CREATE INDEX "progress_reports_rels_path_idx" ON "progress_reports_rels" USING btree ("path");
  CREATE INDEX "progress_reports_rels_documents_id_idx" ON "progress_reports_rels" USING btree ("documents_id");
  CREATE INDEX "indicators_evaluations_order_idx" ON "indicators_evaluations" USING btree ("_order");
  CREATE INDEX "indicators_evaluations_parent_id_idx" ON "indicators_evaluations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "indicators_evaluations_locales_locale_parent_id_unique" ON "indicators_evaluations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "indicators_objective_idx" ON "indicators" USING btree ("objective_id");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "indicators_slug_idx" ON "indicators_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "indicators_locales_locale_parent_id_unique" ON "indicators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "indicator_observations_indicator_idx" ON "indicator_observations" USING btree ("indicator_id");
  CREATE INDEX "indicator_observations_updated_at_idx" ON "indicator_observations" USING btree ("updated_at");
  CREATE INDEX "indicator_observations_created_at_idx" ON "indicator_observations" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_observations_locales_locale_parent_id_unique" ON "indicator_observations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "social_summits_priorities_order_idx" ON "social_summits_priorities" USING btree ("_order");
  CREATE INDEX "social_summits_priorities_parent_id_idx" ON "social_summits_priorities" USING btree ("_parent_id");
  CREATE INDEX "social_summits_priorities_objective_idx" ON "social_summits_priorities" USING btree ("objective_id");
  CREATE UNIQUE INDEX "social_summits_priorities_locales_locale_parent_id_unique" ON "social_summits_priorities_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "social_summits_year_idx" ON "social_summits" USING btree ("year");
  CREATE INDEX "social_summits_plan_version_idx" ON "social_summits" USING btree ("plan_version_id");
  CREATE INDEX "social_summits_updated_at_idx" ON "social_summits" USING btree ("updated_at");
  CREATE INDEX "social_summits_created_at_idx" ON "social_summits" USING btree ("created_at");
  CREATE UNIQUE INDEX "social_summits_locales_locale_parent_id_unique" ON "social_summits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "social_summits_rels_order_idx" ON "social_summits_rels" USING btree ("order");
  CREATE INDEX "social_summits_rels_parent_idx" ON "social_summits_rels" USING btree ("parent_id");
  CREATE INDEX "social_summits_rels_path_idx" ON "social_summits_rels" USING btree ("path");
  CREATE INDEX "social_summits_rels_documents_id_idx" ON "social_summits_rels" USING btree ("documents_id");
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plan_items_fk" FOREIGN KEY ("plan_items_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_progress_reports_fk" FOREIGN KEY ("progress_reports_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_observations_fk" FOREIGN KEY ("indicator_observations_id") REFERENCES "public"."indicator_observations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_social_summits_fk" FOREIGN KEY ("social_summits_id") REFERENCES "public"."social_summits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_partners_id_idx" ON "users_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_plan_items_id_idx" ON "payload_locked_documents_rels" USING btree ("plan_items_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_progress_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("progress_reports_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_observations_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_observations_id");
  CREATE INDEX "payload_locked_documents_rels_social_summits_id_idx" ON "payload_locked_documents_rels" USING btree ("social_summits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "plan_items_partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plan_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plan_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plan_items_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "progress_reports_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "progress_reports_evidence_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "progress_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "progress_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "progress_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators_evaluations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators_evaluations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicator_observations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicator_observations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_summits_priorities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_summits_priorities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_summits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_summits_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "social_summits_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "plan_items_partners" CASCADE;
  DROP TABLE "plan_items" CASCADE;
  DROP TABLE "plan_items_locales" CASCADE;
  DROP TABLE "plan_items_rels" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_locales" CASCADE;
  DROP TABLE "progress_reports_evidence" CASCADE;
  DROP TABLE "progress_reports_evidence_locales" CASCADE;
  DROP TABLE "progress_reports" CASCADE;
  DROP TABLE "progress_reports_locales" CASCADE;
  DROP TABLE "progress_reports_rels" CASCADE;
  DROP TABLE "indicators_evaluations" CASCADE;
  DROP TABLE "indicators_evaluations_locales" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "indicators_locales" CASCADE;
  DROP TABLE "indicator_observations" CASCADE;
  DROP TABLE "indicator_observations_locales" CASCADE;
  DROP TABLE "social_summits_priorities" CASCADE;
  DROP TABLE "social_summits_priorities_locales" CASCADE;
  DROP TABLE "social_summits" CASCADE;
  DROP TABLE "social_summits_locales" CASCADE;
  DROP TABLE "social_summits_rels" CASCADE;
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "users_rels" DROP CONSTRAINT IF EXISTS "users_rels_partners_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_plan_items_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_partners_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_progress_reports_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_indicators_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_indicator_observations_fk";
  
  -- Hand edit: IF EXISTS, as dropping its table with CASCADE has already dropped this constraint.
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_social_summits_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator', 'contact-handler');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_navigation_items_section";
  CREATE TYPE "public"."enum_navigation_items_section" AS ENUM('missions', 'administrations', 'news', 'contact', 'documents', 'lookBack', 'search');
  ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE "public"."enum_navigation_items_section" USING "section"::"public"."enum_navigation_items_section";
  DROP INDEX "users_rels_partners_id_idx";
  DROP INDEX "payload_locked_documents_rels_plan_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_partners_id_idx";
  DROP INDEX "payload_locked_documents_rels_progress_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_indicators_id_idx";
  DROP INDEX "payload_locked_documents_rels_indicator_observations_id_idx";
  DROP INDEX "payload_locked_documents_rels_social_summits_id_idx";
  ALTER TABLE "users_rels" DROP COLUMN "partners_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "plan_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "partners_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "progress_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicators_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicator_observations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "social_summits_id";
  DROP TYPE "public"."enum_plan_items_partners_role";
  DROP TYPE "public"."enum_plan_items_level";
  DROP TYPE "public"."enum_partners_kind";
  DROP TYPE "public"."enum_progress_reports_status";
  DROP TYPE "public"."enum_progress_reports_workflow";
  DROP TYPE "public"."enum_indicators_unit";
  DROP TYPE "public"."enum_indicators_direction";
  DROP TYPE "public"."enum_indicator_observations_unit";`)
}
