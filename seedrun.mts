import { spawnSync } from 'node:child_process'
import { startPostgres, stopPostgres } from './tests/support/postgres'
import { prepareSeededStart, removeSeededStart, SEEDED_START } from './tests/support/seeded-start'
process.env.BELFORT_TEST_RUN = 'seedprobe'
const url = (await startPostgres()).url
let t = Date.now()
const [s, p] = await Promise.all([prepareSeededStart('sqlite'), prepareSeededStart('postgres')])
console.log('seeded in', Date.now() - t, JSON.stringify(p))
for (const [file, db, seeded] of [['tests/e2e/news.test.ts', 'sqlite', s], ['tests/e2e/site.pg.test.ts', 'postgres', p]] as const) {
  t = Date.now()
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=dot', file], { stdio: 'inherit', env: { ...process.env, BELFORT_TEST_DB: db, DATABASE_URL_TEST: url, [SEEDED_START]: JSON.stringify(seeded), BELFORT_REUSE_ADMIN_BUILD: '1' } })
  console.log(file, 'status', r.status, Date.now() - t, 'ms')
}
removeSeededStart(s); removeSeededStart(p)
await stopPostgres()
