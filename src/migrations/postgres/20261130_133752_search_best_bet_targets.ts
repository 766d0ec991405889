import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_best_bets_rels" ADD COLUMN "missions_id" integer;
  ALTER TABLE "search_best_bets_rels" ADD COLUMN "plan_items_id" integer;
  ALTER TABLE "search_best_bets_rels" ADD COLUMN "indicators_id" integer;
  ALTER TABLE "search_best_bets_rels" ADD COLUMN "social_summits_id" integer;
  ALTER TABLE "search_best_bets_rels" ADD COLUMN "partners_id" integer;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_missions_fk" FOREIGN KEY ("missions_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_plan_items_fk" FOREIGN KEY ("plan_items_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_social_summits_fk" FOREIGN KEY ("social_summits_id") REFERENCES "public"."social_summits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_best_bets_rels" ADD CONSTRAINT "search_best_bets_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_best_bets_rels_missions_id_idx" ON "search_best_bets_rels" USING btree ("missions_id");
  CREATE INDEX "search_best_bets_rels_plan_items_id_idx" ON "search_best_bets_rels" USING btree ("plan_items_id");
  CREATE INDEX "search_best_bets_rels_indicators_id_idx" ON "search_best_bets_rels" USING btree ("indicators_id");
  CREATE INDEX "search_best_bets_rels_social_summits_id_idx" ON "search_best_bets_rels" USING btree ("social_summits_id");
  CREATE INDEX "search_best_bets_rels_partners_id_idx" ON "search_best_bets_rels" USING btree ("partners_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_best_bets_rels" DROP CONSTRAINT "search_best_bets_rels_missions_fk";
  
  ALTER TABLE "search_best_bets_rels" DROP CONSTRAINT "search_best_bets_rels_plan_items_fk";
  
  ALTER TABLE "search_best_bets_rels" DROP CONSTRAINT "search_best_bets_rels_indicators_fk";
  
  ALTER TABLE "search_best_bets_rels" DROP CONSTRAINT "search_best_bets_rels_social_summits_fk";
  
  ALTER TABLE "search_best_bets_rels" DROP CONSTRAINT "search_best_bets_rels_partners_fk";
  
  DROP INDEX "search_best_bets_rels_missions_id_idx";
  DROP INDEX "search_best_bets_rels_plan_items_id_idx";
  DROP INDEX "search_best_bets_rels_indicators_id_idx";
  DROP INDEX "search_best_bets_rels_social_summits_id_idx";
  DROP INDEX "search_best_bets_rels_partners_id_idx";
  ALTER TABLE "search_best_bets_rels" DROP COLUMN "missions_id";
  ALTER TABLE "search_best_bets_rels" DROP COLUMN "plan_items_id";
  ALTER TABLE "search_best_bets_rels" DROP COLUMN "indicators_id";
  ALTER TABLE "search_best_bets_rels" DROP COLUMN "social_summits_id";
  ALTER TABLE "search_best_bets_rels" DROP COLUMN "partners_id";`)
}
