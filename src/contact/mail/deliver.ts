import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { drizzleOperators } from '@/drizzle-operators'
import { listUnsubscribeHeaders } from './list-unsubscribe'

export interface DeliveryOptions {
  /** Where development mode writes each email as an .eml file; undefined when SMTP sends them. */
  fileDir: string | undefined
  /** Wait before the first retry; doubled after each failure, up to an hour. */
  retryBaseMs?: number
  /** After this many failed attempts an email is marked failed and left for staff to see. */
  maxAttempts?: number
  /** How long a claimed email stays with one worker before another may take it over. */
  leaseMs?: number
  limit?: number
  /** Emails of these kinds sent per minute at most, over every instance: the rest wait for the next run. */
  paced?: { kinds: readonly string[]; perMinute: number }
  now?: () => Date
}

export interface DeliveryReport {
  sent: number
  failed: number
  retried: number
}

/** The columns we compare-and-set directly: Payload's update cannot say "only if still queued". */
interface OutboxTable {
  id: unknown
  status: unknown
  attempts: unknown
}

interface DrizzleLike {
  update(table: unknown): {
    set(values: Record<string, unknown>): { where(condition: unknown): { returning(fields: Record<string, unknown>): Promise<unknown[]> } }
  }
}

export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 60 * 60 * 1000)
}

/**
 * Claims one email for this worker: succeeds only if nobody changed it since we read it, so two
 * instances (or two overlapping runs) never send the same email.
 */
async function claim(payload: Payload, id: number | string, attempts: number, status: string, leaseUntil: string): Promise<boolean> {
  const { and, eq } = await drizzleOperators(payload)
  const adapter = payload.db as unknown as { drizzle: DrizzleLike; tables: Record<string, OutboxTable> }
  const table = adapter.tables.email_outbox!
  const rows = await adapter.drizzle
    .update(table)
    .set({ status: 'sending', attempts: attempts + 1, nextAttemptAt: leaseUntil })
    .where(and(eq(table.id as never, id), eq(table.attempts as never, attempts), eq(table.status as never, status)))
    .returning({ id: table.id })
  return rows.length === 1
}

/**
 * How many paced emails may still go this minute: the limit less those sent (or being sent) in the
 * last 60 s by any instance, read from the outbox itself, so two instances share one budget.
 */
async function pacedBudget(payload: Payload, paced: DeliveryOptions['paced'], now: Date): Promise<number> {
  if (!paced) return Number.POSITIVE_INFINITY
  const since = new Date(now.getTime() - 60_000).toISOString()
  const { totalDocs } = await payload.count({
    collection: 'email-outbox',
    where: {
      and: [
        { kind: { in: [...paced.kinds] } },
        {
          or: [{ and: [{ status: { in: ['sent', 'written'] } }, { sentAt: { greater_than: since } }] }, { status: { equals: 'sending' } }],
        },
      ],
    },
    overrideAccess: true,
  })
  return paced.perMinute - totalDocs
}

/** Sends the emails that are due; what fails waits with exponential backoff. */
export async function deliverDueEmails(payload: Payload, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date())
  const retryBaseMs = options.retryBaseMs ?? 30_000
  const maxAttempts = options.maxAttempts ?? 40
  const leaseMs = options.leaseMs ?? 5 * 60_000
  const report: DeliveryReport = { sent: 0, failed: 0, retried: 0 }
  let pacedLeft = await pacedBudget(payload, options.paced, now())
  const due = await payload.find({
    collection: 'email-outbox',
    where: {
      and: [
        { status: { in: ['queued', 'sending'] } },
        { nextAttemptAt: { less_than_equal: now().toISOString() } },
        // Out of budget, the paced kinds are not even read: they must not crowd out a citizen's acknowledgement.
        ...(options.paced && pacedLeft <= 0 ? [{ kind: { not_in: [...options.paced.kinds] } }] : []),
      ],
    },
    sort: 'nextAttemptAt',
    limit: options.limit ?? 25,
    depth: 0,
    overrideAccess: true,
  })
  for (const email of due.docs) {
    const paced = options.paced?.kinds.includes(email.kind) ?? false
    if (paced && pacedLeft <= 0) continue
    const attempts = email.attempts ?? 0
    if (!(await claim(payload, email.id, attempts, email.status, new Date(now().getTime() + leaseMs).toISOString()))) continue
    const attempt = attempts + 1
    if (paced) pacedLeft--
    try {
      const info = (await payload.sendEmail({
        to: email.to,
        replyTo: email.replyTo || undefined,
        subject: email.subject,
        text: email.text,
        headers: email.listUnsubscribe ? listUnsubscribeHeaders(email.listUnsubscribe) : undefined,
      })) as { message?: Buffer | string }
      // Staff see the file's name (in DATA_DIR/mail), not where the server keeps its data.
      let file: string | undefined
      if (options.fileDir && info?.message) {
        await mkdir(options.fileDir, { recursive: true })
        file = `${email.id}-${email.kind}.eml`
        await writeFile(path.join(options.fileDir, file), info.message)
      }
      await payload.update({
        collection: 'email-outbox',
        id: email.id,
        overrideAccess: true,
        // Written to a file is not sent: staff must not tell a citizen "we answered you" when nothing left.
        data: { status: options.fileDir ? 'written' : 'sent', sentAt: now().toISOString(), lastError: null, nextAttemptAt: null, file },
      })
      report.sent++
    } catch (error) {
      const giveUp = attempt >= maxAttempts
      await payload.update({
        collection: 'email-outbox',
        id: email.id,
        overrideAccess: true,
        data: {
          status: giveUp ? 'failed' : 'queued',
          lastError: String((error as Error)?.message ?? error).slice(0, 500),
          nextAttemptAt: new Date(now().getTime() + backoffMs(attempt, retryBaseMs)).toISOString(),
        },
      })
      if (giveUp) report.failed++
      else report.retried++
    }
  }
  return report
}
