import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Everything Belfort reads from the environment, in one place (see README, "Configuration"). */
export interface Environment {
  port: number
  dataDir: string
  databaseUrl: string | undefined
  serverUrl: string
  /** Upper bound of the in-memory page cache, in bytes (0 turns it off). */
  pageCacheBytes: number
  /** Reads of published content kept in memory between renders (READ_CACHE_ENTRIES, 0 turns it off). */
  readCacheEntries: number
  /** Public pages rendered at once; more wait their turn (RENDER_CONCURRENCY). */
  renderConcurrency: number
  /** How long a stopping server (SIGTERM) lets requests in flight and a running job finish before it exits anyway. */
  shutdownSeconds: number
  /** Shared object storage for uploads, so several instances see the same files. */
  s3: S3Settings | undefined
  /** An smtp:// or smtps:// URL; without it emails are written to DATA_DIR/mail (development mode). */
  smtpUrl: string | undefined
  /** The sender of every email, e.g. `GOB <contact@example.brussels>`. */
  mailFrom: string
  /** Wait before a failed email is tried again; doubled after each failure, up to an hour. */
  mailRetrySeconds: number
  /** Follow alerts and digests sent per minute at most, over every instance (ALERTS_PER_MINUTE): a big publish must not flood the mail relay. */
  alertsPerMinute: number
  /** Client addresses come from X-Forwarded-For (set it behind nginx, never on a bare server). */
  trustProxy: boolean
  contact: ContactSettings
  /** Audit events older than this are deleted by the daily job (AUDIT_RETENTION_MONTHS). */
  auditRetentionMonths: number
  /** When owners are emailed what is past its review date (REVIEW_REMINDER_CRON, seconds first; default Mondays 07:00). */
  reviewReminderCron: string
  /** When the tracker's round job runs (ROUND_REMINDER_CRON, seconds first; default every day at 07:30). */
  roundReminderCron: string
  /** Which reporting rounds open by themselves (ROUND_SCHEDULE: off, yearly or half-yearly; default off). */
  roundSchedule: RoundSchedule
  /** Every rendered page says where its time went (SERVER_TIMING=true); otherwise only signed-in staff see it. */
  serverTiming: boolean
  staffSessions: StaffSessionSettings
  /** The least severe log lines written (LOG_LEVEL). */
  logLevel: LogLevel
  /** The bearer token `/metrics` asks for (METRICS_TOKEN); without it `/metrics` is not served. */
  metricsToken: string | undefined
  backup: BackupSettings
  /** `full`: the public site and the back office; `public`: the public site only, no Next.js, no jobs, no migrations (BELFORT_ROLE). */
  role: InstanceRole
  /** Whether a public-only instance on Node 24 runs in V8's memory saver mode (MEMORY_SAVER: on or off; default on). */
  memorySaver: boolean
}

export type InstanceRole = 'full' | 'public'

/** A variable that takes one of a few words; unset or blank, it is `fallback`. */
function oneOf<Choice extends string>(
  env: Record<string, string | undefined>,
  name: string,
  choices: readonly Choice[],
  fallback: Choice,
): Choice {
  const value = env[name]?.trim() || fallback
  if ((choices as readonly string[]).includes(value)) return value as Choice
  const expected = choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`
  throw new Error(`${name} must be ${expected}, got "${env[name]}"`)
}

export interface BackupSettings {
  /** Where archives and `last-success.json` go (BACKUP_DIR, default DATA_DIR/backups). */
  dir: string
  /** Archives are encrypted with a key derived from it when set (BACKUP_PASSPHRASE). */
  passphrase: string | undefined
  /** When the server takes one (BACKUP_SCHEDULE, cron text with seconds first); off when unset. */
  schedule: string | undefined
  /** How many archives the scheduled job keeps: the newest of each of the last `daily` days and `weekly` weeks (BACKUP_KEEP). */
  keep: { daily: number; weekly: number }
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** A token shorter than this could be guessed by a scraper that tries. */
export const MIN_METRICS_TOKEN_LENGTH = 16

export interface StaffSessionSettings {
  /** `required`: admins, follow-up and contact handlers must use a second factor; `optional`: whoever set one up uses it (STAFF_2FA). */
  secondFactor: 'required' | 'optional'
  /** A session ends this long after sign-in, however active (SESSION_MAX_HOURS). */
  maxHours: number
  /** A session ends after this long without a request that refreshes it (SESSION_IDLE_MINUTES). */
  idleMinutes: number
}

export interface ContactSettings {
  /** Closed messages older than this are deleted with their attachments. */
  retentionMonths: number
  /** Contact form posts, accepted or not, one address may make per ten minutes. */
  postsPerWindow: number
  /** The work the browser does for the spam check: it tries up to this many hashes. */
  challengeMaxNumber: number
  /** Without JavaScript, a form must have been on screen this long before it is accepted. */
  challengeWaitSeconds: number
}

export interface S3Settings {
  bucket: string
  endpoint: string | undefined
  region: string
  accessKeyId: string | undefined
  secretAccessKey: string | undefined
  /** Most S3-compatible servers other than AWS (MinIO, Ceph, Garage) want path-style URLs. */
  forcePathStyle: boolean
}

/** The S3 client settings for S3Settings: one reading, shared by the upload plugin and the document file store. */
export function s3ClientConfig(s3: S3Settings): {
  region: string
  endpoint: string | undefined
  forcePathStyle: boolean
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined
} {
  return {
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: s3.forcePathStyle,
    credentials: s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
  }
}

function positiveNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  { integer = true, allowZero = false } = {},
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0) || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a ${integer ? 'whole ' : ''}number${allowZero ? '' : ' above zero'}, got "${raw}"`)
  }
  return value
}

