import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search_best_bets_rels\` ADD \`missions_id\` integer REFERENCES missions(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`search_best_bets_rels\` ADD \`plan_items_id\` integer REFERENCES plan_items(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`search_best_bets_rels\` ADD \`indicators_id\` integer REFERENCES indicators(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`search_best_bets_rels\` ADD \`social_summits_id\` integer REFERENCES social_summits(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`search_best_bets_rels\` ADD \`partners_id\` integer REFERENCES partners(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_missions_id_idx\` ON \`search_best_bets_rels\` (\`missions_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_plan_items_id_idx\` ON \`search_best_bets_rels\` (\`plan_items_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_indicators_id_idx\` ON \`search_best_bets_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_social_summits_id_idx\` ON \`search_best_bets_rels\` (\`social_summits_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_partners_id_idx\` ON \`search_best_bets_rels\` (\`partners_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_search_best_bets_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_search_best_bets_rels\`("id", "order", "parent_id", "path", "services_id", "pages_id", "news_id", "administrations_id", "documents_id") SELECT "id", "order", "parent_id", "path", "services_id", "pages_id", "news_id", "administrations_id", "documents_id" FROM \`search_best_bets_rels\`;`)
  await db.run(sql`DROP TABLE \`search_best_bets_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_search_best_bets_rels\` RENAME TO \`search_best_bets_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_order_idx\` ON \`search_best_bets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_parent_idx\` ON \`search_best_bets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_path_idx\` ON \`search_best_bets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_services_id_idx\` ON \`search_best_bets_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_pages_id_idx\` ON \`search_best_bets_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_news_id_idx\` ON \`search_best_bets_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_administrations_id_idx\` ON \`search_best_bets_rels\` (\`administrations_id\`);`)
  await db.run(sql`CREATE INDEX \`search_best_bets_rels_documents_id_idx\` ON \`search_best_bets_rels\` (\`documents_id\`);`)
}
