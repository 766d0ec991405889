import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { waitForSchema } from './schema-wait'

describe('waitForSchema', () => {
  it('waits until the database has this version’s migrations, saying once what it waits for', async () => {
    const answers = ['migrations not applied: b', 'migrations not applied: b', undefined]
    const warned: string[] = []
    await waitForSchema(
      async () => answers.shift(),
      (message) => warned.push(message),
      1000,
      1,
    )
    assert.equal(answers.length, 0)
    assert.equal(warned.length, 1)
    assert.match(warned[0]!, /migrations not applied: b/)
  })

  it('gives up rather than serve from another schema', async () => {
    await assert.rejects(
      waitForSchema(
        async () => 'database not reachable',
        () => undefined,
        5,
        2,
      ),
      /not at this version's schema .*database not reachable/,
    )
  })
})
