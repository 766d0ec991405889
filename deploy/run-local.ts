/**
 * `npm run deploy:local`: runs deploy/nginx.conf on loopback — TLS left out — in front of two
 * Belfort instances on one throwaway PostgreSQL database, checks that pages come through nginx and
 * that a second request is served from nginx's cache while the back office never is, then stops
 * everything. Needs nginx (installed from Debian when missing and running as root).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ensureCommand } from '../bench/wrk'
import { freePort } from '../tests/support/ports'
import { createTestDatabase, stopPostgres } from '../tests/support/postgres'
import { type Belfort, startBelfort } from '../tests/support/server'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * deploy/nginx.conf as it is, but on loopback: our instances, our temp folder, no TLS block. The
 * HSTS header stays (clients ignore it over plain HTTP), so the check can see that it reaches every location.
 */
export function loopbackConfig(template: string, upstreams: string[], port: number, dir: string): string {
  const withoutRedirect = template.replace(/server \{\s*listen 80;[\s\S]*?\n\}\n/, '')
  // The example's own parameters of each upstream server (max_fails, fail_timeout) are kept.
  const parameters = template.match(/upstream belfort \{[^}]*?\n\s*server [^\s;]+([^;]*);/)?.[1] ?? ''
  const site = withoutRedirect
    .replace(
      /upstream belfort \{[\s\S]*?\n\}/,
      `upstream belfort {\n${upstreams.map((u) => `    server ${u}${parameters};`).join('\n')}\n    keepalive 32;\n}`,
    )
    .replace(/proxy_cache_path \/var\/cache\/nginx\/belfort/, `proxy_cache_path ${dir}/cache`)
    .replace(/listen 443 ssl;\s*http2 on;/, `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_\w+.*$/gm, '')
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  return `${user}\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents { worker_connections 512; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n${site}\n}\n`
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
}

/**
 * Starts the example (two instances on a new database of the running PostgreSQL, nginx with the
 * loopback version of deploy/nginx.conf), makes the requests the example promises to handle, stops
 * everything and says what it saw. Undefined when nginx is not installed.
 */
export async function checkDeployExample(): Promise<DeployCheck | undefined> {
  if (!ensureCommand('nginx', 'nginx-light')) return undefined
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-deploy-'))
  const database = await createTestDatabase()
  const instances: Belfort[] = []
  let nginx: ReturnType<typeof spawn> | undefined
  try {
    // Started together on purpose: the start-up lock keeps them from seeding twice.
    instances.push(...(await Promise.all([startBelfort({ databaseUrl: database.url }), startBelfort({ databaseUrl: database.url })])))
    const port = await freePort()
    const conf = loopbackConfig(
      readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8'),
      instances.map((i) => new URL(i.url).host),
      port,
      dir,
    )
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
    const staff = await fetch(`${base}/nl/`, { headers: { cookie: 'payload-token=x' } })
    await staff.arrayBuffer()
    const data: DeployCheck['data'] = []
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${base}/data/catalog.jsonld`)
      await response.arrayBuffer()
      data.push({ status: response.status, cache: response.headers.get('x-cache-status') })
    }
    return {
      home: statuses,
      admin: { status: admin.status, cache: admin.headers.get('x-cache-status') },
      staffCache: staff.headers.get('x-cache-status'),
      data,
      hsts,
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
  return problems
}

async function main(): Promise<void> {
  try {
    const check = await checkDeployExample()
    if (!check) return void console.log('skipped: nginx is not installed (Debian: apt-get install nginx-light)')
    console.log(
      `through nginx: /nl/ ${check.home.join(' then ')}; /admin/login ${check.admin.status} (cache: ${check.admin.cache ?? 'not used'}); /nl/ with a staff cookie: ${check.staffCache}; /data/catalog.jsonld ${check.data.map((d) => `${d.status} ${d.cache}`).join(' then ')}`,
    )
    const problems = deployProblems(check)
    if (problems.length > 0) throw new Error(problems.join('; '))
    console.log('deploy example: ok')
  } finally {
    await stopPostgres()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
