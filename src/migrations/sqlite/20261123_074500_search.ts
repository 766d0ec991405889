import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The site search index (src/search/sqlite.ts), outside Payload's schema: one row per published
 * text and language, and an FTS5 table over their stems (rowid = the entry's id).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`ref_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`date\` text
  );`)
  await db.run(sql`CREATE UNIQUE INDEX \`search_entries_ref_idx\` ON \`search_entries\` (\`type\`, \`ref_id\`, \`locale\`);`)
  await db.run(sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_fts\`;`)
  await db.run(sql`DROP TABLE \`search_entries\`;`)
}
