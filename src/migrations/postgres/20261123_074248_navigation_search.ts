import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_navigation_items_section" ADD VALUE 'search';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE text;
  DROP TYPE "public"."enum_navigation_items_section";
  CREATE TYPE "public"."enum_navigation_items_section" AS ENUM('missions', 'administrations', 'news', 'contact', 'documents', 'lookBack');
  ALTER TABLE "navigation_items" ALTER COLUMN "section" SET DATA TYPE "public"."enum_navigation_items_section" USING "section"::"public"."enum_navigation_items_section";`)
}
