import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_synonyms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`terms\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_updated_at_idx\` ON \`search_synonyms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_synonyms_created_at_idx\` ON \`search_synonyms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_best_bets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`query\` text NOT NULL,
  	\`language\` text DEFAULT 'nl' NOT NULL,
  	\`query_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_best_bets_query_key_idx\` ON \`search_best_bets\` (\`query_key\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_updated_at_idx\` ON \`search_best_bets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_created_at_idx\` ON \`search_best_bets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_best_bets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	\`administrations_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_best_bets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`administrations_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_order_idx\` ON \`search_best_bets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_parent_idx\` ON \`search_best_bets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_path_idx\` ON \`search_best_bets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_services_id_idx\` ON \`search_best_bets_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_pages_id_idx\` ON \`search_best_bets_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_news_id_idx\` ON \`search_best_bets_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_administrations_id_idx\` ON \`search_best_bets_rels\` (\`administrations_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_documents_id_idx\` ON \`search_best_bets_rels\` (\`documents_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_synonyms_id\` integer REFERENCES search_synonyms(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_best_bets_id\` integer REFERENCES search_best_bets(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_best_bets_id_idx\` ON \`payload_locked_documents_rels\` (\`search_best_bets_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand edit: the tables go last, each after the tables that reference it: with foreign keys on (the
  // pragma cannot turn them off inside the migration's transaction), dropping a table fails while a
  // table that references it also references one already dropped.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`services_id\` integer,
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
  	\`standard_replies_id\` integer,
  	\`email_outbox_id\` integer,
  	\`contact_attachments_id\` integer,
  	\`contact_deletions_id\` integer,
  	\`contact_counters_id\` integer,
  	\`slug_redirects_id\` integer,
  	\`preview_links_id\` integer,
  	\`approval_requests_id\` integer,
  	\`users_id\` integer,
  	\`audit_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`administrations_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missions_id\`) REFERENCES \`missions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`standard_replies_id\`) REFERENCES \`standard_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_outbox_id\`) REFERENCES \`email_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_attachments_id\`) REFERENCES \`contact_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_deletions_id\`) REFERENCES \`contact_deletions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_counters_id\`) REFERENCES \`contact_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slug_redirects_id\`) REFERENCES \`slug_redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`preview_links_id\`) REFERENCES \`preview_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_requests_id\`) REFERENCES \`approval_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "administrations_id", "missions_id", "news_id", "themes_id", "audiences_id", "services_id", "media_id", "documents_id", "document_files_id", "plan_versions_id", "plan_items_id", "partners_id", "progress_reports_id", "indicators_id", "indicator_observations_id", "social_summits_id", "contact_messages_id", "contact_topics_id", "standard_replies_id", "email_outbox_id", "contact_attachments_id", "contact_deletions_id", "contact_counters_id", "slug_redirects_id", "preview_links_id", "approval_requests_id", "users_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "pages_id", "administrations_id", "missions_id", "news_id", "themes_id", "audiences_id", "services_id", "media_id", "documents_id", "document_files_id", "plan_versions_id", "plan_items_id", "partners_id", "progress_reports_id", "indicators_id", "indicator_observations_id", "social_summits_id", "contact_messages_id", "contact_topics_id", "standard_replies_id", "email_outbox_id", "contact_attachments_id", "contact_deletions_id", "contact_counters_id", "slug_redirects_id", "preview_links_id", "approval_requests_id", "users_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_administrations_id_idx\` ON \`payload_locked_documents_rels\` (\`administrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_missions_id_idx\` ON \`payload_locked_documents_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_standard_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`standard_replies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`email_outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_deletions_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_deletions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_preview_links_id_idx\` ON \`payload_locked_documents_rels\` (\`preview_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`DROP TABLE \`search_synonyms\`;`)
  await db.run(sql`DROP TABLE \`search_best_bets_rels\`;`)
  await db.run(sql`DROP TABLE \`search_best_bets\`;`)
}
