import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The sign-in throttle's counters (src/accounts/throttle/account-throttle.ts), outside Payload's
 * schema: the table rate-limiter-flexible's RateLimiterPostgres reads and writes, shared by every
 * instance. Keys are HMACs; `expire` is in milliseconds since the epoch.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "sign_in_throttle" (
  	"key" varchar(255) PRIMARY KEY,
  	"points" integer NOT NULL DEFAULT 0,
  	"expire" bigint
  );
  CREATE INDEX "sign_in_throttle_expire_idx" ON "sign_in_throttle" USING btree ("expire");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "sign_in_throttle";`)
}
