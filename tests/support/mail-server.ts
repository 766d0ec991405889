/**
 * A mail server on loopback for tests: it keeps every email it receives (recipients and decoded
 * text), can answer slowly, and can be stopped and started again on its port, as a mail server
 * that is down for a while.
 */
import { SMTPServer } from 'smtp-server'
import { decodeQuotedPrintable } from './contact'
import { freePort } from './ports'

export interface ReceivedMail {
  to: string[]
  text: string
}

export class TestMailServer {
  readonly received: ReceivedMail[] = []
  #server: SMTPServer | undefined

  private constructor(
    readonly port: number,
    /** How long it takes to accept each email. */
    private readonly delayMs: number,
  ) {}

  static async onFreePort(options: { delayMs?: number } = {}): Promise<TestMailServer> {
    return new TestMailServer(await freePort(), options.delayMs ?? 0)
  }

  /** What SMTP_URL is set to. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`
  }

  start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          setTimeout(() => {
            this.received.push({
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              text: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
            })
            callback()
          }, this.delayMs)
        })
      },
    })
    this.#server = server
    return new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
  }

  stop(): Promise<void> {
    const server = this.#server
    this.#server = undefined
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }
}
