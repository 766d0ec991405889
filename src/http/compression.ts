/**
 * Which encoding a client gets a body in, and the compression itself. Used for rendered pages,
 * assets and open-data documents alike, so every answer is compressed by the same rules.
 */
import type { IncomingMessage } from 'node:http'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** Bodies smaller than this are not worth compressing. */
export const MIN_COMPRESS_BYTES = 1024

/** The encoding the client accepts that we prefer (brotli, then gzip), or undefined for none. */
export function preferredEncoding(req: IncomingMessage): Encoding | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gzip'
  return undefined
}

/** The encoding a body of this many bytes is sent in: none when it is too small to gain. */
export function encodingFor(req: IncomingMessage, bytes: number): Encoding | undefined {
  return bytes >= MIN_COMPRESS_BYTES ? preferredEncoding(req) : undefined
}

/** Text formats gain from compression; images, PDFs and fonts are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|atom))|svg/.test(contentType)
}

/**
 * Brotli's window, fitted to the body: the default (4 MiB) costs an allocation and a clearing on
 * every call, which for a page of a few kilobytes is most of the time spent, and a window at least
 * as large as the body (2^bits − 16 bytes) compresses it as well.
 */
function windowBits(bytes: number): number {
  return Math.min(constants.BROTLI_MAX_WINDOW_BITS, Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes + 16))))
}

/**
 * How often a compressed body is sent: `kept` bodies (the page cache's copies, open-data documents)
 * are compressed once and sent many times; a body compressed for `one` answer costs that answer's
 * time. On the demo's pages (9–12 KB, Node 24), brotli's quality 0 takes 26–31 µs, quality 1 33–40 µs
 * for bodies within 0.5 % of the same size (3,443 against 3,428 bytes for an article, 4,253 against
 * 4,266 for the news list), quality 3 about 100 µs to save 270 bytes (less than one TCP segment).
 * gzip's fastest level takes 34–38 µs for some 5 % fewer bytes; a client that accepts brotli gets
 * the faster answer.
 */
export type CompressionUse = 'kept' | 'one'

const BROTLI_QUALITY: Record<CompressionUse, number> = { kept: 5, one: 0 }

export function compress(body: Buffer, encoding: Encoding, use: CompressionUse): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[use],
          [constants.BROTLI_PARAM_LGWIN]: windowBits(body.length),
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 6 })
}
