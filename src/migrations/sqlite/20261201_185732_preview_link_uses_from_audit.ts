import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`preview_links\` DROP COLUMN \`uses\`;`)
  await db.run(sql`ALTER TABLE \`preview_links\` DROP COLUMN \`last_used_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`preview_links\` ADD \`uses\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`preview_links\` ADD \`last_used_at\` text;`)
}
