import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users_sessions\` ADD \`passkey_challenge\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`passkeys\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users_sessions\` DROP COLUMN \`passkey_challenge\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`passkeys\`;`)
}
