import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "administrations" ADD COLUMN "notification_email" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "demonstration_banner" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "administrations" DROP COLUMN "notification_email";
  ALTER TABLE "site_settings" DROP COLUMN "demonstration_banner";`)
}
