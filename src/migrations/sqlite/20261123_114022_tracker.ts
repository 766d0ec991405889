import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`plan_items_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`partner_id\` integer,
  	\`role\` text DEFAULT 'contributor',
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_partners_order_idx\` ON \`plan_items_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_partners_parent_id_idx\` ON \`plan_items_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_partners_partner_idx\` ON \`plan_items_partners\` (\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`level\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` integer,
  	\`plan_version_id\` integer NOT NULL,
  	\`lead_administration_id\` integer,
  	\`start_date\` text,
  	\`due_date\` text,
  	\`weight\` numeric DEFAULT 1,
  	\`previous_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_version_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_administration_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_level_idx\` ON \`plan_items\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_code_idx\` ON \`plan_items\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_parent_idx\` ON \`plan_items\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_plan_version_idx\` ON \`plan_items\` (\`plan_version_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_lead_administration_idx\` ON \`plan_items\` (\`lead_administration_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_previous_idx\` ON \`plan_items\` (\`previous_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_updated_at_idx\` ON \`plan_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_created_at_idx\` ON \`plan_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`plan_items_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_items_locales_locale_parent_id_unique\` ON \`plan_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_rels_order_idx\` ON \`plan_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_rels_parent_idx\` ON \`plan_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_rels_path_idx\` ON \`plan_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_rels_themes_id_idx\` ON \`plan_items_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partners_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`slug\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_slug_idx\` ON \`partners_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_locales_locale_parent_id_unique\` ON \`partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`progress_reports_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`progress_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`progress_reports_evidence_order_idx\` ON \`progress_reports_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_evidence_parent_id_idx\` ON \`progress_reports_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`progress_reports_evidence_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`progress_reports_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`progress_reports_evidence_locales_locale_parent_id_unique\` ON \`progress_reports_evidence_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`progress_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`measure_id\` integer NOT NULL,
  	\`partner_id\` integer NOT NULL,
  	\`period_start\` text NOT NULL,
  	\`period_end\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`percent\` numeric NOT NULL,
  	\`workflow\` text DEFAULT 'draft' NOT NULL,
  	\`review_note\` text,
  	\`submitted_at\` text,
  	\`validated_at\` text,
  	\`validated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`measure_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`validated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`progress_reports_measure_idx\` ON \`progress_reports\` (\`measure_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_partner_idx\` ON \`progress_reports\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_period_end_idx\` ON \`progress_reports\` (\`period_end\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_workflow_idx\` ON \`progress_reports\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_validated_at_idx\` ON \`progress_reports\` (\`validated_at\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_validated_by_idx\` ON \`progress_reports\` (\`validated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_updated_at_idx\` ON \`progress_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_created_at_idx\` ON \`progress_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`progress_reports_locales\` (
  	\`account\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`progress_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`progress_reports_locales_locale_parent_id_unique\` ON \`progress_reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`progress_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`progress_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`progress_reports_rels_order_idx\` ON \`progress_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_rels_parent_idx\` ON \`progress_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_rels_path_idx\` ON \`progress_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`progress_reports_rels_documents_id_idx\` ON \`progress_reports_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_evaluations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`author\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_evaluations_order_idx\` ON \`indicators_evaluations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_evaluations_parent_id_idx\` ON \`indicators_evaluations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_evaluations_locales\` (
  	\`note\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators_evaluations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_evaluations_locales_locale_parent_id_unique\` ON \`indicators_evaluations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`objective_id\` integer NOT NULL,
  	\`unit\` text NOT NULL,
  	\`direction\` text NOT NULL,
  	\`source_url\` text,
  	\`baseline_value\` numeric NOT NULL,
  	\`baseline_date\` text NOT NULL,
  	\`target_value\` numeric NOT NULL,
  	\`target_date\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`objective_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_objective_idx\` ON \`indicators\` (\`objective_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicators_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`source\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_slug_idx\` ON \`indicators_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_locales_locale_parent_id_unique\` ON \`indicators_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicator_observations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`unit\` text,
  	\`provisional\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`indicator_observations_indicator_idx\` ON \`indicator_observations\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`indicator_observations_updated_at_idx\` ON \`indicator_observations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicator_observations_created_at_idx\` ON \`indicator_observations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicator_observations_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicator_observations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicator_observations_locales_locale_parent_id_unique\` ON \`indicator_observations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_summits_priorities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`objective_id\` integer NOT NULL,
  	FOREIGN KEY (\`objective_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`social_summits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_summits_priorities_order_idx\` ON \`social_summits_priorities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_priorities_parent_id_idx\` ON \`social_summits_priorities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_priorities_objective_idx\` ON \`social_summits_priorities\` (\`objective_id\`);`)
  await db.run(sql`CREATE TABLE \`social_summits_priorities_locales\` (
  	\`text\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`social_summits_priorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`social_summits_priorities_locales_locale_parent_id_unique\` ON \`social_summits_priorities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_summits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`date\` text NOT NULL,
  	\`plan_version_id\` integer NOT NULL,
  	\`snapshot_taken_at\` text,
  	\`snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_version_id\`) REFERENCES \`plan_versions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`social_summits_year_idx\` ON \`social_summits\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_plan_version_idx\` ON \`social_summits\` (\`plan_version_id\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_updated_at_idx\` ON \`social_summits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_created_at_idx\` ON \`social_summits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`social_summits_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`participants\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`social_summits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`social_summits_locales_locale_parent_id_unique\` ON \`social_summits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_summits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`social_summits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_summits_rels_order_idx\` ON \`social_summits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_rels_parent_idx\` ON \`social_summits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_rels_path_idx\` ON \`social_summits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`social_summits_rels_documents_id_idx\` ON \`social_summits_rels\` (\`documents_id\`);`)
  await db.run(sql`ALTER TABLE \`users_rels\` ADD \`partners_id\` integer REFERENCES partners(id);`)
  await db.run(sql`CREATE INDEX \`users_rels_partners_id_idx\` ON \`users_rels\` (\`partners_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plan_items_id\` integer REFERENCES plan_items(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`partners_id\` integer REFERENCES partners(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`progress_reports_id\` integer REFERENCES progress_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicators_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicator_observations_id\` integer REFERENCES indicator_observations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`social_summits_id\` integer REFERENCES social_summits(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_items_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicator_observations_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_observations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_summits_id_idx\` ON \`payload_locked_documents_rels\` (\`social_summits_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand edit: the tables go last, each after the tables that reference it: with foreign keys on (the
  // pragma cannot turn them off inside the migration's transaction), dropping a table fails while a
  // table that references it also references one already dropped.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`administrations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`administrations_id\`) REFERENCES \`administrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_rels\`("id", "order", "parent_id", "path", "administrations_id") SELECT "id", "order", "parent_id", "path", "administrations_id" FROM \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_rels\` RENAME TO \`users_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_administrations_id_idx\` ON \`users_rels\` (\`administrations_id\`);`)
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
  	\`contact_messages_id\` integer,
  	\`contact_topics_id\` integer,
  	\`email_outbox_id\` integer,
  	\`contact_attachments_id\` integer,
  	\`contact_deletions_id\` integer,
  	\`contact_counters_id\` integer,
  	\`users_id\` integer,
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
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_topics_id\`) REFERENCES \`contact_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_outbox_id\`) REFERENCES \`email_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_attachments_id\`) REFERENCES \`contact_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_deletions_id\`) REFERENCES \`contact_deletions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_counters_id\`) REFERENCES \`contact_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "administrations_id", "missions_id", "news_id", "themes_id", "audiences_id", "media_id", "documents_id", "document_files_id", "plan_versions_id", "contact_messages_id", "contact_topics_id", "email_outbox_id", "contact_attachments_id", "contact_deletions_id", "contact_counters_id", "users_id") SELECT "id", "order", "parent_id", "path", "pages_id", "administrations_id", "missions_id", "news_id", "themes_id", "audiences_id", "media_id", "documents_id", "document_files_id", "plan_versions_id", "contact_messages_id", "contact_topics_id", "email_outbox_id", "contact_attachments_id", "contact_deletions_id", "contact_counters_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`email_outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_deletions_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_deletions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP TABLE \`plan_items_partners\`;`)
  await db.run(sql`DROP TABLE \`plan_items_locales\`;`)
  await db.run(sql`DROP TABLE \`plan_items_rels\`;`)
  await db.run(sql`DROP TABLE \`partners_locales\`;`)
  await db.run(sql`DROP TABLE \`progress_reports_evidence_locales\`;`)
  await db.run(sql`DROP TABLE \`progress_reports_evidence\`;`)
  await db.run(sql`DROP TABLE \`progress_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`progress_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`progress_reports\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`indicators_evaluations_locales\`;`)
  await db.run(sql`DROP TABLE \`indicators_evaluations\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`indicator_observations_locales\`;`)
  await db.run(sql`DROP TABLE \`indicator_observations\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`social_summits_priorities_locales\`;`)
  await db.run(sql`DROP TABLE \`social_summits_priorities\`;`)
  await db.run(sql`DROP TABLE \`plan_items\`;`)
  await db.run(sql`DROP TABLE \`social_summits_locales\`;`)
  await db.run(sql`DROP TABLE \`social_summits_rels\`;`)
  await db.run(sql`DROP TABLE \`social_summits\`;`)
}
