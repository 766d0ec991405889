import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "document_files" ADD COLUMN "prefix" varchar DEFAULT 'documents';
  ALTER TABLE "document_files" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "document_files" DROP COLUMN "prefix";
  ALTER TABLE "document_files" DROP COLUMN "_objectkey";`)
}
