/**
 * No admin screen asks another host for anything: each staff role signs in through the admin and
 * visits every screen it can reach (the dashboard, every list, an edit screen per collection, the
 * globals, its account) while the test listens to the browser's requests. The content policy would
 * block such a request anyway; the browser here ignores it (`bypassCSP`), so that the test sees
 * what the admin's code asks for, not what the policy lets through, and every request to another
 * host is stopped here, before it leaves the machine.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import type { Role } from '@/access/roles'
import { openScreen, quietNetwork } from '../support/admin-screens'
import { launchBrowser } from '../support/chromium'
import { adminApiForThisFile, serverForThisFile } from '../support/for-this-file'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/server'

const server = serverForThisFile({ env: { STAFF_2FA: 'optional' } })
const api = adminApiForThisFile(server)
let browser: Browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser?.close())

const PASSWORD = 'a-long-enough-test-password-for-hosts'

async function firstId(path: string): Promise<number> {
  const body = (await (await api(`${path}?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
  const id = body.docs[0]?.id
  assert.ok(id, `a document in ${path}`)
  return id
}

/** An account of this role (with what the role needs to see anything: its administration, its organisation). */
async function accountFor(role: Role): Promise<{ email: string; password: string }> {
  if (role === 'admin') return { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }
  const email = `${role}@hosts.test`
  const extra =
    role === 'contact-handler'
      ? { administrations: [await firstId('/api/administrations')] }
      : role === 'partner'
        ? { partners: [await firstId('/api/partners')] }
        : {}
  const created = await api('/api/users', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD, roles: [role], ...extra }) })
  assert.equal(created.status, 201, await created.text())
  return { email, password: PASSWORD }
}

interface Permission {
  read?: boolean | { permission?: boolean }
}
const may = (grant: Permission['read']): boolean => (typeof grant === 'object' ? grant.permission === true : grant === true)

/** A collection's list and, when this browser may read one, the edit screen of its first document. */
async function screensOfCollection(page: Page, slug: string): Promise<string[]> {
  const found = (await (await page.request.get(`${server.url}/api/${slug}?limit=1&depth=0`)).json()) as { docs?: { id: number }[] }
  const id = found.docs?.[0]?.id
  return id === undefined ? [`/admin/collections/${slug}`] : [`/admin/collections/${slug}`, `/admin/collections/${slug}/${id}`]
}

/**
 * The screens this signed-in browser may open: the dashboard, its account, and the collections
 * `only` names or else every collection and global Payload tells the admin it may read.
 */
async function screensOf(page: Page, only?: readonly string[]): Promise<string[]> {
  const screens = ['/admin', '/admin/account']
  if (only) {
    for (const slug of only) screens.push(...(await screensOfCollection(page, slug)))
    return screens
  }
  const access = (await (await page.request.get(`${server.url}/api/access`)).json()) as {
    collections: Record<string, Permission>
    globals: Record<string, Permission>
  }
  for (const [slug, permission] of Object.entries(access.collections)) {
    if (may(permission.read) && !slug.startsWith('payload-')) screens.push(...(await screensOfCollection(page, slug)))
  }
  for (const [slug, permission] of Object.entries(access.globals)) {
    if (may(permission.read)) screens.push(`/admin/globals/${slug}`)
  }
  return screens
}

// The admin reaches every screen; the others are the roles whose screens are drawn differently (read-only
// shared fields, the inbox's own menu and components, the partner's narrow menu and workflow buttons).
// Editors, the follow-up cell and evaluators see screens the admin already saw, drawn the same way.
const STAFF_ROLES: readonly Role[] = ['admin', 'translator', 'contact-handler', 'partner']

/**
 * Where each role's screens differ from the admin's (who reaches them all): a translator's where
 * they translate (the other languages' text beside each field, read-only shared fields); a contact
 * handler's in the inbox (its own menu, answer preview, standard replies); a partner's in the
 * tracker (the report workflow's buttons). Elsewhere they read, drawn by the same components the
 * admin's walk already loaded, the screens the admin edits. Named here rather than found through
 * /api/access, which does not count a read limited to one's own administration or organisation.
 */
const DRAWN_DIFFERENTLY: Partial<Record<Role, readonly string[]>> = {
  translator: ['pages', 'news', 'documents'],
  'contact-handler': ['contact-messages', 'contact-topics', 'contact-attachments', 'standard-replies', 'email-outbox', 'page-feedback'],
  partner: ['progress-reports', 'plan-items', 'partners', 'indicators', 'indicator-observations', 'social-summits'],
}

describe('no admin screen requests another host', () => {
  for (const role of STAFF_ROLES) {
    it(`as ${role}`, { timeout: 600_000 }, async () => {
      const account = await accountFor(role)
      const context = await browser.newContext({ locale: 'nl', bypassCSP: true, viewport: { width: 1600, height: 900 } })
      try {
        const origin = new URL(server.url).origin
        const elsewhere: string[] = []
        let screen = '(sign-in)'
        await context.route('**/*', (route) => {
          const url = route.request().url()
          if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
          elsewhere.push(`${screen}: ${url}`)
          return route.abort('blockedbyclient')
        })
        const page = await context.newPage()
        await page.goto(`${server.url}/admin/login`)
        await page.fill('#field-email', account.email)
        await page.fill('#field-password', account.password)
        await page.press('#field-password', 'Enter')
        await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
        const screens = await screensOf(page, DRAWN_DIFFERENTLY[role])
        assert.ok(screens.length >= 5, `${role} reaches ${screens.join(', ')}`)
        // Screens are followed through the admin's own links where it shows one (see admin-screens.ts).
        const quiet = quietNetwork(page)
        for (const path of screens) {
          screen = path
          await openScreen(page, server.url, path)
          // Editors (the code editor among them) load after the screen: give them the time to ask.
          await quiet()
        }
        assert.deepEqual(elsewhere, [], `requests to other hosts as ${role}`)
      } finally {
        await context.close()
      }
    })
  }
})
