/**
 * Where document PDFs are: `DATA_DIR/documents` on disk, or the `documents/` folder of the S3 bucket
 * when S3_BUCKET is set (written and deleted there by the upload plugin, src/media/storage.ts). The
 * file route and anything else that reads PDFs (a backup) goes through here, so it never has to
 * know which of the two it runs on. Reads stream: a PDF is never held whole in memory.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { S3Client } from '@aws-sdk/client-s3'
import { readEnvironment, type S3Settings, s3ClientConfig } from '@/environment'

/** The bucket's folder for document PDFs (the plugin's prefix for `document-files`). */
export const DOCUMENT_FILES_PREFIX = 'documents'

/** What a stored PDF's response needs before its bytes: length and validators. */
export interface StoredFileFacts {
  size: number
  /** A strong validator, quoted as in an `ETag` header. */
  etag: string
  lastModified: Date
}

/** An inclusive byte range, as `Range: bytes=start-end`. */
export interface ByteSpan {
  start: number
  end: number
}

/** The S3 SDK and a client of the bucket. */
interface Bucket {
  sdk: typeof import('@aws-sdk/client-s3')
  client: S3Client
}

/**
 * Where the PDFs are: which disk folder, or which bucket. The SDK (some 4 MB of memory) is loaded on
 * the first use of a bucket, not by importing this module, which the public site's modules import.
 */
export type DocumentFileStore =
  | { kind: 'disk'; directory: string }
  | { kind: 's3'; bucket: string; connect: () => Promise<Bucket>; directory: string }

let current: DocumentFileStore | undefined

/** The store this process's environment names (S3 when S3_BUCKET is set), made once. */
export function documentFileStore(): DocumentFileStore {
  current ??= storeFor(readEnvironment().dataDir, readEnvironment().s3)
  return current
}

/** A store for a given data folder and bucket: for tools that read another set-up's files (a backup, a move to the bucket). */
export function storeFor(dataDir: string, s3: S3Settings | undefined): DocumentFileStore {
  const directory = path.join(dataDir, 'documents')
  if (!s3) return { kind: 'disk', directory }
  let connected: Promise<Bucket> | undefined
  const connect = () => {
    connected ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      // A streamed body is sent as it is: the SDK's default wraps it in `aws-chunked` framing with a
      // trailing checksum, which some S3-compatible servers (s3rver among them) store as part of the file.
      client: new sdk.S3Client({ ...s3ClientConfig(s3), requestChecksumCalculation: 'WHEN_REQUIRED' }),
    }))
    // A failed first use (a client the settings cannot make) is tried again by the next one.
    connected.catch(() => {
      connected = undefined
    })
    return connected
  }
  return { kind: 's3', bucket: s3.bucket, connect, directory }
}

/** A stored name as a key in the bucket; `basename` keeps a name from reaching outside the folder. */
export const documentFileKey = (filename: string): string => `${DOCUMENT_FILES_PREFIX}/${path.basename(filename)}`

function isMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
  return status === 404 || (error as { name?: string }).name === 'NotFound' || (error as { name?: string }).name === 'NoSuchKey'
}

/** Size and validators of a stored PDF; undefined when there is no such file. */
export async function statDocumentFile(filename: string, store = documentFileStore()): Promise<StoredFileFacts | undefined> {
  if (store.kind === 'disk') {
    const info = await stat(path.join(store.directory, path.basename(filename))).catch(() => undefined)
    if (!info?.isFile()) return undefined
    return { size: info.size, etag: `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`, lastModified: info.mtime }
  }
  try {
    const { sdk, client } = await store.connect()
    const head = await client.send(new sdk.HeadObjectCommand({ Bucket: store.bucket, Key: documentFileKey(filename) }))
    return {
      size: head.ContentLength ?? 0,
      etag: head.ETag ?? `"${(head.ContentLength ?? 0).toString(16)}"`,
      lastModified: head.LastModified ?? new Date(0),
    }
  } catch (error) {
    if (isMissing(error)) return undefined
    throw error
  }
}

/** A stored PDF's bytes (all, or one span), as a stream. */
export async function readDocumentFile(filename: string, span?: ByteSpan, store = documentFileStore()): Promise<Readable> {
  if (store.kind === 'disk') return createReadStream(path.join(store.directory, path.basename(filename)), span)
  const { sdk, client } = await store.connect()
  const object = await client.send(
    new sdk.GetObjectCommand({
      Bucket: store.bucket,
      Key: documentFileKey(filename),
      Range: span ? `bytes=${span.start}-${span.end}` : undefined,
    }),
  )
  return object.Body as Readable
}

/** Every stored PDF, by stored name (the `filename` of its `document-files` record), with its size. */
export async function* listDocumentFiles(store = documentFileStore()): AsyncGenerator<{ filename: string; size: number }> {
  if (store.kind === 'disk') {
    const entries = await readdir(store.directory, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const info = await stat(path.join(store.directory, entry.name))
      yield { filename: entry.name, size: info.size }
    }
    return
  }
  const { sdk, client } = await store.connect()
  let token: string | undefined
  do {
    const page = await client.send(
      new sdk.ListObjectsV2Command({ Bucket: store.bucket, Prefix: `${DOCUMENT_FILES_PREFIX}/`, ContinuationToken: token }),
    )
    for (const object of page.Contents ?? []) {
      const filename = object.Key?.slice(DOCUMENT_FILES_PREFIX.length + 1)
      if (filename && !filename.includes('/')) yield { filename, size: object.Size ?? 0 }
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
}

/** Writes a PDF under its stored name (a restore, a move to the bucket); uploads go through Payload instead. */
export async function writeDocumentFile(
  filename: string,
  body: Readable | Buffer,
  size: number,
  store = documentFileStore(),
): Promise<void> {
  if (store.kind === 'disk') {
    await mkdir(store.directory, { recursive: true })
    const target = createWriteStream(path.join(store.directory, path.basename(filename)))
    await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, target)
    return
  }
  const { sdk, client } = await store.connect()
  await client.send(
    new sdk.PutObjectCommand({
      Bucket: store.bucket,
      Key: documentFileKey(filename),
      Body: body,
      ContentLength: size,
      ContentType: 'application/pdf',
    }),
  )
}
