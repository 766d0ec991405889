/**
 * `npm run documents:to-bucket`: copies the document PDFs of DATA_DIR/documents into the S3 bucket
 * (S3_BUCKET and the other S3_ settings, as `npm start` reads them), for a site that starts using a
 * bucket after it has stored PDFs on disk. A PDF already in the bucket with the same size is left
 * alone, so it can be run again; the files on disk are kept (remove them once the site serves them).
 */
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { listDocumentFiles, statDocumentFile, storeFor, writeDocumentFile } from '../src/documents/files/stored-files'
import { readEnvironment } from '../src/environment'

const { dataDir, s3 } = readEnvironment()
if (!s3) {
  console.error('S3_BUCKET is not set: there is no bucket to copy the PDFs to')
  process.exit(2)
}
const disk = storeFor(dataDir, undefined)
const bucket = storeFor(dataDir, s3)
let copied = 0
let present = 0
for await (const file of listDocumentFiles(disk)) {
  const there = await statDocumentFile(file.filename, bucket)
  if (there?.size === file.size) {
    present++
    continue
  }
  await writeDocumentFile(file.filename, createReadStream(path.join(disk.directory, file.filename)), file.size, bucket)
  console.log(`copied   ${file.filename}`)
  copied++
}
console.log(`${copied} copied, ${present} already in the bucket (${s3.bucket}/documents/)`)
