import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`slug_redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_path\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`slug_redirects_from_path_idx\` ON \`slug_redirects\` (\`from_path\`);`)
  await db.run(sql`CREATE INDEX \`slug_redirects_updated_at_idx\` ON \`slug_redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`slug_redirects_created_at_idx\` ON \`slug_redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`preview_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`language\` text DEFAULT 'nl' NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`revoked\` integer DEFAULT false,
  	\`token\` text,
  	\`end_reason\` text,
  	\`ended_at\` text,
  	\`uses\` numeric DEFAULT 0,
  	\`last_used_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`preview_links_token_idx\` ON \`preview_links\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_by_idx\` ON \`preview_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_updated_at_idx\` ON \`preview_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_created_at_idx\` ON \`preview_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`preview_links_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	\`documents_id\` integer,
  	\`administrations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`preview_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`administrations_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`preview_links_rels_order_idx\` ON \`preview_links_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_rels_parent_idx\` ON \`preview_links_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_rels_path_idx\` ON \`preview_links_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_rels_pages_id_idx\` ON \`preview_links_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_rels_news_id_idx\` ON \`preview_links_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_rels_documents_id_idx\` ON \`preview_links_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`preview_links_rels_administrations_id_idx\` ON \`preview_links_rels\` (\`administrations_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`owner_administration_id\` integer REFERENCES administrations(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_by\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`version_note\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`translation\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`ready_in\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`outdated_in\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`waiting_in\` text;`)
  await db.run(sql`CREATE INDEX \`pages_owner_administration_idx\` ON \`pages\` (\`owner_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_owner_idx\` ON \`pages\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_review_by_idx\` ON \`pages\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`pages_edited_by_idx\` ON \`pages\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_ready_in_idx\` ON \`pages\` (\`ready_in\`);`)
  await db.run(sql`CREATE INDEX \`pages_outdated_in_idx\` ON \`pages\` (\`outdated_in\`);`)
  await db.run(sql`CREATE INDEX \`pages_waiting_in_idx\` ON \`pages\` (\`waiting_in\`);`)
  await db.run(sql`ALTER TABLE \`pages_locales\` ADD \`ready_for_review\` integer;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_owner_administration_id\` integer REFERENCES administrations(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_version_note\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_translation\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_ready_in\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_outdated_in\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_waiting_in\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_owner_administration_idx\` ON \`_pages_v\` (\`version_owner_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_owner_idx\` ON \`_pages_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_review_by_idx\` ON \`_pages_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_edited_by_idx\` ON \`_pages_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_ready_in_idx\` ON \`_pages_v\` (\`version_ready_in\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_outdated_in_idx\` ON \`_pages_v\` (\`version_outdated_in\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_waiting_in_idx\` ON \`_pages_v\` (\`version_waiting_in\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` ADD \`version_ready_for_review\` integer;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`owner_administration_id\` integer REFERENCES administrations(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_by\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`version_note\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`ready_in\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`outdated_in\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`waiting_in\` text;`)
  await db.run(sql`CREATE INDEX \`news_owner_administration_idx\` ON \`news\` (\`owner_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`news_owner_idx\` ON \`news\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`news_review_by_idx\` ON \`news\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`news_edited_by_idx\` ON \`news\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_ready_in_idx\` ON \`news\` (\`ready_in\`);`)
  await db.run(sql`CREATE INDEX \`news_outdated_in_idx\` ON \`news\` (\`outdated_in\`);`)
  await db.run(sql`CREATE INDEX \`news_waiting_in_idx\` ON \`news\` (\`waiting_in\`);`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`ready_for_review\` integer;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_owner_administration_id\` integer REFERENCES administrations(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_version_note\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_ready_in\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_outdated_in\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_waiting_in\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_owner_administration_idx\` ON \`_news_v\` (\`version_owner_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_owner_idx\` ON \`_news_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_review_by_idx\` ON \`_news_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_edited_by_idx\` ON \`_news_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_ready_in_idx\` ON \`_news_v\` (\`version_ready_in\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_outdated_in_idx\` ON \`_news_v\` (\`version_outdated_in\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_waiting_in_idx\` ON \`_news_v\` (\`version_waiting_in\`);`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_ready_for_review\` integer;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`owner_administration_id\` integer REFERENCES administrations(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`review_by\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`version_note\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`translation\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`ready_in\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`outdated_in\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`waiting_in\` text;`)
  await db.run(sql`CREATE INDEX \`documents_owner_administration_idx\` ON \`documents\` (\`owner_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_owner_idx\` ON \`documents\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_by_idx\` ON \`documents\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`documents_edited_by_idx\` ON \`documents\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_ready_in_idx\` ON \`documents\` (\`ready_in\`);`)
  await db.run(sql`CREATE INDEX \`documents_outdated_in_idx\` ON \`documents\` (\`outdated_in\`);`)
  await db.run(sql`CREATE INDEX \`documents_waiting_in_idx\` ON \`documents\` (\`waiting_in\`);`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`ready_for_review\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_owner_administration_id\` integer REFERENCES administrations(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_version_note\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_translation\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_ready_in\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_outdated_in\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_waiting_in\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_owner_administration_idx\` ON \`_documents_v\` (\`version_owner_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_owner_idx\` ON \`_documents_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_by_idx\` ON \`_documents_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_edited_by_idx\` ON \`_documents_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_ready_in_idx\` ON \`_documents_v\` (\`version_ready_in\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_outdated_in_idx\` ON \`_documents_v\` (\`version_outdated_in\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_waiting_in_idx\` ON \`_documents_v\` (\`version_waiting_in\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_ready_for_review\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`working_language\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text DEFAULT 'nl';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`slug_redirects_id\` integer REFERENCES slug_redirects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`preview_links_id\` integer REFERENCES preview_links(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_preview_links_id_idx\` ON \`payload_locked_documents_rels\` (\`preview_links_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`contact_answer_days\` numeric DEFAULT 10;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand edit: the tables go last, each after the tables that reference it: with foreign keys on (the
  // pragma cannot turn them off inside the migration's transaction), dropping a table fails while a
  // table that references it also references one already dropped.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "parent_id", "updated_at", "created_at", "_status") SELECT "id", "parent_id", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_parent_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_parent_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_parent_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`published_at\` text,
  	\`update_at\` text,
  	\`administration_id\` integer,
  	\`image_id\` integer,
  	\`withdrawal_withdrawn\` integer DEFAULT false,
  	\`withdrawal_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`administration_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "published_at", "update_at", "administration_id", "image_id", "withdrawal_withdrawn", "withdrawal_at", "updated_at", "created_at") SELECT "id", "published_at", "update_at", "administration_id", "image_id", "withdrawal_withdrawn", "withdrawal_at", "updated_at", "created_at" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_administration_idx\` ON \`news\` (\`administration_id\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_published_at\` text,
  	\`version_update_at\` text,
  	\`version_administration_id\` integer,
  	\`version_image_id\` integer,
  	\`version_withdrawal_withdrawn\` integer DEFAULT false,
  	\`version_withdrawal_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_administration_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_published_at", "version_update_at", "version_administration_id", "version_image_id", "version_withdrawal_withdrawn", "version_withdrawal_at", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_published_at", "version_update_at", "version_administration_id", "version_image_id", "version_withdrawal_withdrawn", "version_withdrawal_at", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_administration_idx\` ON \`_news_v\` (\`version_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'report',
  	\`date\` text,
  	\`accessible\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "kind", "date", "accessible", "updated_at", "created_at", "_status") SELECT "id", "kind", "date", "accessible", "updated_at", "created_at", "_status" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'report',
  	\`version_date\` text,
  	\`version_accessible\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_kind", "version_date", "version_accessible", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_date", "version_accessible", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_snapshot_idx\` ON \`_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_published_locale_idx\` ON \`_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`administrations_id\` integer,
  	\`missions_id\` integer,
  	\`news_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`document_files_id\` integer,
  	\`plan_versions_id\` integer,
  	\`plan_items_id\` integer,
  	\`partners_id\` integer,
  	\`progress_reports_id\` integer,
  	\`indicators_id\` integer,
  	\`indicator_observations_id\` integer,
  	\`social_summits_id\` integer,
  	\`contact_messages_id\` integer,
  	\`contact_topics_id\` integer,
  	\`email_outbox_id\` integer,
  	\`contact_attachments_id\` integer,
  	\`contact_deletions_id\` integer,
  	\`contact_counters_id\` integer,
  	\`users_id\` integer,
  	\`audit_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`administrations_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_files_id\`) REFERENCES \`document_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_versions_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_items_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`progress_reports_id\`) REFERENCES \`progress_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_observations_id\`) REFERENCES \`indicator_observations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_summits_id\`) REFERENCES \`social_summits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_topics_id\`) REFERENCES \`contact_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_outbox_id\`) REFERENCES \`email_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_attachments_id\`) REFERENCES \`contact_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_deletions_id\`) REFERENCES \`contact_deletions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_counters_id\`) REFERENCES \`contact_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "administrations_id", "missions_id", "news_id", "themes_id", "audiences_id", "media_id", "documents_id", "document_files_id", "plan_versions_id", "plan_items_id", "partners_id", "progress_reports_id", "indicators_id", "indicator_observations_id", "social_summits_id", "contact_messages_id", "contact_topics_id", "email_outbox_id", "contact_attachments_id", "contact_deletions_id", "contact_counters_id", "users_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "pages_id", "administrations_id", "missions_id", "news_id", "themes_id", "audiences_id", "media_id", "documents_id", "document_files_id", "plan_versions_id", "plan_items_id", "partners_id", "progress_reports_id", "indicators_id", "indicator_observations_id", "social_summits_id", "contact_messages_id", "contact_topics_id", "email_outbox_id", "contact_attachments_id", "contact_deletions_id", "contact_counters_id", "users_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_administrations_id_idx\` ON \`payload_locked_documents_rels\` (\`administrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_missions_id_idx\` ON \`payload_locked_documents_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_files_id_idx\` ON \`payload_locked_documents_rels\` (\`document_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_items_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_observations_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_observations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_summits_id_idx\` ON \`payload_locked_documents_rels\` (\`social_summits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`email_outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_deletions_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_deletions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`ALTER TABLE \`pages_locales\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`working_language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`contact_answer_days\`;`)
  await db.run(sql`DROP TABLE \`slug_redirects\`;`)
  await db.run(sql`DROP TABLE \`preview_links_rels\`;`)
  await db.run(sql`DROP TABLE \`preview_links\`;`)
}
