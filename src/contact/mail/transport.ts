import type { TransportOptions } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import type { Environment } from '@/environment'

/** `Name <address>` or a bare address, as MAIL_FROM may hold either. */
export function parseSender(from: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { name: match[1]!.trim(), address: match[2]!.trim() }
  return { name: '', address: from.trim() }
}

/** Development mode writes files instead of sending: nothing leaves the machine. */
export const isFileMode = (environment: Pick<Environment, 'smtpUrl'>): boolean => environment.smtpUrl === undefined

/**
 * Payload's nodemailer adapter over SMTP_URL, or over a transport that only renders the message
 * (the outbox job then writes it to DATA_DIR/mail). Short timeouts: an unreachable mail server
 * must fail the attempt quickly so the outbox can retry later, not hold a job for minutes.
 * nodemailer is loaded by the first email sent: a public-only instance, which sends none (the back
 * office's outbox job does), does not carry it.
 */
export function emailAdapter(environment: Pick<Environment, 'smtpUrl' | 'mailFrom'>): EmailAdapter {
  const sender = parseSender(environment.mailFrom)
  const defaultFromName = sender.name || 'Belfort'
  let loaded: Promise<EmailAdapter> | undefined
  return (args) => ({
    name: 'nodemailer',
    defaultFromAddress: sender.address,
    defaultFromName,
    sendEmail: async (message) => {
      loaded ??= nodemailerOver(environment, sender.address, defaultFromName)
      return (await loaded)(args).sendEmail(message)
    },
  })
}

async function nodemailerOver(
  environment: Pick<Environment, 'smtpUrl'>,
  defaultFromAddress: string,
  defaultFromName: string,
): Promise<EmailAdapter> {
  const [{ nodemailerAdapter }, { default: nodemailer }] = await Promise.all([import('@payloadcms/email-nodemailer'), import('nodemailer')])
  const transport = environment.smtpUrl
    ? nodemailer.createTransport({
        url: environment.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as TransportOptions)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return nodemailerAdapter({ transport, skipVerify: true, defaultFromAddress, defaultFromName })
}
