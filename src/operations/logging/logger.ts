/**
 * The one logger: JSON lines on standard output (one object a line: `level`, `time`, `msg`, and
 * `reqId` while a request is handled), at LOG_LEVEL. Payload writes through it too (its `logger`
 * option), so the server's, the jobs' and Payload's lines read alike.
 */
import { type DestinationStream, destination as fileDestination, type Logger, pino, stdTimeFunctions } from 'pino'
import { type LogLevel, readEnvironment } from '@/environment'
import { REDACTED_PATHS, scrubText, serializeError } from './redact'
import { currentRequest } from './request-context'

export type { Logger }

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      timestamp: stdTimeFunctions.isoTime,
      // Level names, not numbers: what a person grepping or a log shipper's rule expects.
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const request = currentRequest()
        return request ? { reqId: request.id } : {}
      },
      serializers: { err: serializeError, error: serializeError },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        // Texts logged as they are (an error's message becomes `msg`) are scrubbed like errors' fields.
        logMethod(args, method) {
          for (let i = 0; i < args.length; i++) {
            const arg: unknown = args[i]
            if (typeof arg === 'string') args[i] = scrubText(arg)
            else if (arg instanceof Error) args[i] = { err: arg, msg: scrubText(arg.message) }
          }
          return method.apply(this, args as Parameters<typeof method>)
        },
      },
    },
    destination ?? fileDestination({ dest: 1, sync: true }),
  )
}

/** The process's logger, at LOG_LEVEL. */
export const logger: Logger = createLogger(readEnvironment().logLevel)

/** `(message, error)` for the modules that take a log function. */
export function logError(message: string, error?: unknown): void {
  logger.error(error === undefined ? { msg: message } : { msg: message, err: error })
}
