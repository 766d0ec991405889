import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The content store (src/content-store), outside Payload's schema: each published document as an
 * anonymous visitor's Local API read returns it, per language, fallback and depth, and what each
 * document's rows depend on, so that a change re-projects the rows that show it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`content_store\` (
  	\`collection\` text NOT NULL,
  	\`doc_id\` integer NOT NULL,
  	\`locale\` text NOT NULL,
  	\`fallback\` text NOT NULL,
  	\`depth\` integer NOT NULL,
  	\`slug\` text,
  	\`data\` text NOT NULL,
  	PRIMARY KEY(\`collection\`, \`locale\`, \`fallback\`, \`depth\`, \`doc_id\`)
  );
  `)
  await db.run(
    sql`CREATE INDEX \`content_store_slug_idx\` ON \`content_store\` (\`collection\`, \`locale\`, \`fallback\`, \`depth\`, \`slug\`);`,
  )
  await db.run(sql`CREATE TABLE \`content_store_dependencies\` (
  	\`tag\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` integer NOT NULL,
  	PRIMARY KEY(\`tag\`, \`collection\`, \`doc_id\`)
  );
  `)
  await db.run(sql`CREATE INDEX \`content_store_dependencies_doc_idx\` ON \`content_store_dependencies\` (\`collection\`, \`doc_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`content_store_dependencies\`;`)
  await db.run(sql`DROP TABLE \`content_store\`;`)
}
