import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The content store (src/content-store), outside Payload's schema: each published document as an
 * anonymous visitor's Local API read returns it, per language, fallback and depth, and what each
 * document's rows depend on, so that a change re-projects the rows that show it. `data` is the
 * answer's JSON text as Payload gave it (key order kept); queries read it as jsonb.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "content_store" (
  	"collection" varchar NOT NULL,
  	"doc_id" integer NOT NULL,
  	"locale" varchar NOT NULL,
  	"fallback" varchar NOT NULL,
  	"depth" integer NOT NULL,
  	"slug" varchar,
  	"data" text NOT NULL,
  	PRIMARY KEY ("collection", "locale", "fallback", "depth", "doc_id")
  );
  CREATE INDEX "content_store_slug_idx" ON "content_store" USING btree ("collection", "locale", "fallback", "depth", "slug");
  CREATE TABLE "content_store_dependencies" (
  	"tag" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" integer NOT NULL,
  	PRIMARY KEY ("tag", "collection", "doc_id")
  );
  CREATE INDEX "content_store_dependencies_doc_idx" ON "content_store_dependencies" USING btree ("collection", "doc_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "content_store_dependencies"; DROP TABLE "content_store";`)
}
