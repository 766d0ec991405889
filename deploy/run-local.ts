/**
 * `npm run deploy:local`: runs deploy/nginx.conf on loopback — TLS left out — in front of one full
 * (back-office) Belfort instance and two public-only ones (BELFORT_ROLE=public) on one throwaway
 * PostgreSQL database, checks that pages come through nginx and that a second request is served
 * from nginx's cache while the back office never is and reaches the full instance, that a publish
 * through the back office shows on both public instances within a second, and that a contact
 * message sent to a public instance lands in the inbox; then stops everything. Needs nginx
 * (installed from Debian when missing and running as root).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ensureCommand } from '../bench/wrk'
import { adminSession, referenceOf, storedReferences, submitContact } from '../tests/support/contact'
import { freePort } from '../tests/support/ports'
import { createTestDatabase, stopPostgres } from '../tests/support/postgres'
import { type Belfort, PUBLIC_ROLE_NODE_ARGS, payloadLoadedFor, startBelfort } from '../tests/support/server'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Instances for each of the example's upstreams; one list serves both (full instances answer everything). */
export type Upstreams = string[] | { backOffice: string[]; public: string[] }

/** An upstream block of the example with these servers, each keeping the example's parameters (max_fails, fail_timeout). */
function withServers(template: string, name: string, servers: string[]): (site: string) => string {
  const block = new RegExp(`upstream ${name} \\{[\\s\\S]*?\\n\\}`)
  const parameters = template.match(new RegExp(`upstream ${name} \\{[^}]*?\\n\\s*server [^\\s;]+([^;]*);`))?.[1] ?? ''
  const keepalive = template.match(block)?.[0].match(/keepalive \d+;/)?.[0] ?? 'keepalive 16;'
  return (site) =>
    site.replace(block, `upstream ${name} {\n${servers.map((u) => `    server ${u}${parameters};`).join('\n')}\n    ${keepalive}\n}`)
}

/**
 * deploy/nginx.conf as it is, but on loopback: our instances, our temp folder, no TLS block. The
 * HSTS header stays (clients ignore it over plain HTTP), so the check can see that it reaches every location.
 */
