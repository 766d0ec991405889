import { launchBrowser } from './chromium'
import { runAxe, formatViolations } from './axe'
const b = await launchBrowser()
for (const js of [true, false]) {
  const ctx = await b.newContext({ javaScriptEnabled: js })
  const page = await ctx.newPage()
  await page.goto('data:text/html,<html lang=en><title>x</title><a href="#"></a><main><h1>Hi</h1></main>')
  const t = Date.now()
  console.log('js', js, await runAxe(page).then((v) => formatViolations(v), (e) => 'ERR ' + e.message), Date.now() - t)
  await ctx.close()
}
await b.close()
