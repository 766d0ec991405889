/**
 * Every account operation ends the transactions it began. A forgot-password request for a known
 * account once left its own open (the audit record's transaction took its place on the request):
 * on PostgreSQL each one kept a connection out of the pool until, ten requests later, every sign-in
 * and save waited forever.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getLocalI18n, type PayloadRequest } from 'payload'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()
const STRONG = 'violet-umbrella-sings-quietly-42'
const OTHER_STRONG = 'copper-lantern-drifts-north-17'

async function from(address: string): Promise<Partial<PayloadRequest>> {
  return {
    headers: new Headers({ 'x-belfort-client-address': address }),
    i18n: await getLocalI18n({ config: payload.config, language: 'fr' }),
  }
}

/** The transactions the database adapter still holds open. */
const openTransactions = () => Object.keys((payload.db as unknown as { sessions: Record<string, unknown> }).sessions)

async function leavesNoTransactionOpen(what: string, run: () => Promise<unknown>): Promise<void> {
  await run().catch(() => undefined)
  assert.deepEqual(openTransactions(), [], `${what} left a transaction open`)
}

describe('account operations and their transactions', () => {
  it('a forgot-password request, a sign-in, a failed or throttled one, a reset and a password change leave no transaction open', async () => {
    const person = await payload.create({
      collection: 'users',
      data: { email: 'transactions@example.test', password: STRONG, name: 'Tess Transaction', roles: ['editor'] },
      overrideAccess: true,
    })
    const email = person.email
    await leavesNoTransactionOpen('forgot password, unknown account', async () =>
      payload.forgotPassword({ collection: 'users', data: { email: 'nobody@example.test' }, req: await from('198.51.100.1') }),
    )
    await leavesNoTransactionOpen('forgot password, known account', async () =>
      payload.forgotPassword({ collection: 'users', data: { email }, req: await from('198.51.100.2') }),
    )
    await leavesNoTransactionOpen('sign-in', async () =>
      payload.login({ collection: 'users', data: { email, password: STRONG }, req: await from('198.51.100.3') }),
    )
    await leavesNoTransactionOpen('wrong password', async () =>
      payload.login({ collection: 'users', data: { email, password: 'not-the-password-at-all' }, req: await from('198.51.100.3') }),
    )
    for (let i = 0; i < 8; i++) {
      await leavesNoTransactionOpen(`wrong password ${i} from one address (throttled)`, async () =>
        payload.login({
          collection: 'users',
          data: { email: 'nobody@example.test', password: 'not-the-password-at-all' },
          req: await from('198.51.100.4'),
        }),
      )
    }
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    assert.deepEqual(openTransactions(), [], 'forgot password without email left a transaction open')
    await leavesNoTransactionOpen('reset with a token', async () =>
      payload.resetPassword({
        collection: 'users',
        data: { token, password: OTHER_STRONG },
        overrideAccess: true,
        req: await from('198.51.100.5'),
      }),
    )
    await leavesNoTransactionOpen('reset with a wrong token', async () =>
      payload.resetPassword({
        collection: 'users',
        data: { token: 'f'.repeat(40), password: STRONG },
        overrideAccess: true,
        req: await from('198.51.100.6'),
      }),
    )
    await leavesNoTransactionOpen('password change with the current password', async () =>
      payload.update({
        collection: 'users',
        id: person.id,
        data: { password: STRONG, currentPassword: OTHER_STRONG },
        user: person,
        overrideAccess: false,
      }),
    )
  })

  it('a burst of forgot-password requests for known accounts leaves every sign-in able to go on', { timeout: 60_000 }, async () => {
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        payload.create({
          collection: 'users',
          data: { email: `burst${i}@example.test`, password: STRONG, name: `Burst Person${i}`, roles: ['editor'] },
          overrideAccess: true,
        }),
      ),
    )
    for (const [i, person] of people.entries()) {
      await payload.forgotPassword({
        collection: 'users',
        data: { email: person.email },
        disableEmail: true,
        req: await from(`198.51.100.${100 + i}`),
      })
    }
    const signedIn = await payload.login({
      collection: 'users',
      data: { email: people[0]!.email, password: STRONG },
      req: await from('198.51.100.99'),
    })
    assert.ok(signedIn.token || signedIn.user)
    assert.deepEqual(openTransactions(), [])
  })
})
