/**
 * Run by prepareMigratedStart (migrated-start.ts): applies the committed migrations to an empty
 * database in the DATA_DIR given as argument (SQLite), or to a new database on the test
 * PostgreSQL server when BELFORT_TEST_DB=postgres, closes it, and prints the MigratedStart as JSON
 * on its last line. The PostgreSQL database stays, to be copied; it goes with the run's databases.
 */
import { startTestPayload } from '../integration/payload-instance'

const dataDir = process.argv[2]
if (!dataDir) throw new Error('make-migrated-start: give the DATA_DIR to migrate in')
const instance = await startTestPayload({ keepIn: dataDir })
await instance.close()
console.log(JSON.stringify({ dataDir, database: instance.database }))
process.exit(0)
