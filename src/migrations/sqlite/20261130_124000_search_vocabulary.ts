import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The search index's vocabulary for spelling suggestions (src/search/lookups/sqlite.ts): FTS5's own
 * view of the terms it holds, with how many entries hold each. It stores nothing of its own.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE VIRTUAL TABLE \`search_vocab\` USING fts5vocab(search_fts, row);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_vocab\`;`)
}
