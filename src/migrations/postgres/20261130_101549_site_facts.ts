import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "administrations" ADD COLUMN "notification_email" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "demonstration_banner" boolean DEFAULT false;
  ALTER TABLE "site_settings" ADD COLUMN "identity_logo_id" integer;
  ALTER TABLE "site_settings_locales" ADD COLUMN "identity_logo_name" varchar;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_identity_logo_id_media_id_fk" FOREIGN KEY ("identity_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_identity_identity_logo_idx" ON "site_settings" USING btree ("identity_logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_identity_logo_id_media_id_fk";
  
  DROP INDEX "site_settings_identity_identity_logo_idx";
  ALTER TABLE "administrations" DROP COLUMN "notification_email";
  ALTER TABLE "site_settings" DROP COLUMN "demonstration_banner";
  ALTER TABLE "site_settings" DROP COLUMN "identity_logo_id";
  ALTER TABLE "site_settings_locales" DROP COLUMN "identity_logo_name";`)
}