function readContact(env: Record<string, string | undefined>): ContactSettings {
  return {
    retentionMonths: positiveNumber(env, 'CONTACT_RETENTION_MONTHS', 12),
    postsPerWindow: positiveNumber(env, 'CONTACT_RATE_LIMIT', 10),
    challengeMaxNumber: positiveNumber(env, 'CONTACT_CHALLENGE_MAX_NUMBER', 100_000),
    challengeWaitSeconds: positiveNumber(env, 'CONTACT_CHALLENGE_WAIT_SECONDS', 8, { allowZero: true }),
  }
}

function readStaffSessions(env: Record<string, string | undefined>): StaffSessionSettings {
  const secondFactor = oneOf(env, 'STAFF_2FA', ['required', 'optional'], 'required')
  // Fractions are allowed so that tests can make a session end within seconds.
  const maxHours = positiveNumber(env, 'SESSION_MAX_HOURS', 12, { integer: false })
  const idleMinutes = positiveNumber(env, 'SESSION_IDLE_MINUTES', 30, { integer: false })
  return { secondFactor, maxHours, idleMinutes }
}

export const ROUND_SCHEDULES = ['off', 'yearly', 'half-yearly'] as const
export type RoundSchedule = (typeof ROUND_SCHEDULES)[number]

function readRoundSchedule(raw: string | undefined): RoundSchedule {
  const value = raw?.trim() || 'off'
  if ((ROUND_SCHEDULES as readonly string[]).includes(value)) return value as RoundSchedule
  throw new Error(`ROUND_SCHEDULE must be one of ${ROUND_SCHEDULES.join(', ')}, not "${value}"`)
}

function readLogLevel(env: Record<string, string | undefined>): LogLevel {
  const level = env.LOG_LEVEL?.trim().toLowerCase() || 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`)
  return level as LogLevel
}

function readMetricsToken(env: Record<string, string | undefined>): string | undefined {
  const token = env.METRICS_TOKEN?.trim()
  if (!token) return undefined
  // It travels in an HTTP header: visible characters only, so what the operator set is what Prometheus sends.
  if (token.length < MIN_METRICS_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token)) {
    throw new Error(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} visible characters without spaces (for example \`openssl rand -hex 24\`)`,
    )
  }
  return token
}

/** `7d,4w`: the newest archive of each of the last 7 days and of each of the last 4 weeks. */
export function readBackupKeep(raw: string): { daily: number; weekly: number } {
  const keep = { daily: 0, weekly: 0 }
  for (const piece of raw.split(',').map((part) => part.trim())) {
    const match = /^(\d+)([dw])$/.exec(piece)
    if (!match) throw new Error(`BACKUP_KEEP must look like "7d,4w" (days and weeks of archives to keep), got "${raw}"`)
    keep[match[2] === 'd' ? 'daily' : 'weekly'] = Number(match[1])
  }
  if (keep.daily + keep.weekly === 0) throw new Error('BACKUP_KEEP must keep at least one archive')
  return keep
}

function readBackup(env: Record<string, string | undefined>, dataDir: string): BackupSettings {
  const dir = env.BACKUP_DIR?.trim()
  return {
    dir: dir ? path.resolve(/*turbopackIgnore: true*/ dir) : path.join(dataDir, 'backups'),
    passphrase: env.BACKUP_PASSPHRASE || undefined,
    schedule: env.BACKUP_SCHEDULE?.trim() || undefined,
    keep: readBackupKeep(env.BACKUP_KEEP?.trim() || '7d,4w'),
  }
}

function readS3(env: Record<string, string | undefined>): S3Settings | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
  }
}

