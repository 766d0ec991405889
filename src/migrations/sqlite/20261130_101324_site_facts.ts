import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`administrations\` ADD \`notification_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`demonstration_banner\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`administrations\` DROP COLUMN \`notification_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`demonstration_banner\`;`)
}
