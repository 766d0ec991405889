import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Search entries are keyed by language, type, day and item (src/search/ranking.ts: entryKey), so a
 * broad query reads a bounded part of the index. Entries written before have other ids and would
 * be out of every key range: the index is emptied, and the server fills it again at start, before
 * it answers (src/server/main.ts). No schema change.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DELETE FROM \`search_fts\`;`)
  await db.run(sql`DELETE FROM \`search_entries\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DELETE FROM \`search_fts\`;`)
  await db.run(sql`DELETE FROM \`search_entries\`;`)
}
