import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "preview_links" DROP COLUMN "uses";
  ALTER TABLE "preview_links" DROP COLUMN "last_used_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "preview_links" ADD COLUMN "uses" numeric DEFAULT 0;
  ALTER TABLE "preview_links" ADD COLUMN "last_used_at" timestamp(3) with time zone;`)
}
