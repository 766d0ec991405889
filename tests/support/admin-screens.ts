/**
 * Moving through the admin in a browser test as a person does: following the links a screen
 * shows, which the admin (a single-page app) follows without loading the page again. A page load
 * costs Chromium about three times the CPU of such a navigation (1.6 s against 0.5 s a screen,
 * measured on the lists), and the walk of tests/e2e/admin-hosts.test.ts opens some eighty.
 */
import type { Page } from 'playwright-core'

/**
 * A wait for the page's network to be quiet (no request in flight for half a second), after a
 * page load or a navigation inside the admin alike: Playwright's `networkidle` belongs to a page
 * load, and is long reached when the admin draws another screen without one. Listens from the
 * moment it is made.
 */
export function quietNetwork(page: Page): (timeout?: number) => Promise<void> {
  let inFlight = 0
  let lastChange = Date.now()
  const change = (by: number) => () => {
    inFlight += by
    lastChange = Date.now()
  }
  page.on('request', change(1))
  page.on('requestfinished', change(-1))
  page.on('requestfailed', change(-1))
  return async (timeout = 15_000) => {
    const started = Date.now()
    while (Date.now() - started < timeout && (inFlight > 0 || Date.now() - lastChange < 500)) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

/**
 * Opens an admin screen by a link the current screen shows (the menu to a list or a global, a
 * list's row to its edit screen), else by its address, and waits until Payload has drawn its
 * frame. `path` is the address's path, `/admin/…`.
 */
export async function openScreen(page: Page, serverUrl: string, path: string): Promise<void> {
  const link = page.locator(`a[href="${path}"]:visible`).first()
  const followed =
    (await link.count()) > 0 &&
    (await link.click({ timeout: 2000 }).then(
      () => true,
      () => false,
    ))
  if (followed) await page.waitForURL((url) => url.pathname === path)
  else await page.goto(serverUrl + path)
  await page.waitForSelector('.template-default, .template-minimal')
}
