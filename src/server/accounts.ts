import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * Makes sure somebody can sign in to the back office: the account from ADMIN_EMAIL/ADMIN_PASSWORD,
 * or, on a database without users, a generated one whose password is printed once.
 */
export async function ensureFirstAdmin(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const email = env.ADMIN_EMAIL?.trim()
  if (email) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: email.toLowerCase() } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) return
    const password = env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
    await payload.create({ collection: 'users', data: { email, password, name: 'Administrator', roles: ['admin'] }, overrideAccess: true })
    if (!env.ADMIN_PASSWORD) console.log(`Created the admin account ${email} with password: ${password}  (shown once; change it in /admin)`)
    return
  }
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  const password = randomBytes(12).toString('base64url')
  const generated = 'admin@belfort.local'
  await payload.create({
    collection: 'users',
    data: { email: generated, password, name: 'Administrator', roles: ['admin'] },
    overrideAccess: true,
  })
  console.log(`Created the admin account ${generated} with password: ${password}  (shown once; change it in /admin)`)
}
