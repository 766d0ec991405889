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

/** The screens this signed-in browser may open, from what Payload tells the admin it may do. */
async function screensOf(page: Page): Promise<string[]> {
  const access = (await (await page.request.get(`${server.url}/api/access`)).json()) as {
    collections: Record<string, Permission>
    globals: Record<string, Permission>
  }
  const screens = ['/admin', '/admin/account']
  for (const [slug, permission] of Object.entries(access.collections)) {
    if (!may(permission.read) || slug.startsWith('payload-')) continue
    screens.push(`/admin/collections/${slug}`)
    const found = (await (await page.request.get(`${server.url}/api/${slug}?limit=1&depth=0`)).json()) as { docs?: { id: number }[] }
    const id = found.docs?.[0]?.id
    if (id !== undefined) screens.push(`/admin/collections/${slug}/${id}`)
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

/** The dashboard, one's account, and the lists and edit screens of these collections. */
const screensIn = (collections: readonly string[]): RegExp =>
  new RegExp(`^/admin(/account|/collections/(${collections.join('|')})(/\\d+)?)?$`)

/**
 * Where each role's screens differ from the admin's (who reaches them all): a translator's where
 * they translate (the other languages' text beside each field, read-only shared fields); a contact
 * handler's in the inbox (its own menu, answer preview, standard replies); a partner's in the
 * tracker (the report workflow's buttons). Elsewhere they read, drawn by the same components the
 * admin's walk already loaded, the screens the admin edits.
 */
const DRAWN_DIFFERENTLY: Partial<Record<Role, RegExp>> = {
  translator: screensIn(['pages', 'news', 'documents']),
  'contact-handler': screensIn(['contact-messages', 'contact-topics', 'contact-attachments', 'standard-replies', 'email-outbox']),
  partner: screensIn(['progress-reports', 'plan-items', 'partners', 'indicators', 'indicator-observations', 'social-summits']),
}

describe('no admin screen requests another host', () => {
  for (const role of STAFF_ROLES) {
    it(`as ${role}`, { timeout: 600_000 }, async () => {
      const account = await accountFor(role)
      const context = await browser.newContext({ locale: 'nl', bypassCSP: true, viewport: { width: 1280, height: 900 } })
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
        const only = DRAWN_DIFFERENTLY[role]
        const screens = (await screensOf(page)).filter((path) => !only || only.test(path))
        assert.ok(screens.length >= 5, `${role} reaches ${screens.join(', ')}`)
        for (const path of screens) {
          screen = path
          await page.goto(server.url + path)
          await page.waitForSelector('.template-default, .template-minimal')
          // Editors (the code editor among them) load after the page: give them the time to ask.
          await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
        }
        assert.deepEqual(elsewhere, [], `requests to other hosts as ${role}`)
      } finally {
        await context.close()
      }
    })
  }
})
