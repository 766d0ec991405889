import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Indexes for the two ways public pages read the history from the content store (src/changes/history.ts):
 * a subject's rows, newest first (every news item, page and document shows its history), and an
 * address's newest row (an address no page answers: 404, or 410 when it was unpublished). Without them
 * each read walked every stored history row, one more with every publication.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`content_store_subject_idx\` ON \`content_store\` (\`collection\`, \`locale\`, \`fallback\`, \`depth\`, json_extract(\`keys\`, '$.subjectKey'), json_extract(\`keys\`, '$.at'), json_extract(\`keys\`, '$.createdAt'));`,
  )
  await db.run(
    sql`CREATE INDEX \`content_store_path_idx\` ON \`content_store\` (\`collection\`, \`locale\`, \`fallback\`, \`depth\`, json_extract(\`keys\`, '$.path'), json_extract(\`keys\`, '$.at'), json_extract(\`keys\`, '$.createdAt'));`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`content_store_path_idx\`;`)
  await db.run(sql`DROP INDEX \`content_store_subject_idx\`;`)
}
