import { randomBytes } from 'node:crypto'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { type Payload, ValidationError } from 'payload'
import { passwordProblem } from '@/accounts/password-policy'
import { readEnvironment } from '@/environment'
import { logger } from '@/operations/logging/logger'

/** Where a generated first-admin password is written: readable by the server's user only, never logged. */
export const FIRST_ADMIN_PASSWORD_FILE = 'first-admin-password'

/** A random password the password policy accepts (24 random characters nearly always do; a rare weak draw is drawn again). */
async function generatePassword(owner: { email: string; name: string }): Promise<string> {
  for (;;) {
    const password = randomBytes(18).toString('base64url')
    if (!(await passwordProblem(password, owner))) return password
  }
}

/** Writes the password to DATA_DIR with mode 600 (replacing a file left by an earlier database) and answers its path. */
function writePasswordFile(dataDir: string, email: string, password: string): string {
  // With PAYLOAD_SECRET and PostgreSQL given, nothing else may have made the folder yet.
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, FIRST_ADMIN_PASSWORD_FILE)
  const draft = `${file}.${process.pid}.tmp`
  writeFileSync(draft, `${email}\n${password}\n`, { mode: 0o600, flag: 'wx' })
  renameSync(draft, file)
  return file
}

async function createAdmin(payload: Payload, email: string, password: string): Promise<void> {
  try {
    await payload.create({ collection: 'users', data: { email, password, name: 'Administrator', roles: ['admin'] }, overrideAccess: true })
  } catch (error) {
    // An ADMIN_PASSWORD the policy refuses: say why, not just "invalid field".
    if (error instanceof ValidationError)
      throw new Error(`Cannot create the admin account ${email}: ${error.data.errors.map((e) => e.message).join(' ')}`)
    throw error
  }
}

/**
 * Makes sure somebody can sign in to the back office: the account from ADMIN_EMAIL/ADMIN_PASSWORD,
 * or, on a database without users, a generated one. A generated password is written to a file in
 * DATA_DIR that only the server's user can read, and the log says where (never the password).
 */
export async function ensureFirstAdmin(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const given = env.ADMIN_EMAIL?.trim()
  if (given) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: given.toLowerCase() } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) return
  } else {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs > 0) return
  }
  const email = given || 'admin@belfort.local'
  if (given && env.ADMIN_PASSWORD) return createAdmin(payload, email, env.ADMIN_PASSWORD)
  const password = await generatePassword({ email, name: 'Administrator' })
  await createAdmin(payload, email, password)
  const file = writePasswordFile(readEnvironment(env).dataDir, email, password)
  logger.info(
    `Created the admin account ${email}; its password is in ${file} (readable by this user only). Sign in, change it, then delete the file.`,
  )
}
