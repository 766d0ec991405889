import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkDeployExample, deployProblems } from '../../deploy/run-local'

/**
 * The deployment example in deploy/ (nginx in front of two instances on one PostgreSQL database)
 * runs on loopback and does what it promises: pages and open data kept by nginx's cache, the back
 * office and staff never.
 */
const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'

describe('the deployment example', { skip: onPostgres ? false : 'runs in the PostgreSQL pass' }, () => {
  it('serves through nginx with its cache, never caching the back office or staff, with HSTS on every location', async (t) => {
    const check = await checkDeployExample()
    if (!check) return t.skip('nginx is not installed and could not be (not root)')
    assert.deepEqual(deployProblems(check), [], JSON.stringify(check))
  })
})
