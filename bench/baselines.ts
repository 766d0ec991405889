import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '../tests/support/ports'

export interface Captured {
  body: Buffer
  headers: Record<string, string>
}

/** Headers that belong to one connection or one moment, which every server writes for itself. */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

/**
 * What Belfort sent for a URL (compressed as asked), headers included, so that the baselines send
 * the very same response: a baseline with fewer header bytes would measure less work, not a limit.
 */
export function capture(url: string, encoding: string): Promise<Captured> {
  // node:http rather than fetch, which would decode the body.
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(res.headers))
          if (!OWN_HEADERS.has(name) && typeof value === 'string') headers[name] = value
        resolve({ body: Buffer.concat(chunks), headers })
      })
    })
      .on('error', reject)
      .end()
  })
}

/** The baseline server: the smallest `node:http` program that sends one fixed response. */
const PLAIN_SERVER = `
const { createServer } = require('node:http')
const { readFileSync } = require('node:fs')
const [, bodyFile, headersFile, port] = process.argv
const body = readFileSync(bodyFile)
const headers = { ...JSON.parse(readFileSync(headersFile, 'utf8')), 'content-length': body.length }
const server = createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
})
server.keepAliveTimeout = 65000
server.listen(Number(port), '127.0.0.1', () => console.log('ready'))
`

/**
 * The physical limit of Node on this machine: plain node:http sending fixed bytes, in a process of
 * its own like Belfort's (in the benchmark's process it would share an event loop with the run).
 */
export async function plainNode(page: Captured): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-plain-'))
  writeFileSync(path.join(dir, 'body'), page.body)
  writeFileSync(path.join(dir, 'headers.json'), JSON.stringify(page.headers))
  const port = await freePort()
  const child = spawn(process.execPath, ['-e', PLAIN_SERVER, '--', path.join(dir, 'body'), path.join(dir, 'headers.json'), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`the plain node:http baseline exited (${code})`)))
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * nginx on loopback in two roles: a proxy with the deploy/ cache settings in front of Belfort, and
 * a static server of the same bytes from a file.
 */
export async function nginx(upstream: string, page: Captured): Promise<{ proxyUrl: string; staticUrl: string; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-nginx-'))
  writeFileSync(path.join(dir, 'page'), page.body)
  const [proxyPort, staticPort] = [await freePort(), await freePort()]
  // nginx writes its own Content-Type, ETag and Last-Modified for a file; the rest is added as sent.
  const added = Object.entries(page.headers)
    .filter(([name]) => !['content-type', 'etag'].includes(name))
    .map(([name, value]) => `add_header ${name} "${value.replace(/["\\]/g, '\\$&')}";`)
    .join(' ')
  // As root, nginx's workers would otherwise run as nobody and could not read our temp folder.
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  const conf = `
${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  open_file_cache max=1000 inactive=60s;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=belfort:8m max_size=100m inactive=1h use_temp_path=off;
  upstream belfort { server ${new URL(upstream).host}; keepalive 32; }
  server {
    listen 127.0.0.1:${proxyPort};
    location / {
      proxy_pass http://belfort;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache belfort;
      proxy_cache_key "$scheme$host$request_uri$http_accept_encoding";
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_revalidate on;
      gzip off;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
  server {
    listen 127.0.0.1:${staticPort};
    location / { root ${dir}; types { } default_type "${page.headers['content-type']}"; ${added} }
  }
}`
  writeFileSync(path.join(dir, 'nginx.conf'), conf)
  const child: ChildProcess = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' })
  await new Promise((resolve) => setTimeout(resolve, 500))
  return {
    proxyUrl: `http://127.0.0.1:${proxyPort}`,
    staticUrl: `http://127.0.0.1:${staticPort}/page`,
    async close() {
      child.kill('SIGQUIT')
      await new Promise((resolve) => setTimeout(resolve, 300))
      child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