/** The SQLite file Payload opens in a data folder (src/payload.config.ts), which backups and the content store's reader open too. */
export function sqliteFile(dataDir = readEnvironment().dataDir): string {
  return path.join(dataDir, 'belfort.db')
}

export function readEnvironment(env: Record<string, string | undefined> = process.env): Environment {
  const port = Number.parseInt(env.PORT ?? '3000', 10)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`)
  // The data folder is chosen at run time; the back office's build must not trace the whole project for it.
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? 'data')
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL; leave it unset for the embedded SQLite database')
  }
  const serverUrl = (env.SERVER_URL ?? `http://localhost:${port}`).replace(/\/$/, '')
  const cacheMb = Number(env.PAGE_CACHE_MB ?? '64')
  if (!Number.isFinite(cacheMb) || cacheMb < 0) throw new Error(`PAGE_CACHE_MB must be a number of megabytes, got "${env.PAGE_CACHE_MB}"`)
  const smtpUrl = env.SMTP_URL?.trim() || undefined
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error('SMTP_URL must be an smtp:// or smtps:// URL')
  return {
    port,
    dataDir,
    databaseUrl,
    serverUrl,
    pageCacheBytes: Math.round(cacheMb * 1024 * 1024),
    readCacheEntries: positiveNumber(env, 'READ_CACHE_ENTRIES', 5000, { allowZero: true }),
    renderConcurrency: Math.max(1, Math.round(positiveNumber(env, 'RENDER_CONCURRENCY', 8))),
    shutdownSeconds: positiveNumber(env, 'SHUTDOWN_SECONDS', 20),
    s3: readS3(env),
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || `Belfort <no-reply@${new URL(serverUrl).hostname}>`,
    mailRetrySeconds: positiveNumber(env, 'MAIL_RETRY_SECONDS', 30),
    alertsPerMinute: positiveNumber(env, 'ALERTS_PER_MINUTE', 120),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    contact: readContact(env),
    auditRetentionMonths: positiveNumber(env, 'AUDIT_RETENTION_MONTHS', 24),
    reviewReminderCron: env.REVIEW_REMINDER_CRON?.trim() || '0 0 7 * * 1',
    roundReminderCron: env.ROUND_REMINDER_CRON?.trim() || '0 30 7 * * *',
    roundSchedule: readRoundSchedule(env.ROUND_SCHEDULE),
    staffSessions: readStaffSessions(env),
    serverTiming: env.SERVER_TIMING === 'true' || env.SERVER_TIMING === '1',
    logLevel: readLogLevel(env),
    metricsToken: readMetricsToken(env),
    backup: readBackup(env, dataDir),
    role: oneOf(env, 'BELFORT_ROLE', ['full', 'public'], 'full'),
    memorySaver: oneOf(env, 'MEMORY_SAVER', ['on', 'off'], 'on') === 'on',
  }
}

/** Anyone who knows the secret can sign a session for any account: shorter ones can be guessed offline from one token. */
export const MIN_SECRET_LENGTH = 32

/** Words of the placeholders that example files and tutorials ship with (compared without case or separators). */
const PLACEHOLDER_WORDS = ['changeme', 'replaceme', 'yoursecret', 'secrethere', 'placeholder', 'example', 'payloadsecret']

/** Why a secret must not sign sessions, or undefined when it may. */
export function weakSecretReason(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) return `it has ${secret.length} characters, fewer than ${MIN_SECRET_LENGTH}`
  const letters = secret.toLowerCase().replace(/[^a-z0-9]/g, '')
  const word = PLACEHOLDER_WORDS.find((placeholder) => letters.includes(placeholder))
  if (word) return `it contains the placeholder "${word}"`
  if (new Set(secret).size < 8) return 'it repeats a few characters'
  return undefined
}

function checkedSecret(secret: string, source: string): string {
  const reason = weakSecretReason(secret)
  if (reason) {
    throw new Error(
      `${source} cannot sign staff sessions: ${reason}. Set a random value of at least ${MIN_SECRET_LENGTH} characters (for example \`openssl rand -hex 32\`), the same on every instance.`,
    )
  }
  return secret
}

/**
 * PAYLOAD_SECRET signs staff sessions. When it is not given, one is generated once into DATA_DIR so
 * that a restart keeps everyone signed in and nobody has to invent a secret to try Belfort. A weak
 * one (short, or an example file's placeholder) stops the server rather than sign sessions with it.
 */
export function resolveSecret(env: Record<string, string | undefined> = process.env): string {
  if (env.PAYLOAD_SECRET) return checkedSecret(env.PAYLOAD_SECRET, 'PAYLOAD_SECRET')
  const { dataDir } = readEnvironment(env)
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return checkedSecret(readFileSync(file, 'utf8').trim(), file)
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
  return secret
}
