import { execFile, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Load {
  requestsPerSecond: number
  p99Ms: number
}

/** Installs a Debian package when it is missing and we may (root); false when it stays missing. */
export function ensureCommand(command: string, debianPackage: string): boolean {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return true
  if (process.getuid?.() !== 0) return false
  console.log(`installing ${debianPackage} (Debian)…`)
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' })
  spawnSync('apt-get', ['install', '-y', '-qq', debianPackage], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

function toMs(value: string, unit: string): number {
  const n = Number(value)
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n
}

/**
 * wrk on loopback: two threads, 32 connections, for `seconds`, with the given headers.
 */
export async function wrk(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Load> {
  const args = ['-t2', '-c32', `-d${seconds}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url]
  const { stdout: out } = await run('wrk', args, { encoding: 'utf8' })
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0)
  const p99 = out.match(/\s99%\s+([\d.]+)(us|ms|s|m)/)
  const non2xx = Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0)
  if (non2xx > 0) throw new Error(`wrk saw ${non2xx} error responses from ${url}`)
  return { requestsPerSecond: Math.round(rps), p99Ms: p99 ? Math.round(toMs(p99[1]!, p99[2]!) * 10) / 10 : Number.NaN }
}
