import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import type { S3Settings } from '@/environment'

/**
 * Uploads go to DATA_DIR by default, or to an S3-compatible bucket when S3_BUCKET is set (needed
 * as soon as several instances serve the site). The storage fields are always in the schema, so
 * both set-ups share one set of migrations.
 */
export function uploadStorage(s3: S3Settings | undefined): Plugin {
  return s3Storage({
    enabled: s3 !== undefined,
    alwaysInsertFields: true,
    collections: { media: true, 'contact-attachments': true },
    bucket: s3?.bucket ?? '',
    config: {
      region: s3?.region,
      endpoint: s3?.endpoint,
      forcePathStyle: s3?.forcePathStyle,
      credentials: s3?.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
    },
  })
}
