/**
 * The last backup on the admins' "needs my attention" dashboard, in Dutch and French through the
 * admin in Chromium: with a nightly schedule set and no backup yet it asks for attention; after
 * `npm run backup` it says when the last one succeeded. axe on the dashboard in both languages.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { backupAttentionMessages } from '@/operations/backup/attention/messages'
import { checkAxe, signedInThroughForm } from '../support/admin-browser'
import { runScript } from '../support/scripts'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import { type Belfort, startBelfort } from '../support/server'

const backups = mkdtempSync(path.join(tmpdir(), 'belfort-dashboard-backups-'))
const PASSWORD = 'een-lange-zin-voor-het-dashboard-2026'
const ADMINS = { nl: 'beheerder@belfort.test', fr: 'administrateur@belfort.test' } as const
let server: Belfort
let browser: Browser

before(
  async () => {
    ;[server, browser] = await Promise.all([
      // Scheduled at 02:00: it does not run during the test, but the dashboard expects one a night.
      startBelfort({ env: { BACKUP_SCHEDULE: '0 0 2 * * *', BACKUP_DIR: backups } }),
      launchBrowser(),
    ])
    const api = await adminSession(server.url)
    for (const [language, email] of Object.entries(ADMINS)) {
      const created = await api('/api/users', {
        method: 'POST',
        body: JSON.stringify({ email, password: PASSWORD, roles: ['admin'], language }),
      })
      assert.equal(created.status, 201, await created.text())
    }
  },
  { timeout: 240_000 },
)
after(async () => {
  await browser?.close().catch(() => undefined)
  await server?.stop()
  rmSync(backups, { recursive: true, force: true })
})

async function backupLine(page: Page): Promise<{ count: string; text: string }> {
  await page.goto(`${server.url}/admin`)
  const item = page.locator('[data-attention="backup-age"]')
  await item.waitFor()
  return { count: ((await item.locator('[data-attention-count]').textContent()) ?? '').trim(), text: (await item.textContent()) ?? '' }
}

describe('the last backup on the dashboard', () => {
  it('asks for attention while no backup succeeded, then says when one did (nl, fr)', { timeout: 180_000 }, async () => {
    const pages = {} as Record<keyof typeof ADMINS, Page>
    for (const language of Object.keys(ADMINS) as (keyof typeof ADMINS)[]) {
      pages[language] = (await signedInThroughForm(browser, server.url, language, ADMINS[language], PASSWORD)).page
      const before = await backupLine(pages[language])
      assert.equal(before.count, '1')
      assert.ok(before.text.includes(backupAttentionMessages[language].overdue), before.text)
      assert.ok(before.text.includes(backupAttentionMessages[language].never), before.text)
      await checkAxe(pages[language], `the dashboard in ${language}`)
    }
    const backup = await runScript('backup', [], { DATA_DIR: server.dataDir, BACKUP_DIR: backups })
    assert.equal(backup.code, 0, backup.output)
    const expected = { nl: /Laatste geslaagde back-up: \d+ [a-z]+ 20\d\d/, fr: /Dernière sauvegarde réussie : \d+ [a-zéû]+ 20\d\d/ }
    for (const language of Object.keys(ADMINS) as (keyof typeof ADMINS)[]) {
      const now = await backupLine(pages[language])
      assert.equal(now.count, '0')
      assert.ok(now.text.includes(backupAttentionMessages[language].current), now.text)
      assert.match(now.text, expected[language])
      await checkAxe(pages[language], `the dashboard in ${language}, after a backup`)
    }
  })
})
