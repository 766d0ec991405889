/**
 * Where each upload collection keeps its files, behind one small interface: a folder under DATA_DIR,
 * or the S3 bucket when S3_BUCKET is set and the collection is stored there (its storage plugin turns
 * local storage off). Backups read and restores write through this, so moving a collection's files
 * to the bucket (document PDFs, say) needs no change here.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { SanitizedConfig } from 'payload'
import { readEnvironment, type S3Settings, s3ClientConfig } from '@/environment'

export interface StoredFile {
  filename: string
  prefix: string | null
}

export interface FileStore {
  collection: string
  /** `disk` or `bucket`, for what the commands print. */
  place: 'disk' | 'bucket'
  /** The file's bytes and size, or undefined when it is missing. */
  read(file: StoredFile): Promise<{ size: number; body: AsyncIterable<Uint8Array> } | undefined>
  write(file: StoredFile, size: number, body: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<void>
  /** Whether the place holds no file yet (a restore's target must be empty). */
  isEmpty(): Promise<boolean>
  /** Removes every file (a forced restore); a bucket is left as it is: its objects are overwritten. */
  clear(): Promise<void>
}

/** A file name from an archive must name a file, not a path. */
export function safeFilename(name: string): boolean {
  return name.length > 0 && name.length < 1024 && path.basename(name) === name && name !== '.' && name !== '..' && !name.includes('\\')
}

function diskStore(collection: string, folder: string): FileStore {
  return {
    collection,
    place: 'disk',
    async read(file) {
      const location = path.join(folder, file.filename)
      const info = await stat(location).catch(() => undefined)
      if (!info?.isFile()) return undefined
      return { size: info.size, body: createReadStream(location) }
    },
    async write(file, _size, body) {
      await mkdir(folder, { recursive: true })
      await pipeline(Readable.from(body), createWriteStream(path.join(folder, file.filename), { mode: 0o640 }))
    },
    async isEmpty() {
      const names = await readdir(folder).catch(() => [])
      return names.length === 0
    },
    async clear() {
      await rm(folder, { recursive: true, force: true })
    },
  }
}

function keyOf(file: StoredFile): string {
  return file.prefix ? path.posix.join(file.prefix, file.filename) : file.filename
}

function bucketStore(collection: string, s3: S3Settings, client: S3Client): FileStore {
  return {
    collection,
    place: 'bucket',
    async read(file) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: keyOf(file) }))
        if (!answer.Body || answer.ContentLength === undefined) return undefined
        return { size: answer.ContentLength, body: answer.Body as AsyncIterable<Uint8Array> }
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return undefined
        throw error
      }
    },
    async write(file, size, body) {
      const chunks: Buffer[] = []
      for await (const chunk of body) chunks.push(chunk)
      await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: keyOf(file), Body: Buffer.concat(chunks), ContentLength: size }))
    },
    async isEmpty() {
      const answer = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, MaxKeys: 1 }))
      return (answer.KeyCount ?? 0) === 0
    },
    async clear() {
      // Objects are overwritten by the restore; a bucket is not emptied by a command line.
    },
  }
}

/** One store per upload collection of the config, in the config's order. */
export function fileStores(config: SanitizedConfig): FileStore[] {
  const s3 = readEnvironment().s3
  const client = s3 ? new S3Client(s3ClientConfig(s3)) : undefined
  return config.collections
    .filter((collection) => collection.upload)
    .map((collection) => {
      const upload = collection.upload
      if (s3 && client && upload.disableLocalStorage) return bucketStore(collection.slug, s3, client)
      return diskStore(collection.slug, upload.staticDir ?? path.join(readEnvironment().dataDir, collection.slug))
    })
}

/** The files a collection's rows point at: the original and every generated size. */
export function filesOfRows(columns: { name: string }[], rows: unknown[][]): StoredFile[] {
  const nameColumns = columns.flatMap((column, index) => (/^(filename|sizes_.+_filename)$/.test(column.name) ? [index] : []))
  const prefixColumn = columns.findIndex((column) => column.name === 'prefix')
  const files = new Map<string, StoredFile>()
  for (const row of rows) {
    const prefix = prefixColumn >= 0 && typeof row[prefixColumn] === 'string' && row[prefixColumn] ? (row[prefixColumn] as string) : null
    for (const index of nameColumns) {
      const filename = row[index]
      if (typeof filename === 'string' && filename) files.set(`${prefix ?? ''}/${filename}`, { filename, prefix })
    }
  }
  return [...files.values()]
}

/** The table that holds an upload collection's documents (Payload names it after the slug). */
export function tableOf(collection: string): string {
  return collection.replaceAll('-', '_')
}