export function loopbackConfig(template: string, upstreams: Upstreams, port: number, dir: string): string {
  const withoutRedirect = template.replace(/server \{\s*listen 80;[\s\S]*?\n\}\n/, '')
  const { backOffice, public: visitors } = Array.isArray(upstreams) ? { backOffice: upstreams, public: upstreams } : upstreams
  const site = [withServers(template, 'belfort_back_office', backOffice), withServers(template, 'belfort_public', visitors)]
    .reduce((text, place) => place(text), withoutRedirect)
    .replace(/proxy_cache_path \/var\/cache\/nginx\/belfort/, `proxy_cache_path ${dir}/cache`)
    .replace(/listen 443 ssl;\s*http2 on;/, `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_\w+.*$/gm, '')
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  return `${user}\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 512; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n${site}\n}\n`
}

export interface DeployCheck {
  /** X-Cache-Status of the first and second request for /nl/ through nginx. */
  home: string[]
  admin: { status: number; cache: string | null }
  staffCache: string | null
  /** The open-data catalogue through nginx, twice: shared caches may keep it too. */
  data: { status: number; cache: string | null }[]
  /** Strict-Transport-Security as it came through each of the configuration's locations. */
  hsts: Record<string, string | null>
  /** `/api/...` asked of a public-only instance directly: 421 and its text. */
  publicApi: { status: number; body: string }
  /**
   * Milliseconds from a publish's answer (the change committed) through the full instance until each
   * public-only instance showed it; the request's own time is apart, in publishRequestMs: under a
   * loaded machine's tests it took most of the second by itself, which says nothing of the purge.
   */
  publishVisibleMs: number[]
  publishRequestMs: number
  /** Whether a contact message sent to a public-only instance was found in the inbox. */
  contactStored: boolean
  /**
   * What each public-only instance had loaded Payload for (its log's "Payload loaded … first needed
   * for …"; undefined: not loaded): after pages, a search, the open data and a publish, which need it
   * not; then at the end, after the staff request and the contact message, which do.
   */
  payloadLoadedFor: { afterPages: (string | undefined)[]; afterContact: (string | undefined)[] }
}

/** Why a public-only instance loaded Payload (server/lazy-payload.ts); undefined when it has not. */
const payloadLoadedBy = (instance: Belfort): string | undefined => payloadLoadedFor(instance.output())

const PAGE = '/nl/over-ons'

/** Publishes a new title for a page through the back office, then waits until every public instance shows it. */
async function publishToPublic(full: Belfort, publics: Belfort[]): Promise<{ visibleMs: number[]; requestMs: number }> {
  const api = await adminSession(full.url)
  const { docs } = (await (await api('/api/pages?where[slug][equals]=over-ons&locale=nl&depth=0')).json()) as { docs: { id: number }[] }
  for (const instance of publics) await (await fetch(instance.url + PAGE)).arrayBuffer()
  const title = `Over ons ${Date.now()}`
  const sent = performance.now()
  const response = await api(`/api/pages/${docs[0]!.id}?locale=nl`, {
    method: 'PATCH',
    body: JSON.stringify({ title, _status: 'published' }),
  })
  if (response.status !== 200) throw new Error(`publishing through the back office answered ${response.status}`)
  const started = performance.now()
  const visibleMs = await Promise.all(
    publics.map(async (instance) => {
      while (!(await (await fetch(instance.url + PAGE)).text()).includes(title)) {
        if (performance.now() - started > 10_000) return Number.POSITIVE_INFINITY
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return Math.round(performance.now() - started)
    }),
  )
  return { visibleMs, requestMs: Math.round(started - sent) }
}

/**
 * Starts the example (a full instance and two public-only ones on a new database of the running
 * PostgreSQL, nginx with the loopback version of deploy/nginx.conf), makes the requests the example
 * promises to handle, stops everything and says what it saw. Undefined when nginx is not installed.
 */
export async function checkDeployExample(): Promise<DeployCheck | undefined> {
  if (!ensureCommand('nginx', 'nginx-light')) return undefined
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-deploy-'))
  const database = await createTestDatabase()
  const instances: Belfort[] = []
  let nginx: ReturnType<typeof spawn> | undefined
  try {
    // One secret for all, as deploy/README.md asks: a form one instance sends is checked by another.
    const env = { PAYLOAD_SECRET: randomBytes(32).toString('hex') }
    // The public-only instances start together with the full one and wait for it to migrate the database.
    const [full, ...publics] = await Promise.all([
      startBelfort({ databaseUrl: database.url, env }),
      // Every line kept: the check looks for when each loaded Payload.
      ...[1, 2].map(() =>
        startBelfort({
          databaseUrl: database.url,
          env: { ...env, BELFORT_ROLE: 'public' },
          nodeArgs: PUBLIC_ROLE_NODE_ARGS,
          keepAllOutput: true,
        }),
      ),
    ])
    instances.push(full!, ...publics)
    const port = await freePort()
    const host = (instance: Belfort) => new URL(instance.url).host
    const conf = loopbackConfig(
      readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8'),
      { backOffice: [host(full!)], public: publics.map(host) },
      port,
      dir,
    )
    // Before nginx sends them anything: pages of each kind, a search, the open data and a publish, which a public-only instance serves without Payload.
    for (const instance of publics)
      for (const page of [
        '/nl/',
        '/fr/actualites',
        '/en/follow-up',
        '/nl/documenten',
        '/sitemap.xml',
        '/nl/zoeken?q=premie',
        '/data/catalog.jsonld',
      ])
        await (await fetch(instance.url + page)).arrayBuffer()
    const published = await publishToPublic(full!, publics)
    const afterPages = publics.map(payloadLoadedBy)
    writeFileSync(path.join(dir, 'nginx.conf'), conf)
    nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
    await new Promise((resolve) => setTimeout(resolve, 500))
    const base = `http://127.0.0.1:${port}`
    const statuses: string[] = []
    let stylesheet = ''
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${base}/nl/`, { headers: { 'accept-encoding': 'br' } })
      stylesheet = (await response.text()).match(/href="(\/assets\/[^"]+\.css)"/)?.[1] ?? ''
      if (response.status !== 200) throw new Error(`/nl/ through nginx answered ${response.status}`)
      statuses.push(response.headers.get('x-cache-status') ?? 'none')
    }
    // One address per location block of the configuration.
    const hsts: DeployCheck['hsts'] = {}
    for (const address of ['/nl/', '/admin/login', '/nl/contact', stylesheet, '/data/catalog.jsonld']) {
      const response = await fetch(base + address)
      await response.arrayBuffer()
      hsts[address] = response.headers.get('strict-transport-security')
    }
    const admin = await fetch(`${base}/admin/login`)
    await admin.arrayBuffer()
    const data: DeployCheck['data'] = []
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${base}/data/catalog.jsonld`)
      await response.arrayBuffer()
      data.push({ status: response.status, cache: response.headers.get('x-cache-status') })
    }
    const publicApi = await fetch(`${publics[0]!.url}/api/pages`, { headers: { 'accept-language': 'en' } })
    // A staff session is checked through Payload: a public-only instance loads it for this one.
    const staff = await fetch(`${base}/nl/`, { headers: { cookie: 'payload-token=x' } })
    await staff.arrayBuffer()
    const sent = await submitContact(publics[1]!.url)
    const reference = referenceOf(sent.location)
    const contactStored = reference !== undefined && (await storedReferences(await adminSession(full!.url))).includes(reference)
    return {
      publicApi: { status: publicApi.status, body: await publicApi.text() },
      publishVisibleMs: published.visibleMs,
      publishRequestMs: published.requestMs,
      contactStored,
      home: statuses,
      admin: { status: admin.status, cache: admin.headers.get('x-cache-status') },
      staffCache: staff.headers.get('x-cache-status'),
      data,
      hsts,
      payloadLoadedFor: { afterPages, afterContact: publics.map(payloadLoadedBy) },
    }
  } finally {
    nginx?.kill('SIGQUIT')
    await new Promise((resolve) => setTimeout(resolve, 300))
    nginx?.kill('SIGKILL')
    for (const instance of instances) await instance.stop()
    await database.drop().catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What must hold; the reasons it does not, empty when all is well (shared with the test). */
export function deployProblems(check: DeployCheck): string[] {
  const problems: string[] = []
  if (check.home[1] !== 'HIT') problems.push('the second request for /nl/ was not served from nginx’s cache')
  if (check.admin.cache) problems.push('the back office went through the cache')
  if (check.staffCache !== 'BYPASS') problems.push('a staff request was served from the shared cache')
  if (check.data.some((d) => d.status !== 200)) problems.push('the open-data catalogue did not come through nginx')
  if (check.data[1]?.cache !== 'HIT') problems.push('the open-data catalogue was not kept by nginx’s cache')
  for (const [address, hsts] of Object.entries(check.hsts)) if (!hsts) problems.push(`${address} came without Strict-Transport-Security`)
  if (check.admin.status !== 200)
    problems.push(`/admin/login through nginx answered ${check.admin.status}, not the back office's login page`)
  if (check.publicApi.status !== 421 || !/public website only/.test(check.publicApi.body))
    problems.push(`a public-only instance answered /api with ${check.publicApi.status}, not 421 naming the public site`)
  if (check.publishVisibleMs.some((ms) => ms > 1000))
    problems.push(
      `a publish took ${check.publishVisibleMs.join(' and ')} ms after its answer to show on the public-only instances (more than 1 s; the request took ${check.publishRequestMs} ms)`,
    )
  if (!check.contactStored) problems.push('a contact message sent to a public-only instance is not in the inbox')
  check.payloadLoadedFor.afterPages.forEach((reason, index) => {
    if (reason)
      problems.push(
        `public-only instance ${index + 1} loaded Payload to serve pages, a search, the open data or a publish (first needed for ${reason})`,
      )
  })
  if (!check.payloadLoadedFor.afterContact[1])
    problems.push('the public-only instance that took the contact message says nothing of loading Payload')
  return problems
}

async function main(): Promise<void> {
  try {
    const check = await checkDeployExample()
    if (!check) return void console.log('skipped: nginx is not installed (Debian: apt-get install nginx-light)')
    console.log(
      `through nginx: /nl/ ${check.home.join(' then ')}; /admin/login ${check.admin.status} (cache: ${check.admin.cache ?? 'not used'}); /nl/ with a staff cookie: ${check.staffCache}; /data/catalog.jsonld ${check.data.map((d) => `${d.status} ${d.cache}`).join(' then ')}; /api on a public-only instance ${check.publicApi.status}; a publish visible on the public-only instances ${check.publishVisibleMs.join(' and ')} ms after its answer (the request: ${check.publishRequestMs} ms); contact message from a public-only instance in the inbox: ${check.contactStored}; Payload loaded by the public-only instances after the pages: ${check.payloadLoadedFor.afterPages.map((reason) => reason ?? 'no').join(' and ')}, after the staff request and the contact message: ${check.payloadLoadedFor.afterContact.map((reason) => reason ?? 'no').join(' and ')}`,
    )
    const problems = deployProblems(check)
    if (problems.length > 0) throw new Error(problems.join('; '))
    console.log('deploy example: ok')
  } finally {
    await stopPostgres()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
