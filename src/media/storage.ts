import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { DOCUMENT_FILES_PREFIX } from '@/documents/files/stored-files'
import { type S3Settings, s3ClientConfig } from '@/environment'

/**
 * Uploads go to DATA_DIR by default, or to an S3-compatible bucket when S3_BUCKET is set (needed
 * as soon as several instances serve the site). The storage fields are always in the schema, so
 * both set-ups share one set of migrations. Document PDFs get a folder of their own in the bucket,
 * so that their names never meet a visitor's attachment's and a backup can list them apart.
 */
export function uploadStorage(s3: S3Settings | undefined): Plugin {
  const config = s3 ? s3ClientConfig(s3) : undefined
  return s3Storage({
    enabled: s3 !== undefined,
    alwaysInsertFields: true,
    collections: { media: true, 'contact-attachments': true, 'document-files': { prefix: DOCUMENT_FILES_PREFIX } },
    bucket: s3?.bucket ?? '',
    config: {
      region: config?.region,
      endpoint: config?.endpoint,
      forcePathStyle: config?.forcePathStyle,
      credentials: config?.credentials,
    },
  })
}
