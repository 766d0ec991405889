import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_plan_versions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_year\` numeric,
  	\`version_period_start\` numeric,
  	\`version_period_end\` numeric,
  	\`version_external_link_url\` text,
  	\`version_predecessor_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_predecessor_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_parent_idx\` ON \`_plan_versions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_version_version_predecessor_idx\` ON \`_plan_versions_v\` (\`version_predecessor_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_version_version_updated_at_idx\` ON \`_plan_versions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_version_version_created_at_idx\` ON \`_plan_versions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_version_version__status_idx\` ON \`_plan_versions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_created_at_idx\` ON \`_plan_versions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_updated_at_idx\` ON \`_plan_versions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_snapshot_idx\` ON \`_plan_versions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_published_locale_idx\` ON \`_plan_versions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_latest_idx\` ON \`_plan_versions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_plan_versions_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_external_link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plan_versions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plan_versions_v_locales_locale_parent_id_unique\` ON \`_plan_versions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plan_versions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_plan_versions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_rels_order_idx\` ON \`_plan_versions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_rels_parent_idx\` ON \`_plan_versions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_rels_path_idx\` ON \`_plan_versions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_plan_versions_v_rels_documents_id_idx\` ON \`_plan_versions_v_rels\` (\`documents_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_plan_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`period_start\` numeric,
  	\`period_end\` numeric,
  	\`external_link_url\` text,
  	\`predecessor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`predecessor_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // The versions that exist were all public: they stay published (a new one starts as a draft).
  await db.run(sql`INSERT INTO \`__new_plan_versions\`("id", "year", "period_start", "period_end", "external_link_url", "predecessor_id", "updated_at", "created_at", "_status") SELECT "id", "year", "period_start", "period_end", "external_link_url", "predecessor_id", "updated_at", "created_at", 'published' FROM \`plan_versions\`;`)
  await db.run(sql`DROP TABLE \`plan_versions\`;`)
  await db.run(sql`ALTER TABLE \`__new_plan_versions\` RENAME TO \`plan_versions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`plan_versions_predecessor_idx\` ON \`plan_versions\` (\`predecessor_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_versions_updated_at_idx\` ON \`plan_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_versions_created_at_idx\` ON \`plan_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_versions__status_idx\` ON \`plan_versions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_plan_versions_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`external_link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_plan_versions_locales\`("title", "summary", "external_link_label", "id", "_locale", "_parent_id") SELECT "title", "summary", "external_link_label", "id", "_locale", "_parent_id" FROM \`plan_versions_locales\`;`)
  await db.run(sql`DROP TABLE \`plan_versions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_plan_versions_locales\` RENAME TO \`plan_versions_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_versions_locales_locale_parent_id_unique\` ON \`plan_versions_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_plan_versions_v\`;`)
  await db.run(sql`DROP TABLE \`_plan_versions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_plan_versions_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_plan_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`period_start\` numeric,
  	\`period_end\` numeric,
  	\`external_link_url\` text,
  	\`predecessor_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`predecessor_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_plan_versions\`("id", "year", "period_start", "period_end", "external_link_url", "predecessor_id", "updated_at", "created_at") SELECT "id", "year", "period_start", "period_end", "external_link_url", "predecessor_id", "updated_at", "created_at" FROM \`plan_versions\`;`)
  await db.run(sql`DROP TABLE \`plan_versions\`;`)
  await db.run(sql`ALTER TABLE \`__new_plan_versions\` RENAME TO \`plan_versions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`plan_versions_predecessor_idx\` ON \`plan_versions\` (\`predecessor_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_versions_updated_at_idx\` ON \`plan_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_versions_created_at_idx\` ON \`plan_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_plan_versions_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`external_link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_plan_versions_locales\`("title", "summary", "external_link_label", "id", "_locale", "_parent_id") SELECT "title", "summary", "external_link_label", "id", "_locale", "_parent_id" FROM \`plan_versions_locales\`;`)
  await db.run(sql`DROP TABLE \`plan_versions_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_plan_versions_locales\` RENAME TO \`plan_versions_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_versions_locales_locale_parent_id_unique\` ON \`plan_versions_locales\` (\`_locale\`,\`_parent_id\`);`)
}
