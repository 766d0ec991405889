import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`administrations\` ADD \`notification_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`demonstration_banner\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`identity_logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_identity_identity_logo_idx\` ON \`site_settings\` (\`identity_logo_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`identity_logo_name\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`about_page_id\` integer,
  	\`privacy_page_id\` integer,
  	\`contact_reference_prefix\` text DEFAULT 'GOB' NOT NULL,
  	\`contact_answer_days\` numeric DEFAULT 10,
  	\`accessibility_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`about_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`privacy_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "phone", "email", "about_page_id", "privacy_page_id", "contact_reference_prefix", "contact_answer_days", "accessibility_email", "updated_at", "created_at") SELECT "id", "phone", "email", "about_page_id", "privacy_page_id", "contact_reference_prefix", "contact_answer_days", "accessibility_email", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_settings_about_page_idx\` ON \`site_settings\` (\`about_page_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_privacy_page_idx\` ON \`site_settings\` (\`privacy_page_id\`);`)
  await db.run(sql`ALTER TABLE \`administrations\` DROP COLUMN \`notification_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`identity_logo_name\`;`)
}
