/**
 * What the restore drills (tests/e2e/backup-restore*.test.ts) share: content added on top of the demo
 * (a news item with an image, a contact message with an attachment, a validated progress report, a
 * document with its PDF, an editor), the backup and restore commands run as an operator runs them,
 * and the comparison of two sites: every public page, the counts and the stored files.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { adminSession, FILES, submitContact } from './contact'
import { type CrawledPage, crawl } from './crawl'
import { documentImportFolder, runScript } from './scripts'

export const EDITOR = { email: 'redacteur@belfort.test', password: 'een-lange-zin-voor-de-herstelproef-2026' }
export const DRILL_NEWS = 'Herstelproef: het Belfort is terug'
export const DRILL_DOCUMENT = 'Verslag van de herstelproef 2026'

/** Adds what a drill must find again after the restore; on a running, seeded server. */
export async function addDrillContent(serverUrl: string, env: Record<string, string | undefined>): Promise<void> {
  const api = await adminSession(serverUrl)
  const send = async (pathname: string, init: RequestInit, expected = 201) => {
    const response = await api(pathname, init)
    const text = await response.text()
    assert.equal(response.status, expected, `${pathname}: ${text.slice(0, 400)}`)
    return JSON.parse(text) as { doc: { id: number } }
  }
  const image = new FormData()
  image.append('file', new Blob([Buffer.from(await FILES.png())], { type: 'image/png' }), 'belfort-herstel.png')
  image.append('_payload', JSON.stringify({ alt: 'Het Belfort na de herstelproef' }))
  const media = await send('/api/media?locale=nl', { method: 'POST', body: image })
  await send('/api/news?locale=nl', {
    method: 'POST',
    body: JSON.stringify({ title: DRILL_NEWS, summary: DRILL_NEWS, slug: 'herstelproef', image: media.doc.id, _status: 'published' }),
  })
  const sent = await submitContact(serverUrl, {
    lang: 'nl',
    files: [{ name: 'bijlage.pdf', bytes: FILES.pdf(), type: 'application/pdf' }],
  })
  assert.equal(sent.status, 303, sent.body.slice(0, 400))
  const reports = (await (await api('/api/progress-reports?where[workflow][not_equals]=validated&limit=1&depth=0')).json()) as {
    docs: { id: number }[]
  }
  const report = reports.docs[0]
  assert.ok(report, 'the demo has a progress report that is not validated yet')
  await send(`/api/progress-reports/${report.id}`, { method: 'PATCH', body: JSON.stringify({ workflow: 'validated' }) }, 200)
  await send('/api/users', { method: 'POST', body: JSON.stringify({ ...EDITOR, roles: ['editor'] }) })
  // A document the way an operator adds real ones: the import command, with its PDF.
  const folder = await documentImportFolder({ title: DRILL_DOCUMENT, slug: 'herstelproef-2026' })
  const imported = await runScript('import-documents', [folder], env)
  assert.equal(imported.code, 0, imported.output)
}

/** The archive a backup wrote into `dir` (the one and only). */
export function archiveIn(dir: string): string {
  const found = readdirSync(dir).filter((name) => /^belfort-backup-\d{8}T\d{6}Z\.belfort$/.test(name))
  assert.equal(found.length, 1, `one archive in ${dir}: ${found.join(', ')}`)
  return path.join(dir, found[0]!)
}

/** `collection  count` lines of a command's output. */
export function printedCounts(output: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const match of output.matchAll(/^ {2}([a-z-]+) +(\d+)$/gm)) counts[match[1]!] = Number(match[2])
  return counts
}

/** A page as two servers must agree on it: without their own address and what is made for each request (nonces, the spam check). */
function normalise(body: string, serverUrl: string): string {
  const host = new URL(serverUrl).host
  return (
    body
      .replaceAll(serverUrl, 'SERVER')
      .replaceAll(host, 'HOST')
      .replace(/nonce="[^"]*"/g, 'nonce=""')
      // The contact form's spam check is made for each request.
      .replace(/data-challenge-(salt|target)="[^"]*"/g, 'data-challenge-$1=""')
      .replace(/name="challenge" value="[^"]*"/g, 'name="challenge" value=""')
  )
}

/** A site's public pages as walked at its address. */
export interface WalkedSite {
  url: string
  pages: Map<string, CrawledPage>
}

export async function walk(url: string): Promise<WalkedSite> {
  return { url, pages: await crawl(url) }
}

/**
 * Walks both sites and lists every page that differs (status or body), at most `limit`. `source` is
 * a server's address, or its pages already walked (a source restored twice is walked once).
 */
export async function compareSites(
  source: string | WalkedSite,
  after: string,
  limit = 10,
): Promise<{ pages: number; differences: string[] }> {
  const { url: before, pages: a } = typeof source === 'string' ? await walk(source) : source
  const b = await crawl(after)
  const differences: string[] = []
  for (const [pathname, page] of a) {
    const other: CrawledPage | undefined = b.get(pathname)
    if (!other) differences.push(`${pathname}: not reached after the restore`)
    else if (other.status !== page.status) differences.push(`${pathname}: ${page.status} before, ${other.status} after`)
    else if (normalise(other.body, after) !== normalise(page.body, before))
      differences.push(`${pathname}: different content${firstDifference(normalise(page.body, before), normalise(other.body, after))}`)
    if (differences.length >= limit) break
  }
  for (const pathname of b.keys())
    if (!a.has(pathname) && differences.length < limit) differences.push(`${pathname}: only after the restore`)
  return { pages: a.size, differences }
}

function firstDifference(a: string, b: string): string {
  let index = 0
  while (index < a.length && a[index] === b[index]) index += 1
  return ` (at ${index}: ${JSON.stringify(a.slice(Math.max(0, index - 60), index + 60))} vs ${JSON.stringify(b.slice(Math.max(0, index - 60), index + 60))})`
}

/** SHA-256 of every file under a data folder's upload folders, by path relative to it. */
export function storedFileHashes(dataDir: string): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const folder of ['media', 'contact-attachments', 'documents']) {
    let names: string[] = []
    try {
      names = readdirSync(path.join(dataDir, folder))
    } catch {
      continue
    }
    for (const name of names)
      hashes[`${folder}/${name}`] = createHash('sha256')
        .update(readFileSync(path.join(dataDir, folder, name)))
        .digest('hex')
  }
  return hashes
}
